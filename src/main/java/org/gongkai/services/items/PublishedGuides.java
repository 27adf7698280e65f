package org.gongkai.services.items;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongkai.calendar.ClockUnit;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.services.ItemKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The published guides (办事指南) as other modules read them, set-based: the site search indexes them beside the
 * documents (decision 032), following {@link ServiceItemPublished}. A page of items is three queries (items, their
 * materials, their stations) whatever its size; an item that is not published is simply not in the answer.
 */
@Service
@org.springframework.modulith.NamedInterface("guides")
public class PublishedGuides {

    /** Items read per page of {@link #forEachPublished}. */
    static final int PAGE = 500;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /**
     * One published guide in the words the portal shows: {@code promisedLimit} like {@code 5个工作日} or {@code 即办},
     * {@code place} the item's place of handling (or the first station's address), {@code phone} the consultation
     * phone, {@code stations} the names of the stations that offer it, {@code url} the guide's portal page.
     */
    @org.springframework.modulith.NamedInterface("guides")
    public record PublishedGuide(long id, String code, String name, String type, String kindLabel,
            String unitCreditCode, String unitName, String conditions, List<String> materials, String steps,
            String legalBasis, String result, String place, String hours, String phone, String promisedLimit,
            String statutoryLimit, List<String> lifeEvents, List<String> stations, LocalDate publishedOn,
            String url) {}

    private final JdbcClient jdbc;
    private final UnitDirectory units;

    PublishedGuides(JdbcClient jdbc, UnitDirectory units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** The published ones of these items (by id), in no particular order. */
    public List<PublishedGuide> findPublished(Collection<Long> itemIds) {
        List<PublishedGuide> out = new ArrayList<>();
        List<Long> all = List.copyOf(itemIds);
        for (int from = 0; from < all.size(); from += PAGE) {
            out.addAll(page(all.subList(from, Math.min(all.size(), from + PAGE))));
        }
        return out;
    }

    /** Every published guide, by id, a page per query. */
    public void forEachPublished(Consumer<PublishedGuide> consumer) {
        long after = 0;
        while (true) {
            List<Long> ids = jdbc.sql("SELECT id FROM services_item WHERE status = 'PUBLISHED' AND id > :after "
                    + "ORDER BY id FETCH FIRST " + PAGE + " ROWS ONLY").param("after", after).query(Long.class).list();
            if (ids.isEmpty()) {
                return;
            }
            page(ids).stream().sorted(java.util.Comparator.comparingLong(PublishedGuide::id)).forEach(consumer);
            after = ids.get(ids.size() - 1);
        }
    }

    private record Row(long id, String code, String name, String type, String kind, long unitId, String conditions,
            String steps, String legalBasis, String result, String place, String hours, String phone, int promisedDays,
            String promisedUnit, int statutoryDays, String statutoryUnit, String lifeEvents, Instant updatedAt) {}

    private List<PublishedGuide> page(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Row> rows = jdbc.sql("SELECT id, code, name, type, kind, unit_id, conditions, steps, legal_basis, "
                        + "result_name, place, hours, consult_phone, promised_days, promised_unit, statutory_days, "
                        + "statutory_unit, life_events, updated_at FROM services_item "
                        + "WHERE status = 'PUBLISHED' AND id IN (:ids)").param("ids", ids)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getInt(14),
                        rs.getString(15), rs.getInt(16), rs.getString(17), rs.getString(18),
                        rs.getObject(19, OffsetDateTime.class).toInstant())).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> found = rows.stream().map(Row::id).toList();
        Map<Long, List<String>> materials = new HashMap<>();
        jdbc.sql("SELECT item_id, name FROM services_item_material WHERE item_id IN (:ids) ORDER BY item_id, seq")
                .param("ids", found).query(rs -> {
                    materials.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<Long, Map<String, String>> stations = new HashMap<>(); // station name → address, in offering order
        jdbc.sql("SELECT o.item_id, s.name, s.address FROM services_item_offering o JOIN services_station s "
                        + "ON s.id = o.station_id WHERE o.item_id IN (:ids) ORDER BY o.item_id, o.id")
                .param("ids", found).query(rs -> {
                    stations.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .putIfAbsent(rs.getString(2), rs.getString(3));
                });
        Map<Long, Optional<UnitDirectory.UnitView>> unitViews = new HashMap<>();
        List<PublishedGuide> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Optional<UnitDirectory.UnitView> unit = unitViews.computeIfAbsent(r.unitId(), units::findById);
            Map<String, String> offered = stations.getOrDefault(r.id(), Map.of());
            String place = r.place() != null && !r.place().isBlank() ? r.place()
                    : offered.values().stream().filter(a -> a != null && !a.isBlank()).findFirst().orElse(null);
            out.add(new PublishedGuide(r.id(), r.code(), r.name(), r.type(), ItemKind.valueOf(r.kind()).label(),
                    unit.map(UnitDirectory.UnitView::creditCode).orElse(null),
                    unit.map(UnitDirectory.UnitView::name).orElse(null), r.conditions(),
                    List.copyOf(materials.getOrDefault(r.id(), List.of())), r.steps(), r.legalBasis(), r.result(),
                    place, r.hours(), r.phone(),
                    new ItemContent.Limit(r.promisedDays(), ClockUnit.valueOf(r.promisedUnit())).words(),
                    new ItemContent.Limit(r.statutoryDays(), ClockUnit.valueOf(r.statutoryUnit())).words(),
                    r.lifeEvents() == null || r.lifeEvents().isBlank() ? List.of() : List.of(r.lifeEvents().split(",")),
                    List.copyOf(offered.keySet()), r.updatedAt().atZone(CHINA).toLocalDate(),
                    "/services/items/" + r.code()));
        }
        return out;
    }
}
