package org.gongkai.consultations;

import java.util.List;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Role;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Consultations: the pages, the list, the feedback, the draft's files and the comment form and API are public (comments rate-limited at
 * the edge); the staff API and console are open to editors, leaders and office heads, and {@link ConsultationAccess} narrows it to
 * the consultation's unit.
 */
@Component
class ConsultationAccessRules implements AccessRules {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                AccessRule.publicAccess(HttpMethod.GET, "/consultations"),
                AccessRule.publicAccess(HttpMethod.GET, "/consultations/*"),
                AccessRule.publicAccess(HttpMethod.POST, "/consultations/*/comments"),
                AccessRule.publicAccess(HttpMethod.GET, "/consultations/*/feedback"),
                AccessRule.publicAccess(HttpMethod.GET, "/consultations/*/attachments/*"),
                AccessRule.publicAccess(HttpMethod.GET, "/api/v1/consultations"),
                AccessRule.publicAccess(HttpMethod.POST, "/api/v1/consultations/*/comments"),
                AccessRule.publicAccess(HttpMethod.GET, "/api/v1/consultations/*/feedback"),
                AccessRule.roles("/api/v1/staff/consultations", Role.EDITOR, Role.LEADER, Role.OFFICE_HEAD),
                AccessRule.roles("/api/v1/staff/consultations/**", Role.EDITOR, Role.LEADER, Role.OFFICE_HEAD),
                AccessRule.roles("/console/consultations", Role.EDITOR, Role.LEADER, Role.OFFICE_HEAD),
                AccessRule.roles("/console/consultations/**", Role.EDITOR, Role.LEADER, Role.OFFICE_HEAD));
    }
}
