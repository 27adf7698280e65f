package org.gongkai.supervision.bulletins;

import java.util.List;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Role;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The monthly bulletin: the supervisor (督查人员) generates, edits and publishes, the office head (政府办主任) approves;
 * the JSON, PDF, DOCX and the portal pages of a bulletin are public (the handlers answer 404 for a bulletin not yet
 * published unless the caller is the office's supervision staff). The handlers also require the county office.
 */
@Component
class BulletinAccessRules implements AccessRules {

    static final String STAFF = "/api/v1/staff/supervision/bulletins";
    static final String CONSOLE = "/console/supervision/bulletins";

    @Override
    public List<AccessRule> rules() {
        Role[] office = {Role.SUPERVISOR, Role.OFFICE_HEAD};
        return List.of(
                AccessRule.roles(HttpMethod.POST, STAFF, Role.SUPERVISOR),
                AccessRule.roles(HttpMethod.PUT, STAFF + "/*", Role.SUPERVISOR),
                AccessRule.roles(HttpMethod.POST, STAFF + "/*/approve", Role.OFFICE_HEAD),
                AccessRule.roles(HttpMethod.POST, STAFF + "/*/publish", Role.SUPERVISOR),
                AccessRule.publicAccess(HttpMethod.GET, "/api/v1/supervision/bulletins"),
                AccessRule.publicAccess(HttpMethod.GET, "/api/v1/supervision/bulletins/*"),
                AccessRule.publicAccess(HttpMethod.GET, "/supervision/bulletins"),
                AccessRule.publicAccess(HttpMethod.GET, "/supervision/bulletins/*"),
                AccessRule.roles(HttpMethod.GET, CONSOLE, office),
                AccessRule.roles(HttpMethod.POST, CONSOLE, Role.SUPERVISOR),
                AccessRule.roles(HttpMethod.GET, CONSOLE + "/*", office),
                AccessRule.roles(HttpMethod.POST, CONSOLE + "/*/edit", Role.SUPERVISOR),
                AccessRule.roles(HttpMethod.POST, CONSOLE + "/*/approve", Role.OFFICE_HEAD),
                AccessRule.roles(HttpMethod.POST, CONSOLE + "/*/publish", Role.SUPERVISOR));
    }
}
