package org.gongkai.supervision.indicators;

import java.util.List;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Role;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Who reads the indicator table: supervisors and the office head (data scope in {@link IndicatorService#readable});
 * the rebuild also admits the system administrator (the command checks the county-wide scope).
 */
@Component
class IndicatorAccessRules implements AccessRules {

    @Override
    public List<AccessRule> rules() {
        Role[] readers = IndicatorService.READERS;
        return List.of(AccessRule.roles(HttpMethod.GET, IndicatorApi.PATH, readers),
                AccessRule.roles(HttpMethod.GET, IndicatorApi.PATH + "/records", readers),
                AccessRule.roles(HttpMethod.POST, IndicatorApi.REBUILD, Role.SUPERVISOR, Role.SYSTEM_ADMIN),
                AccessRule.roles(HttpMethod.GET, IndicatorPages.PATH, readers),
                AccessRule.roles(HttpMethod.GET, IndicatorPages.PATH + "/records", readers),
                AccessRule.roles(HttpMethod.POST, IndicatorPages.PATH + "/rebuild", Role.SUPERVISOR,
                        Role.SYSTEM_ADMIN));
    }
}
