package org.gongkai.services.cases;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on which case (deny by default, decision in docs/decisions): a service officer acts on the
 * cases of the units where it holds the role, as the deciding unit (the item's) or as the accepting unit; an agent
 * sees the cases taken in at the stations of its village units (it takes cases in, it does not decide them); the
 * director and the supervisor read within their scope (their roles cover sub-units). Anything else answers 404.
 */
@Component
class CaseAccess {

    private final UnitDirectory units;
    private final JdbcClient jdbc;

    CaseAccess(UnitDirectory units, JdbcClient jdbc) {
        this.units = units;
        this.jdbc = jdbc;
    }

    /** The data scope of one actor. */
    record Scope(Set<Long> officerUnits, Set<Long> readerUnits, Set<Long> agentStations) {

        boolean mayAct(ServiceCase c) {
            return officerUnits.contains(c.unitId()) || officerUnits.contains(c.acceptingUnitId());
        }

        boolean mayRead(ServiceCase c) {
            return mayAct(c) || readerUnits.contains(c.unitId()) || readerUnits.contains(c.acceptingUnitId())
                    || (c.stationId() != null && agentStations.contains(c.stationId()));
        }

        /** Every unit whose cases the actor reads (as deciding or accepting unit). */
        Set<Long> units() {
            Set<Long> all = new HashSet<>(officerUnits);
            all.addAll(readerUnits);
            return all;
        }
    }

    Scope scope(Actor actor) {
        Set<Long> agentUnits = units.visibleUnits(actor, Role.SERVICE_AGENT);
        return new Scope(units.visibleUnits(actor, Role.SERVICE_OFFICER),
                units.visibleUnits(actor, Role.SERVICE_DIRECTOR, Role.SUPERVISOR), stationsOf(agentUnits));
    }

    /** The stations of these units. */
    Set<Long> stationsOf(Set<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Set.of();
        }
        List<Long> ids = jdbc.sql("SELECT id FROM services_station WHERE unit_id IN (:u)").param("u", unitIds)
                .query(Long.class).list();
        return Set.copyOf(ids);
    }

    void requireAct(Actor actor, ServiceCase c) {
        if (actor != null && !scope(actor).mayAct(c)) {
            throw GongkaiException.outOfScope("ServiceCase", c.caseNumber());
        }
    }

    void requireRead(Actor actor, ServiceCase c) {
        if (!scope(actor).mayRead(c)) {
            throw GongkaiException.outOfScope("ServiceCase", c.caseNumber());
        }
    }
}
