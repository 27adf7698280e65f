package org.gongkai.organisation;

import java.util.List;
import java.util.Set;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Role;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Who may call organisation's endpoints. System administrators keep the records (regions, units, staff,
 * imports); security administrators grant and revoke roles (授权); every signed-in staff member may read
 * units and staff within their data scope (the service applies the scope); the audit administrator changes
 * nothing. The unit list API is open data.
 */
@Component
class OrganisationAccessRules implements AccessRules {

    static final String CONSOLE = "/console/organisation";

    /**
     * Every role but the archives' and libraries' receiver accounts, which see their transfer packages and nothing
     * else (issue #16).
     */
    static final Role[] STAFF_ROLES = java.util.EnumSet.complementOf(java.util.EnumSet.of(Role.PACKAGE_RECEIVER))
            .toArray(Role[]::new);

    @Override
    public List<AccessRule> rules() {
        return List.of(
                AccessRule.publicAccess(HttpMethod.GET, "/api/v1/units"),
                // 查阅点: kept by the system administrator
                AccessRule.roles(CONSOLE + "/reading-places", Role.SYSTEM_ADMIN),
                AccessRule.roles(CONSOLE + "/reading-places/**", Role.SYSTEM_ADMIN),
                AccessRule.roles("/api/v1/staff", STAFF_ROLES),
                AccessRule.roles("/api/v1/staff/{id}", STAFF_ROLES),
                // 授权: the role form and its actions
                AccessRule.roles(CONSOLE + "/staff/{id}/roles", Role.SECURITY_ADMIN),
                AccessRule.roles(CONSOLE + "/staff/{id}/roles/**", Role.SECURITY_ADMIN),
                // record keeping: forms, saves and imports
                AccessRule.roles(CONSOLE + "/regions/new", Role.SYSTEM_ADMIN),
                AccessRule.roles(CONSOLE + "/regions/{id}/edit", Role.SYSTEM_ADMIN),
                AccessRule.roles(CONSOLE + "/units/new", Role.SYSTEM_ADMIN),
                AccessRule.roles(CONSOLE + "/units/{id}/edit", Role.SYSTEM_ADMIN),
                AccessRule.roles(CONSOLE + "/staff/new", Role.SYSTEM_ADMIN),
                AccessRule.roles(CONSOLE + "/staff/{id}/edit", Role.SYSTEM_ADMIN),
                AccessRule.roles(CONSOLE + "/import/**", Role.SYSTEM_ADMIN),
                AccessRule.roles(HttpMethod.POST, CONSOLE + "/**", Role.SYSTEM_ADMIN),
                // reading within the data scope
                AccessRule.roles(HttpMethod.GET, CONSOLE + "/**", STAFF_ROLES));
    }
}
