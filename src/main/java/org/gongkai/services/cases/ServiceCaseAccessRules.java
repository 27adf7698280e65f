package org.gongkai.services.cases;

import java.util.List;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Role;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Who may call the service case endpoints: anyone may follow a case with its number and query code; service officers
 * and agents take cases in; officers act on cases and import ledgers; officers, agents, the director and the
 * supervisor read (the service applies the data scope: other units' cases are 404).
 */
@Component
class ServiceCaseAccessRules implements AccessRules {

    static final String STAFF_API = "/api/v1/staff/service-cases";

    @Override
    public List<AccessRule> rules() {
        Role[] readers = {Role.SERVICE_OFFICER, Role.SERVICE_AGENT, Role.SERVICE_DIRECTOR, Role.SUPERVISOR};
        return List.of(
                AccessRule.publicAccess(HttpMethod.GET, "/api/v1/service-cases/{caseNumber}"),
                AccessRule.roles(HttpMethod.GET, STAFF_API, readers),
                AccessRule.roles(HttpMethod.GET, STAFF_API + "/{caseNumber}", readers),
                AccessRule.roles(HttpMethod.POST, STAFF_API, Role.SERVICE_OFFICER, Role.SERVICE_AGENT),
                AccessRule.roles(HttpMethod.POST, STAFF_API + "/import", Role.SERVICE_OFFICER),
                AccessRule.roles(HttpMethod.POST, STAFF_API + "/{caseNumber}/**", Role.SERVICE_OFFICER));
    }
}
