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
 * Who may see and act on which case (deny by default, decision in docs/decisions), the one data scope of the case
 * module and the desk: a service officer decides the cases of the units where it holds the role, as the deciding unit
 * (the item's) or as the accepting unit; an agent sees, and checks the materials of, the cases taken in at the
 * stations of its village units (it takes cases in, it does not decide them); the director and the supervisor read
 * within their scope (their roles cover sub-units). Anything else answers 404.
 */
@Component
public class CaseAccess {

    /** The roles whose holders work on service cases. */
    public static final Role[] CASE_ROLES = {Role.SERVICE_OFFICER, Role.SERVICE_AGENT, Role.SERVICE_DIRECTOR,
            Role.SUPERVISOR};

    private final UnitDirectory units;
    private final JdbcClient jdbc;

    CaseAccess(UnitDirectory units, JdbcClient jdbc) {
        this.units = units;
        this.jdbc = jdbc;
    }

    /** The data scope of one actor: officers by units, readers by units (with sub-units), agents by stations. */
    public record Scope(Set<Long> officerUnits, Set<Long> readerUnits, Set<Long> agentStations) {

        /** Decides the case (accept, refuse, suspend, complete, deliver; asks opinions): its officers only. */
        public boolean mayAct(long unitId, long acceptingUnitId) {
            return officerUnits.contains(unitId) || officerUnits.contains(acceptingUnitId);
        }

        /** Works on its intake (the materials check): its officers, or the agent of the station that took it in. */
        public boolean mayTakeIn(long unitId, long acceptingUnitId, Long stationId) {
            return mayAct(unitId, acceptingUnitId) || (stationId != null && agentStations.contains(stationId));
        }

        public boolean mayRead(long unitId, long acceptingUnitId, Long stationId) {
            return mayTakeIn(unitId, acceptingUnitId, stationId) || readerUnits.contains(unitId)
                    || readerUnits.contains(acceptingUnitId);
        }

        boolean mayAct(ServiceCase c) {
            return mayAct(c.unitId(), c.acceptingUnitId());
        }

        boolean mayRead(ServiceCase c) {
            return mayRead(c.unitId(), c.acceptingUnitId(), c.stationId());
        }

        /** Every unit whose cases the actor reads (as deciding or accepting unit). */
        Set<Long> units() {
            Set<Long> all = new HashSet<>(officerUnits);
            all.addAll(readerUnits);
            return all;
        }
    }

    /** The actor's scope; an empty one for no actor. */
    public Scope scope(Actor actor) {
        if (actor == null) {
            return new Scope(Set.of(), Set.of(), Set.of());
        }
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
