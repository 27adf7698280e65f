package org.gongkai.reports;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a unit's annual report. Reading: staff of the unit (and of units above it) and
 * supervisors over it. Preparing (narrative, entries, submission): the unit's editors, request officers and
 * leaders. Approving: for departments the county disclosure office's supervisors, for governments their own
 * leaders. To anybody who may not read it, a report does not exist (404); readers without the role get 403.
 */
@Component
class ReportAccess {

    static final Set<String> REPORTING_TYPES = Set.of("GOVERNMENT", "DEPARTMENT", "TOWNSHIP_GOVERNMENT");
    static final Set<String> GOVERNMENT_TYPES = Set.of("GOVERNMENT", "TOWNSHIP_GOVERNMENT");
    private static final Role[] PREPARERS = {Role.EDITOR, Role.REQUEST_OFFICER, Role.LEADER};

    private final UnitDirectory units;
    private final ReportProperties properties;

    ReportAccess(UnitDirectory units, ReportProperties properties) {
        this.units = units;
        this.properties = properties;
    }

    boolean mayRead(Actor actor, UnitView unit) {
        return units.visibleUnits(actor).contains(unit.id()) || supervised(actor).contains(unit.id());
    }

    boolean mayPrepare(Actor actor, UnitView unit) {
        Set<Role> roles = actor.unitRoles().getOrDefault(unit.id(), Set.of());
        for (Role r : PREPARERS) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** Departments: the county disclosure office's supervisors; governments: their own leaders (or supervisors). */
    boolean mayApprove(Actor actor, UnitView unit) {
        if (supervised(actor).contains(unit.id())) {
            return true;
        }
        return GOVERNMENT_TYPES.contains(unit.type()) && units.visibleUnits(actor, Role.LEADER).contains(unit.id());
    }

    /** Units the actor supervises: SUPERVISOR scope, and every reporting unit for the approving office. */
    Set<Long> supervised(Actor actor) {
        Set<Long> out = new HashSet<>(units.visibleUnits(actor, Role.SUPERVISOR));
        Optional<UnitView> office = approvingUnit();
        if (office.isPresent() && actor.unitsWithRole(Role.SUPERVISOR).contains(office.get().id())) {
            reportingUnits().forEach(u -> out.add(u.id()));
        }
        return out;
    }

    /** The setting, or the county government's 办公室, or the county government. */
    Optional<UnitView> approvingUnit() {
        if (!properties.approvingUnit().isEmpty()) {
            return units.findByCreditCode(properties.approvingUnit());
        }
        List<UnitView> all = units.findAll();
        Optional<UnitView> county = all.stream().filter(u -> u.parentId() == null && "GOVERNMENT".equals(u.type()))
                .findFirst();
        if (county.isEmpty()) {
            return Optional.empty();
        }
        return all.stream().filter(u -> county.get().id() == (u.parentId() == null ? -1 : u.parentId()))
                .filter(u -> u.name().endsWith("政府办公室")).findFirst().or(() -> county);
    }

    List<UnitView> reportingUnits() {
        return units.findAll().stream().filter(u -> REPORTING_TYPES.contains(u.type())).toList();
    }

    UnitView reportingUnit(String unitCode) {
        return units.findByCreditCode(unitCode == null ? "" : unitCode.trim())
                .filter(u -> REPORTING_TYPES.contains(u.type())).orElseThrow(GongkaiException::notFound);
    }

    /** The unit, if the actor may prepare its report (403 for other readers, 404 for everyone else). */
    UnitView preparable(Actor actor, String unitCode) {
        UnitView unit = reportingUnit(unitCode);
        if (!mayPrepare(requireActor(actor), unit)) {
            throw mayRead(actor, unit) ? new GongkaiException(ErrorCode.FORBIDDEN, "只有本单位的信息员、承办人或领导可以编写和报送年度报告")
                    : GongkaiException.outOfScope("Unit", unit.id());
        }
        return unit;
    }

    /** The unit, if the actor may approve or return its report. */
    UnitView approvable(Actor actor, String unitCode) {
        UnitView unit = reportingUnit(unitCode);
        if (!mayApprove(requireActor(actor), unit)) {
            throw mayRead(actor, unit) ? new GongkaiException(ErrorCode.FORBIDDEN, "只有政务公开主管部门（政府自行）可以审核年度报告")
                    : GongkaiException.outOfScope("Unit", unit.id());
        }
        return unit;
    }

    /** The unit, if the actor prepares or approves its reports (publication, earlier years). */
    UnitView preparableOrApprovable(Actor actor, String unitCode) {
        UnitView unit = reportingUnit(unitCode);
        if (!mayPrepare(requireActor(actor), unit) && !mayApprove(actor, unit)) {
            throw mayRead(actor, unit) ? new GongkaiException(ErrorCode.FORBIDDEN) : GongkaiException.outOfScope("Unit", unit.id());
        }
        return unit;
    }

    /** What the actor may do with a report in {@code status} now: the lifecycle table and the actor's roles. */
    ReportView.Permissions permissions(Actor actor, UnitView unit, ReportStatus status) {
        boolean prepare = mayPrepare(actor, unit);
        boolean approve = mayApprove(actor, unit);
        var table = ReportLifecycle.TABLE;
        return new ReportView.Permissions(prepare && status.editable(),
                prepare && table.allows(status, ReportAction.GENERATE_DRAFT), prepare && table.allows(status, ReportAction.SUBMIT),
                approve && table.allows(status, ReportAction.APPROVE),
                (prepare || approve) && table.allows(status, ReportAction.PUBLISH));
    }

    private static Actor requireActor(Actor actor) {
        if (actor == null) {
            throw new GongkaiException(ErrorCode.UNAUTHENTICATED);
        }
        return actor;
    }
}
