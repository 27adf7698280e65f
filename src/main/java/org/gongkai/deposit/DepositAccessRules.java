package org.gongkai.deposit;

import java.util.List;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Role;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Transfer packages: the system administrator builds them and sees every one; a receiving institution's account
 * lists and downloads its own (the service answers NOT_FOUND for another institution's package).
 */
@Component
class DepositAccessRules implements AccessRules {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                AccessRule.roles(HttpMethod.GET, "/console/deposit", Role.SYSTEM_ADMIN, Role.PACKAGE_RECEIVER),
                AccessRule.roles(HttpMethod.POST, "/console/deposit", Role.SYSTEM_ADMIN),
                AccessRule.roles(HttpMethod.GET, "/console/deposit/{id}/download", Role.PACKAGE_RECEIVER),
                AccessRule.roles(HttpMethod.GET, "/api/v1/deposit/packages", Role.PACKAGE_RECEIVER),
                AccessRule.roles(HttpMethod.GET, "/api/v1/deposit/packages/{id}/download", Role.PACKAGE_RECEIVER));
    }
}
