package org.gongkai.services.items;

import java.util.List;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Role;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Items: the portal section, the list and guides are public; service officers import and edit the items of their units,
 * the service-hall director reviews (approves or rejects) edited versions; both read the versions.
 */
@Component
class ServiceItemAccessRules implements AccessRules {

    private static final String STAFF = "/api/v1/staff/service-items/{code}";
    private static final Role[] EDITORS_AND_REVIEWERS = { Role.SERVICE_OFFICER, Role.SERVICE_DIRECTOR };

    @Override
    public List<AccessRule> rules() {
        return List.of(
                AccessRule.publicAccess(HttpMethod.GET, "/services"),
                AccessRule.publicAccess(HttpMethod.GET, "/services/items"),
                AccessRule.publicAccess(HttpMethod.GET, "/services/items/*"),
                AccessRule.publicAccess(HttpMethod.GET, "/services/items/{code}/materials/{material}/{kind}"),
                AccessRule.publicAccess(HttpMethod.GET, "/api/v1/service-items"),
                AccessRule.publicAccess(HttpMethod.GET, "/api/v1/service-items/*"),
                AccessRule.roles(HttpMethod.POST, "/api/v1/staff/service-items/import", Role.SERVICE_OFFICER),
                AccessRule.roles(HttpMethod.GET, "/api/v1/staff/service-items/import/template.{extension}",
                        Role.SERVICE_OFFICER),
                AccessRule.roles(HttpMethod.GET, "/console/services/items", EDITORS_AND_REVIEWERS),
                AccessRule.roles(HttpMethod.GET, "/console/services/items/{code}", EDITORS_AND_REVIEWERS),
                AccessRule.roles(HttpMethod.GET, "/console/services/items/{code}/diff", EDITORS_AND_REVIEWERS),
                AccessRule.roles(HttpMethod.POST, "/console/services/items/{code}", Role.SERVICE_OFFICER),
                AccessRule.roles(HttpMethod.POST, "/console/services/items/{code}/materials/{material}/{kind}",
                        Role.SERVICE_OFFICER),
                AccessRule.roles(HttpMethod.POST, "/console/services/items/{code}/versions/{version}/submit",
                        Role.SERVICE_OFFICER),
                AccessRule.roles(HttpMethod.POST, "/console/services/items/{code}/versions/{version}/approve",
                        Role.SERVICE_DIRECTOR),
                AccessRule.roles(HttpMethod.POST, "/console/services/items/{code}/versions/{version}/reject",
                        Role.SERVICE_DIRECTOR),
                AccessRule.roles(HttpMethod.POST, "/console/services/items/{code}/versions/{version}/{form}",
                        EDITORS_AND_REVIEWERS),
                AccessRule.roles(HttpMethod.GET, STAFF + "/versions", EDITORS_AND_REVIEWERS),
                AccessRule.roles(HttpMethod.GET, STAFF + "/versions/{version}", EDITORS_AND_REVIEWERS),
                AccessRule.roles(HttpMethod.GET, STAFF + "/diff", EDITORS_AND_REVIEWERS),
                AccessRule.roles(HttpMethod.POST, STAFF + "/versions", Role.SERVICE_OFFICER),
                AccessRule.roles(HttpMethod.POST, STAFF + "/versions/{version}/submit", Role.SERVICE_OFFICER),
                AccessRule.roles(HttpMethod.POST, STAFF + "/versions/{version}/approve", Role.SERVICE_DIRECTOR),
                AccessRule.roles(HttpMethod.POST, STAFF + "/versions/{version}/reject", Role.SERVICE_DIRECTOR));
    }
}
