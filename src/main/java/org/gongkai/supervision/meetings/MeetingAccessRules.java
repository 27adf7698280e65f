package org.gongkai.supervision.meetings;

import java.util.List;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Role;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** The briefing meeting: the office runs it; sections (信息员, 签发领导) read it and submit their items. */
@Component
class MeetingAccessRules implements AccessRules {

    static final String API = "/api/v1/staff/supervision/meetings";

    @Override
    public List<AccessRule> rules() {
        Role[] office = {Role.SUPERVISOR, Role.OFFICE_HEAD};
        Role[] all = {Role.SUPERVISOR, Role.OFFICE_HEAD, Role.EDITOR, Role.LEADER};
        return List.of(
                AccessRule.roles(HttpMethod.POST, API, office),
                AccessRule.roles(HttpMethod.GET, API, all),
                AccessRule.roles(HttpMethod.GET, API + "/*", all),
                AccessRule.roles(HttpMethod.GET, API + "/*/report.docx", all),
                AccessRule.roles(HttpMethod.POST, API + "/*/items", Role.EDITOR, Role.LEADER),
                AccessRule.roles(HttpMethod.POST, API + "/*/decisions", office),
                AccessRule.roles(HttpMethod.POST, API + "/*/*", office),
                AccessRule.roles(HttpMethod.GET, "/console/supervision/meetings", all),
                AccessRule.roles(HttpMethod.POST, "/console/supervision/meetings", office),
                AccessRule.roles(HttpMethod.GET, "/console/supervision/meetings/*", all),
                AccessRule.roles(HttpMethod.GET, "/console/supervision/meetings/*/report.docx", all),
                AccessRule.roles(HttpMethod.POST, "/console/supervision/meetings/*/item", Role.EDITOR, Role.LEADER),
                AccessRule.roles(HttpMethod.POST, "/console/supervision/meetings/*/*", office));
    }
}
