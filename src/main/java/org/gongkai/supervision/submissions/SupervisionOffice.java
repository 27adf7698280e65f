package org.gongkai.supervision.submissions;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.gongkai.common.Actor;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.springframework.stereotype.Component;

/**
 * Who is "the office" for submissions, evaluations and the briefing meeting: a supervisor (督查人员) or the office head
 * (政府办主任) of the government office named by {@code gongkai.supervision.submissions.office-unit} sees every unit of
 * the county (issue #15: "the county government office's supervisor sees every unit of the county"); a supervisor
 * elsewhere sees the units of their own data scope.
 */
@Component
public class SupervisionOffice {

    static final Set<Role> OFFICE_ROLES = EnumSet.of(Role.SUPERVISOR, Role.OFFICE_HEAD);

    private final UnitDirectory units;
    private final SubmissionSettings settings;

    SupervisionOffice(UnitDirectory units, SubmissionSettings settings) {
        this.units = units;
        this.settings = settings;
    }

    /** Whether the actor holds an office role (in any unit): may schedule meetings, score and read summaries. */
    public boolean isSupervisor(Actor actor) {
        return actor != null && OFFICE_ROLES.stream().anyMatch(actor::hasRole);
    }

    /** The units whose records the actor reads and scores as the office: all county units for the office itself. */
    public Set<Long> scope(Actor actor) {
        if (actor == null) {
            return Set.of();
        }
        Optional<UnitView> office = units.findByCreditCode(settings.officeUnit());
        boolean countyWide = office.isPresent() && OFFICE_ROLES.stream()
                .anyMatch(r -> actor.unitsWithRole(r).contains(office.get().id()));
        if (countyWide) {
            Set<Long> all = new LinkedHashSet<>();
            units.findAll().stream().filter(u -> !u.isExternalIssuer()).forEach(u -> all.add(u.id()));
            return all;
        }
        return units.visibleUnits(actor, Role.SUPERVISOR, Role.OFFICE_HEAD);
    }

    /** The county's units (not external issuers), by credit code. */
    public Optional<UnitView> unit(String creditCode) {
        return creditCode == null ? Optional.empty()
                : units.findByCreditCode(creditCode.trim()).filter(u -> !u.isExternalIssuer());
    }

    /** Every unit of the county (not external issuers). */
    public java.util.List<UnitView> allUnits() {
        return units.findAll().stream().filter(u -> !u.isExternalIssuer()).toList();
    }

    public Optional<UnitView> unit(long id) {
        return units.findById(id);
    }

    /** The unit the actor acts for with {@code role}: the named one (must be among theirs), else their only one. */
    public UnitView actingUnit(Actor actor, String unitCode, Set<Role> roles, String field) {
        Set<Long> held = new LinkedHashSet<>();
        roles.forEach(r -> held.addAll(actor.unitsWithRole(r)));
        if (unitCode != null && !unitCode.isBlank()) {
            UnitView unit = unit(unitCode).orElseThrow(() -> org.gongkai.common.GongkaiException.invalid(field,
                    "没有这个单位"));
            if (!held.contains(unit.id())) {
                throw new org.gongkai.common.GongkaiException(org.gongkai.common.ErrorCode.FORBIDDEN,
                        "您不能代表该单位报送", field);
            }
            return unit;
        }
        if (held.size() != 1) {
            throw held.isEmpty() ? new org.gongkai.common.GongkaiException(org.gongkai.common.ErrorCode.FORBIDDEN)
                    : org.gongkai.common.GongkaiException.invalid(field, "您属于多个单位，请选择报送单位");
        }
        return units.findById(held.iterator().next()).orElseThrow();
    }
}
