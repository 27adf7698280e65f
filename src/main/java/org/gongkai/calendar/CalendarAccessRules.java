package org.gongkai.calendar;

import java.util.List;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Role;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** Deadline arithmetic is open data; only the system administrator maintains the holiday data. */
@Component
class CalendarAccessRules implements AccessRules {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                AccessRule.publicAccess(HttpMethod.GET, "/api/v1/calendar/**"),
                AccessRule.roles("/console/calendar/**", Role.SYSTEM_ADMIN));
    }
}
