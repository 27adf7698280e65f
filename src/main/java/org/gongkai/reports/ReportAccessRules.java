package org.gongkai.reports;

import java.util.List;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Role;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Published reports are public (portal column and JSON); the service answers 404 for unpublished ones unless
 * the caller is staff of the unit or supervises it. Console pages for preparers, approvers and supervisors.
 */
@Component
class ReportAccessRules implements AccessRules {

    private static final Role[] STAFF = {Role.EDITOR, Role.REQUEST_OFFICER, Role.LEADER, Role.SUPERVISOR};

    @Override
    public List<AccessRule> rules() {
        return List.of(
                AccessRule.publicAccess(HttpMethod.GET, "/api/v1/annual-reports/{unitCode}/{year}"),
                AccessRule.roles(HttpMethod.POST, "/api/v1/annual-reports/{unitCode}/{year}", STAFF),
                AccessRule.roles(HttpMethod.POST, "/api/v1/annual-reports/{unitCode}/{year}/draft", STAFF),
                AccessRule.roles(HttpMethod.POST, "/api/v1/annual-reports/{unitCode}/{year}/submit", STAFF),
                AccessRule.roles(HttpMethod.POST, "/api/v1/annual-reports/{unitCode}/{year}/approve", STAFF),
                AccessRule.roles(HttpMethod.POST, "/api/v1/annual-reports/{unitCode}/{year}/return", STAFF),
                AccessRule.roles(HttpMethod.POST, "/api/v1/annual-reports/{unitCode}/{year}/publish", STAFF),
                AccessRule.roles(HttpMethod.POST, "/api/v1/annual-reports/import", STAFF),
                AccessRule.publicAccess(HttpMethod.GET, "/openness/annual-reports/**"),
                AccessRule.roles("/console/reports", STAFF),
                AccessRule.roles("/console/reports/**", STAFF));
    }
}
