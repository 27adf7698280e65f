package org.gongkai.organisation.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.common.Actor;
import org.gongkai.common.Role;
import org.gongkai.organisation.OrganisationService;
import org.gongkai.organisation.Staff;
import org.gongkai.organisation.Unit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff records for signed-in staff, limited to the caller's data scope. A record outside the scope
 * answers 404 exactly like a missing one, so that existence does not leak. Mobile numbers are masked.
 */
@RestController
class StaffApi {

    record Membership(long unitId, String unitCode, String unitName, List<Role> roles) {}

    record StaffJson(long id, String username, String displayName, String mobile, boolean active,
            List<Membership> units) {}

    private final OrganisationService organisation;

    StaffApi(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @GetMapping("/api/v1/staff")
    List<StaffJson> list(@RequestParam(required = false) Long unitId) {
        Actor actor = Actor.require();
        Map<Long, Unit> units = unitsById();
        return organisation.staff(actor, unitId).stream().map(s -> json(s, units)).toList();
    }

    @GetMapping("/api/v1/staff/{id}")
    StaffJson one(@PathVariable long id) {
        Staff staff = organisation.staff(Actor.require(), id);
        return json(staff, unitsById());
    }

    private Map<Long, Unit> unitsById() {
        Map<Long, Unit> units = new HashMap<>();
        organisation.allUnits().forEach(u -> units.put(u.id(), u));
        return units;
    }

    private static StaffJson json(Staff s, Map<Long, Unit> units) {
        List<Membership> memberships = s.unitRoles().entrySet().stream()
                .map(e -> {
                    Unit u = units.get(e.getKey());
                    return new Membership(e.getKey(), u == null ? null : u.creditCode(), u == null ? null : u.name(),
                            e.getValue().stream().sorted().toList());
                })
                .toList();
        return new StaffJson(s.id(), s.username(), s.displayName(), s.maskedMobile(), s.active(), memberships);
    }
}
