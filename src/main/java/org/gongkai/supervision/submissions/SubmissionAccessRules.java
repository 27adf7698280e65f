package org.gongkai.supervision.submissions;

import java.util.List;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Role;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Information submissions: a unit's 信息员 submits and attaches; the office (督查人员, 政府办主任) edits, scores, ranks and
 * compiles its bulletin; leaders read the rankings. The handlers apply the data scope (another unit's submission 404).
 */
@Component
class SubmissionAccessRules implements AccessRules {

    static final String STAFF = "/api/v1/staff/supervision/submissions";
    static final String ISSUES = "/api/v1/staff/supervision/submission-issues";

    @Override
    public List<AccessRule> rules() {
        Role[] readers = {Role.EDITOR, Role.SUPERVISOR, Role.OFFICE_HEAD};
        Role[] officeRoles = {Role.SUPERVISOR, Role.OFFICE_HEAD};
        return List.of(
                AccessRule.roles(HttpMethod.POST, STAFF, Role.EDITOR),
                AccessRule.roles(HttpMethod.GET, STAFF, readers),
                AccessRule.roles(HttpMethod.GET, STAFF + "/*", readers),
                AccessRule.roles(HttpMethod.PUT, STAFF + "/*", officeRoles),
                AccessRule.roles(HttpMethod.POST, STAFF + "/*/attachments", readers),
                AccessRule.roles(HttpMethod.POST, STAFF + "/*/adoptions", officeRoles),
                AccessRule.roles(HttpMethod.POST, STAFF + "/*/instructions", officeRoles),
                AccessRule.roles(HttpMethod.POST, STAFF + "/*/decline", officeRoles),
                AccessRule.roles(HttpMethod.POST, ISSUES, officeRoles),
                AccessRule.roles(HttpMethod.GET, ISSUES + "/*", officeRoles),
                AccessRule.roles(HttpMethod.GET, "/api/v1/supervision/submission-rankings", Role.SUPERVISOR,
                        Role.OFFICE_HEAD, Role.LEADER),
                AccessRule.roles("/console/supervision/submissions", readers),
                AccessRule.roles("/console/supervision/submissions/new", Role.EDITOR),
                AccessRule.roles(HttpMethod.GET, "/console/supervision/submissions/rankings", Role.SUPERVISOR,
                        Role.OFFICE_HEAD, Role.LEADER),
                AccessRule.roles(HttpMethod.GET, "/console/supervision/submissions/points", officeRoles),
                AccessRule.roles("/console/supervision/submissions/*", readers),
                AccessRule.roles(HttpMethod.POST, "/console/supervision/submissions/*/attach", readers),
                AccessRule.roles(HttpMethod.POST, "/console/supervision/submissions/*/*", officeRoles),
                AccessRule.roles("/console/supervision/submission-issues", officeRoles),
                AccessRule.roles("/console/supervision/submission-issues/**", officeRoles));
    }
}
