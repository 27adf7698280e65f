package org.gongkai.services.items;

import java.util.List;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Role;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** Items: the portal section, the list and guides are public; service officers import (and edit) the items of their units. */
@Component
class ServiceItemAccessRules implements AccessRules {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                AccessRule.publicAccess(HttpMethod.GET, "/services"),
                AccessRule.publicAccess(HttpMethod.GET, "/services/items"),
                AccessRule.publicAccess(HttpMethod.GET, "/services/items/*"),
                AccessRule.publicAccess(HttpMethod.GET, "/api/v1/service-items"),
                AccessRule.publicAccess(HttpMethod.GET, "/api/v1/service-items/*"),
                AccessRule.roles(HttpMethod.POST, "/api/v1/staff/service-items/import", Role.SERVICE_OFFICER));
    }
}
