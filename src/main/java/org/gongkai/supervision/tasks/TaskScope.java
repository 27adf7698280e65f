package org.gongkai.supervision.tasks;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.springframework.stereotype.Component;

/**
 * Who acts on tasks. Supervisors (督查人员) and the office head create, assign, accept, return, close and urge the tasks
 * of their office (or assigned to units in their scope); the staff of an assigned unit (any role there) see its tasks
 * and report progress. A task outside the actor's scope is not found (404).
 */
@Component
public class TaskScope {

    static final Role[] SUPERVISORS = { Role.SUPERVISOR, Role.OFFICE_HEAD };

    private final UnitDirectory units;

    TaskScope(UnitDirectory units) {
        this.units = units;
    }

    public boolean isSupervisor(Actor actor) {
        return actor != null && (actor.hasRole(Role.SUPERVISOR) || actor.hasRole(Role.OFFICE_HEAD));
    }

    Set<Long> supervisedUnits(Actor actor) {
        return isSupervisor(actor) ? units.visibleUnits(actor, SUPERVISORS) : Set.of();
    }

    /** The units whose staff the actor is (every role), whose tasks it handles as a unit. */
    Set<Long> ownUnits(Actor actor) {
        return actor == null ? Set.of() : units.visibleUnits(actor);
    }

    /** The office unit a supervisor creates tasks for: the first unit where the actor holds a supervising role. */
    Long officeUnit(Actor actor) {
        if (actor == null) {
            return null;
        }
        Set<Long> held = new HashSet<>(actor.unitsWithRole(Role.SUPERVISOR));
        held.addAll(actor.unitsWithRole(Role.OFFICE_HEAD));
        return held.stream().sorted().findFirst().orElse(null);
    }

    boolean supervises(Actor actor, Task t) {
        if (!isSupervisor(actor)) {
            return false;
        }
        Set<Long> scope = supervisedUnits(actor);
        return t.officeUnitId() == null || scope.contains(t.officeUnitId())
                || t.unitIds().stream().anyMatch(scope::contains);
    }

    boolean sees(Actor actor, Task t) {
        return supervises(actor, t) || handles(actor, t);
    }

    boolean handles(Actor actor, Task t) {
        Set<Long> own = ownUnits(actor);
        return t.unitIds().stream().anyMatch(own::contains);
    }

    void requireSupervisor(Actor actor) {
        if (!isSupervisor(actor)) {
            throw new GongkaiException(ErrorCode.FORBIDDEN, "只有督查人员可以执行此操作");
        }
    }

    void requireSupervisor(Actor actor, Task t) {
        if (!supervises(actor, t)) {
            throw new GongkaiException(ErrorCode.FORBIDDEN, "只有督查人员可以执行此操作");
        }
    }

    /** The assigned unit the actor reports for: the one named, or the only one of the actor's. */
    long reportingUnit(Actor actor, Task t, String unitCode) {
        Set<Long> own = ownUnits(actor);
        List<Long> mine = t.unitIds().stream().filter(own::contains).toList();
        if (mine.isEmpty()) {
            throw new GongkaiException(ErrorCode.FORBIDDEN, "只有承办单位可以报送整改情况");
        }
        if (unitCode != null && !unitCode.isBlank()) {
            long named = unit(unitCode, "unitCode");
            if (!mine.contains(named)) {
                throw GongkaiException.invalid("unitCode", "该单位不是本任务的承办单位");
            }
            return named;
        }
        if (mine.size() > 1) {
            throw GongkaiException.invalid("unitCode", "请选择报送的承办单位");
        }
        return mine.get(0);
    }

    /** The county unit of a credit code (not an external issuer), or a refusal at {@code field}. */
    long unit(String creditCode, String field) {
        return units.findByCreditCode(creditCode == null ? "" : creditCode.trim())
                .filter(u -> !u.isExternalIssuer())
                .map(UnitDirectory.UnitView::id)
                .orElseThrow(() -> GongkaiException.invalid(field, "未找到该承办单位：" + creditCode));
    }

    String code(long unitId) {
        return units.findById(unitId).map(UnitDirectory.UnitView::creditCode).orElse(String.valueOf(unitId));
    }

    String name(long unitId) {
        return units.findById(unitId).map(UnitDirectory.UnitView::name).orElse(String.valueOf(unitId));
    }

    List<UnitDirectory.UnitView> countyUnits() {
        return units.findAll().stream().filter(u -> !u.isExternalIssuer()).toList();
    }
}
