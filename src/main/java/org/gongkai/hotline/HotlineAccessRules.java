package org.gongkai.hotline;

import java.util.List;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Role;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Who may call the hotline endpoints: anyone submits a ticket and follows it with its query code; hotline officers
 * (the 12345 centre county-wide, a unit's handler for its own tickets: {@link HotlineScope}) use the staff API and
 * console. Tickets outside the actor's scope are 404 (the service applies the scope).
 */
@Component
class HotlineAccessRules implements AccessRules {

    static final String STAFF_API = "/api/v1/staff/hotline";

    @Override
    public List<AccessRule> rules() {
        return List.of(
                AccessRule.publicAccess(HttpMethod.POST, "/api/v1/hotline/tickets"),
                AccessRule.publicAccess(HttpMethod.GET, "/api/v1/hotline/tickets/{ticketNumber}"),
                AccessRule.publicAccess("/hotline"),
                AccessRule.publicAccess("/hotline/status"),
                AccessRule.publicAccess(HttpMethod.GET, "/hotline/public"),
                AccessRule.publicAccess(HttpMethod.GET, "/hotline/public/{number}"),
                // Open311 GeoReport v2: reads are public; a POST checks its api_key itself (spec error format)
                AccessRule.publicAccess(HttpMethod.GET, "/open311/v2/**"),
                AccessRule.publicAccess(HttpMethod.POST, "/open311/v2/requests.*"),
                AccessRule.roles(HttpMethod.GET, STAFF_API + "/**", Role.HOTLINE_OFFICER),
                AccessRule.roles(HttpMethod.POST, STAFF_API + "/**", Role.HOTLINE_OFFICER),
                AccessRule.roles(HttpMethod.GET, "/api/v1/hotline-kpis", Role.HOTLINE_OFFICER, Role.SUPERVISOR),
                AccessRule.roles(HttpMethod.GET, "/api/v1/hotline-kpis/**", Role.HOTLINE_OFFICER, Role.SUPERVISOR),
                AccessRule.roles(HttpMethod.GET, "/console/hotline/kpis", Role.HOTLINE_OFFICER, Role.SUPERVISOR),
                AccessRule.roles(HttpMethod.GET, "/console/hotline/kpis/**", Role.HOTLINE_OFFICER, Role.SUPERVISOR),
                AccessRule.roles("/console/hotline", Role.HOTLINE_OFFICER),
                AccessRule.roles("/console/hotline/**", Role.HOTLINE_OFFICER));
    }
}
