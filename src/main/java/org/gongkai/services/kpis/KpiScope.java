package org.gongkai.services.kpis;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.gongkai.services.ServiceLevel;

/**
 * What a KPI figure is about: the deciding units (already cut to the reader's data scope), optionally one station or
 * one level of the hall (where the case was taken in), and the period. {@code asOf} is the period's end, or today
 * when the period has not ended (open cases are judged on a day that has happened).
 */
record KpiScope(Set<Long> units, Long stationId, ServiceLevel level, LocalDate from, LocalDate to, LocalDate asOf) {

    /** The case filter (alias {@code c}); ratings add their own unit column. */
    String caseFilter(String unitColumn) {
        StringBuilder sql = new StringBuilder(unitColumn).append(" IN (:units)");
        if (stationId != null) {
            sql.append(" AND c.station_id = :station");
        }
        if (level != null) {
            sql.append(" AND c.station_id IN (SELECT s.id FROM services_station s WHERE s.level = :level)");
        }
        return sql.toString();
    }

    /** Whether {@link #caseFilter} names the case ({@code c}): a station or a level is chosen. */
    boolean readsCases() {
        return stationId != null || level != null;
    }

    /** The item filter (alias {@code i}): items of the units, offered at the station or level when one is chosen. */
    String itemFilter() {
        StringBuilder sql = new StringBuilder("i.unit_id IN (:units)");
        if (stationId != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM services_item_offering o WHERE o.item_id = i.id AND o.station_id = :station)");
        }
        if (level != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM services_item_offering o WHERE o.item_id = i.id AND o.level = :level)");
        }
        return sql.toString();
    }

    Map<String, Object> params() {
        var p = new java.util.HashMap<String, Object>();
        p.put("units", units);
        p.put("from", from);
        p.put("to", to);
        p.put("asOf", asOf);
        if (stationId != null) {
            p.put("station", stationId);
        }
        if (level != null) {
            p.put("level", level.name());
        }
        return p;
    }
}
