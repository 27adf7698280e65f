package org.gongkai.supervision.evaluation;

import java.util.List;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Role;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** Public evaluation: anyone evaluates a unit on the portal; the office reads the summaries and comments. */
@Component
class EvaluationAccessRules implements AccessRules {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                AccessRule.publicAccess(HttpMethod.GET, "/evaluation"),
                AccessRule.publicAccess(HttpMethod.GET, "/evaluation/*"),
                AccessRule.publicAccess(HttpMethod.POST, "/evaluation/*"),
                AccessRule.roles(HttpMethod.GET, "/console/supervision/evaluations", Role.SUPERVISOR, Role.OFFICE_HEAD),
                AccessRule.roles(HttpMethod.GET, "/console/supervision/evaluations/*", Role.SUPERVISOR,
                        Role.OFFICE_HEAD));
    }
}
