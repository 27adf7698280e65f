package org.gongkai.supervision.tasks;

import java.util.List;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Role;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Who may call the task, inspection and patrol endpoints: any staff member reaches the task API and the unit's queue
 * (the handlers and the service narrow it: supervisors act on their office's tasks, a unit's staff see and report on
 * their unit's tasks, anything else is 404); inspections, findings and the patrol are the supervisors' and the office
 * head's.
 */
@Component
class TaskAccessRules implements AccessRules {

    static final String API = "/api/v1/staff/supervision/tasks";
    static final String CONSOLE = "/console/supervision/tasks";

    @Override
    public List<AccessRule> rules() {
        Role[] office = TaskScope.SUPERVISORS;
        return List.of(
                AccessRule.staff(API),
                AccessRule.staff(API + "/**"),
                AccessRule.staff(CONSOLE),
                AccessRule.staff(CONSOLE + "/**"),
                AccessRule.roles(HttpMethod.GET, "/api/v1/staff/supervision/inspections", office),
                AccessRule.roles("/api/v1/staff/supervision/inspections/**", office),
                AccessRule.roles(HttpMethod.POST, "/api/v1/staff/supervision/inspections", office),
                AccessRule.roles("/api/v1/staff/supervision/patrol", office),
                AccessRule.roles("/api/v1/staff/supervision/patrol/**", office),
                AccessRule.roles("/console/supervision/inspections", office),
                AccessRule.roles("/console/supervision/inspections/**", office),
                AccessRule.roles("/console/supervision/patrol", office),
                AccessRule.roles("/console/supervision/patrol/**", office));
    }
}
