package org.gongkai.organisation.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.organisation.OrganisationService;
import org.gongkai.organisation.Unit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The organisation as open data: every unit with its credit code, parent and region. */
@RestController
class UnitsApi {

    record PublicUnit(String code, String name, String shortName, String type, String parentCode, String regionCode) {}

    private final OrganisationService organisation;

    UnitsApi(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @GetMapping("/api/v1/units")
    List<PublicUnit> units() {
        List<Unit> units = organisation.allUnits();
        Map<Long, String> codes = new HashMap<>();
        units.forEach(u -> codes.put(u.id(), u.creditCode()));
        return units.stream()
                .map(u -> new PublicUnit(u.creditCode(), u.name(), u.shortName(), u.type().name(),
                        u.parentId() == null ? null : codes.get(u.parentId()), u.regionCode()))
                .toList();
    }
}
