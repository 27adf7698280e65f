package org.gongkai.services.items;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.calendar.ClockUnit;
import org.gongkai.services.ItemKind;
import org.gongkai.services.ServiceLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The published items as the public sees them: a filtered, paged list (words in the name, code or conditions;
 * level; implementing unit; life event; target) and the whole guide of one item with the names of its unit and of
 * the stations that offer it.
 */
@Service
public class ServiceItemCatalogue {

    /** Longest search text. */
    public static final int QUERY_MAX = 100;

    /** A list's filters; null = any. */
    public record Query(String text, ServiceLevel level, Long unitId, String lifeEvent, ItemTarget target) {
        public static final Query ALL = new Query(null, null, null, null, null);
    }

    /** One row of a list. */
    public record Row(long id, String code, String name, String type, long unitId, List<ServiceLevel> levels,
            ItemKind kind, ItemContent.Limit statutoryLimit, ItemContent.Limit promisedLimit, int onlineDepth,
            int visits) {}

    /** A page of rows and how many match. */
    public record Page(long total, List<Row> rows) {}

    /** An offering with the names a guide shows. */
    public record Place(ServiceLevel level, String unitName, String stationCode, String stationName,
            String address, String hours, String phone) {}

    /** The whole guide: the item, its unit's name and credit code, and where it is offered. */
    public record Guide(ServiceItem item, String unitCode, String unitName, List<Place> places) {}

    private final JdbcClient jdbc;
    private final ServiceItemRepository items;
    private final org.gongkai.organisation.UnitDirectory units;

    ServiceItemCatalogue(JdbcClient jdbc, ServiceItemRepository items, org.gongkai.organisation.UnitDirectory units) {
        this.jdbc = jdbc;
        this.items = items;
        this.units = units;
    }

    private static final String WHERE = " FROM services_item i WHERE i.status = 'PUBLISHED' "
            + "AND (CAST(:like AS VARCHAR(300)) IS NULL OR i.name LIKE :like ESCAPE '\\' OR i.code LIKE :like ESCAPE '\\' "
            + "OR i.basic_code LIKE :like ESCAPE '\\' OR i.conditions LIKE :like ESCAPE '\\') "
            + "AND (CAST(:level AS VARCHAR(16)) IS NULL OR EXISTS (SELECT 1 FROM services_item_offering o "
            + "WHERE o.item_id = i.id AND o.level = :level)) "
            + "AND (CAST(:unit AS BIGINT) IS NULL OR i.unit_id = :unit) "
            + "AND (CAST(:event AS VARCHAR(100)) IS NULL OR CONCAT(',', i.life_events, ',') LIKE :event ESCAPE '\\') "
            + "AND (CAST(:target AS VARCHAR(16)) IS NULL OR i.target = :target OR i.target = 'BOTH')";

    /** The page {@code page} (from 1) of {@code size} rows, by name. */
    public Page search(Query q, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("like", q.text() == null || q.text().isBlank() ? null : "%" + escape(q.text().strip()) + "%");
        params.put("level", q.level() == null ? null : q.level().name());
        params.put("unit", q.unitId());
        params.put("event", q.lifeEvent() == null ? null : "%," + escape(q.lifeEvent()) + ",%");
        params.put("target", q.target() == null ? null : q.target().name());
        long total = jdbc.sql("SELECT COUNT(*)" + WHERE).params(params).query(Long.class).single();
        if (total == 0) {
            return new Page(0, List.of());
        }
        params.put("offset", (long) (page - 1) * size);
        params.put("size", size);
        List<Row> rows = jdbc.sql("SELECT i.id, i.code, i.name, i.type, i.unit_id, i.kind, i.statutory_days, "
                        + "i.statutory_unit, i.promised_days, i.promised_unit, i.online_depth, i.visits" + WHERE
                        + " ORDER BY i.name, i.code OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY").params(params)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), new ArrayList<>(), ItemKind.valueOf(rs.getString(6)),
                        new ItemContent.Limit(rs.getInt(7), ClockUnit.valueOf(rs.getString(8))),
                        new ItemContent.Limit(rs.getInt(9), ClockUnit.valueOf(rs.getString(10))), rs.getInt(11),
                        rs.getInt(12))).list();
        Map<Long, Set<ServiceLevel>> levels = new HashMap<>();
        if (!rows.isEmpty()) {
            jdbc.sql("SELECT DISTINCT item_id, level FROM services_item_offering WHERE item_id IN (:ids)")
                    .param("ids", rows.stream().map(Row::id).toList())
                    .query(rs -> {
                        levels.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(ServiceLevel.class))
                                .add(ServiceLevel.valueOf(rs.getString(2)));
                    });
        }
        rows.forEach(r -> r.levels().addAll(levels.getOrDefault(r.id(), Set.of())));
        return new Page(total, rows);
    }

    /** The whole guide of a published item. */
    public Optional<Guide> guide(String code) {
        if (code == null || !ItemCheck.CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return items.findByCode(code).map(item -> {
            Optional<org.gongkai.organisation.UnitDirectory.UnitView> unit = units.findById(item.content().unitId());
            return new Guide(item, unit.map(u -> u.creditCode()).orElse(null), unit.map(u -> u.name()).orElse(null),
                    places(item));
        });
    }

    private List<Place> places(ServiceItem item) {
        Map<Long, String> unitNames = new LinkedHashMap<>();
        List<Place> places = new ArrayList<>();
        for (ItemContent.Offering o : item.content().offerings()) {
            String unitName = unitNames.computeIfAbsent(o.unitId(),
                    id -> units.findById(id).map(u -> u.name()).orElse(""));
            if (o.stationId() == null) {
                places.add(new Place(o.level(), unitName, null, null, null, null, null));
            } else {
                jdbc.sql("SELECT code, name, address, hours, phone FROM services_station WHERE id = :id")
                        .param("id", o.stationId())
                        .query((rs, n) -> new Place(o.level(), unitName, rs.getString(1), rs.getString(2),
                                rs.getString(3), rs.getString(4), rs.getString(5))).optional().ifPresent(places::add);
            }
        }
        return places;
    }

    /** The implementing units of published items with how many each has, by unit id. */
    public Map<Long, Long> unitsWithItems() {
        Map<Long, Long> out = new LinkedHashMap<>();
        jdbc.sql("SELECT unit_id, COUNT(*) FROM services_item WHERE status = 'PUBLISHED' GROUP BY unit_id ORDER BY unit_id")
                .query(rs -> {
                    out.put(rs.getLong(1), rs.getLong(2));
                });
        return out;
    }

    /** The codes of published items, by code (for the sitemap), at most {@code limit}. */
    public List<String> codes(int limit) {
        return jdbc.sql("SELECT code FROM services_item WHERE status = 'PUBLISHED' ORDER BY code FETCH FIRST :n ROWS ONLY")
                .param("n", limit).query(String.class).list();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
