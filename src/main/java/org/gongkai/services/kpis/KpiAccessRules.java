package org.gongkai.services.kpis;

import java.util.List;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Role;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** Who reads service KPIs: service officers (their units), the director and the supervisor (county-wide). */
@Component
class KpiAccessRules implements AccessRules {

    static final Role[] READERS = { Role.SERVICE_OFFICER, Role.SERVICE_DIRECTOR, Role.SUPERVISOR };

    @Override
    public List<AccessRule> rules() {
        return List.of(AccessRule.roles(HttpMethod.GET, KpiApi.PATH, READERS),
                AccessRule.roles(HttpMethod.GET, KpiApi.PATH + "/cases", READERS),
                AccessRule.roles(HttpMethod.GET, "/console/services/kpis", READERS),
                AccessRule.roles(HttpMethod.GET, "/console/services/kpis/cases", READERS));
    }
}
