package org.gongkai.services.desk;

import java.util.List;
import java.util.Set;
import org.gongkai.common.Actor;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.services.cases.CaseAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the desk's queue and intake pages offer to choose from: the units of the viewer's case scope and their active
 * stations (the queue itself is the case module's {@code ServiceCases.queue}).
 */
@Component
public class DeskQueue {

    public record Station(long id, String code, String name, long unitId) {}

    private final JdbcClient jdbc;
    private final UnitDirectory units;

    DeskQueue(JdbcClient jdbc, UnitDirectory units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** The units whose cases the viewer works on or reads. */
    public Set<Long> scope(Actor actor) {
        return units.visibleUnits(actor, CaseAccess.CASE_ROLES);
    }

    /** The active stations of these units, by code. */
    public List<Station> stationsOf(Set<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, code, name, unit_id FROM services_station WHERE unit_id IN (:units) AND active "
                        + "ORDER BY code")
                .param("units", unitIds)
                .query((rs, n) -> new Station(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getLong("unit_id")))
                .list();
    }
}
