package org.gongkai.notify;

import java.util.List;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Role;
import org.springframework.stereotype.Component;

/**
 * Who may open notify's pages: every signed-in staff member their own inbox (the handler only ever reads and marks
 * the signed-in person's messages); the system administrator the message templates. Everything else is denied.
 */
@Component
class NotifyAccessRules implements AccessRules {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                AccessRule.staff("/console/inbox"),
                AccessRule.staff("/console/inbox/**"),
                AccessRule.roles("/console/notify/templates", Role.SYSTEM_ADMIN),
                AccessRule.roles("/console/notify/templates/**", Role.SYSTEM_ADMIN));
    }
}
