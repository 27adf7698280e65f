package org.gongkai.services;

import java.util.List;
import java.util.Optional;
import org.gongkai.calendar.ClockUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the terms of a published item by its code or id (one query for the item, one for its materials). */
@Component
public class ItemTermsLookup {

    private static final String SELECT = "SELECT id, code, name, type, unit_id, kind, statutory_days, statutory_unit, "
            + "promised_days, promised_unit, online_depth, visits FROM services_item ";

    private final JdbcClient jdbc;

    ItemTermsLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The published item with this code; empty when there is none (or it is not published). */
    public Optional<ItemTerms> byCode(String code) {
        if (code == null || code.isBlank() || code.length() > 64) {
            return Optional.empty();
        }
        return one(SELECT + "WHERE code = ? AND status = 'PUBLISHED'", code.trim());
    }

    /** The item with this id whatever its status (a case keeps the terms of its item). */
    public Optional<ItemTerms> byId(long id) {
        return one(SELECT + "WHERE id = ?", id);
    }

    /**
     * Whether the item is offered at this place (the township accepts, the county decides): at a station, an offering
     * of the station's level without a station or one naming the station; at a unit without a station, an offering of
     * one of {@code levels} (the unit's level) without a station or one naming a station of that unit.
     */
    public boolean offeredAt(long itemId, Long stationId, long unitId, java.util.Collection<ServiceLevel> levels) {
        if (stationId != null) {
            return jdbc.sql("SELECT COUNT(*) FROM services_item_offering o WHERE o.item_id = :item AND (o.station_id = "
                            + ":station OR (o.station_id IS NULL AND o.level = (SELECT s.level FROM services_station s "
                            + "WHERE s.id = :station)))")
                    .param("item", itemId).param("station", stationId).query(Long.class).single() > 0;
        }
        List<String> names = levels.isEmpty() ? List.of("-") : levels.stream().map(Enum::name).toList();
        return jdbc.sql("SELECT COUNT(*) FROM services_item_offering o WHERE o.item_id = :item AND ((o.station_id IS "
                        + "NULL AND o.level IN (:levels)) OR o.station_id IN (SELECT s.id FROM services_station s "
                        + "WHERE s.unit_id = :unit))")
                .param("item", itemId).param("levels", names).param("unit", unitId).query(Long.class).single() > 0;
    }

    /** The levels the item is offered at, county first (for the message when it is not offered somewhere). */
    public List<ServiceLevel> offeredLevels(long itemId) {
        return jdbc.sql("SELECT DISTINCT level FROM services_item_offering WHERE item_id = ?").param(itemId)
                .query(String.class).list().stream().map(ServiceLevel::valueOf).sorted().toList();
    }

    private Optional<ItemTerms> one(String sql, Object key) {
        return jdbc.sql(sql).param(key)
                .query((rs, n) -> new ItemTerms(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("type"), rs.getLong("unit_id"), ItemKind.valueOf(rs.getString("kind")),
                        rs.getInt("statutory_days"), ClockUnit.valueOf(rs.getString("statutory_unit")),
                        rs.getInt("promised_days"), ClockUnit.valueOf(rs.getString("promised_unit")),
                        rs.getInt("online_depth"), rs.getInt("visits"), List.of()))
                .optional()
                .map(t -> t.withMaterials(materials(t.id())));
    }

    private List<ItemTerms.Material> materials(long itemId) {
        return jdbc.sql("SELECT id, seq, name, source, form, required, copies, notes FROM services_item_material "
                        + "WHERE item_id = ? ORDER BY seq")
                .param(itemId)
                .query((rs, n) -> new ItemTerms.Material(rs.getLong("id"), rs.getInt("seq"), rs.getString("name"),
                        rs.getString("source"), MaterialForm.valueOf(rs.getString("form")), rs.getBoolean("required"),
                        rs.getInt("copies"), rs.getString("notes")))
                .list();
    }
}
