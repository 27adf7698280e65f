package org.gongkai.gazette;

import java.util.List;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Role;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * The gazette: issues, files, the volume, the feed and the API are public and free; the console is open to editors,
 * leaders and office heads, and {@link GazetteAccess} narrows it to those of the office unit.
 */
@Component
class GazetteAccessRules implements AccessRules {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                AccessRule.publicAccess(HttpMethod.GET, "/gazette"),
                AccessRule.publicAccess(HttpMethod.GET, "/gazette/feed"),
                AccessRule.publicAccess(HttpMethod.GET, "/gazette/*"),
                AccessRule.publicAccess(HttpMethod.GET, "/gazette/*/*"),
                AccessRule.publicAccess(HttpMethod.GET, "/api/v1/gazette/issues"),
                AccessRule.roles("/console/gazette", Role.EDITOR, Role.LEADER, Role.OFFICE_HEAD),
                AccessRule.roles("/console/gazette/**", Role.EDITOR, Role.LEADER, Role.OFFICE_HEAD));
    }
}
