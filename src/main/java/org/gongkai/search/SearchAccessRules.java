package org.gongkai.search;

import java.util.List;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Role;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Search is public (page and API; the catalogue owns {@code /api/v1/documents/{id}}); editors read the
 * zero-result list; the system administrator maintains synonyms and answered questions and rebuilds the index.
 */
@Component
class SearchAccessRules implements AccessRules {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                AccessRule.publicAccess(HttpMethod.GET, "/search"),
                AccessRule.publicAccess(HttpMethod.GET, "/api/v1/documents"),
                AccessRule.roles(HttpMethod.GET, "/console/search/zero-results", Role.EDITOR, Role.SYSTEM_ADMIN),
                AccessRule.roles("/console/search/**", Role.SYSTEM_ADMIN),
                AccessRule.roles("/api/v1/staff/answered-questions", Role.SYSTEM_ADMIN),
                AccessRule.roles("/api/v1/staff/answered-questions/*", Role.SYSTEM_ADMIN),
                AccessRule.roles("/console/search", Role.SYSTEM_ADMIN));
    }
}
