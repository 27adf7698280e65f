package org.gongkai.audit;

import java.util.List;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Role;
import org.springframework.stereotype.Component;

/** Only the audit administrator reads, verifies and purges the log — not the other two administrators. */
@Component
class AuditAccessRules implements AccessRules {

    @Override
    public List<AccessRule> rules() {
        return List.of(
                AccessRule.roles("/console/audit/**", Role.AUDIT_ADMIN),
                AccessRule.roles("/api/v1/audit/**", Role.AUDIT_ADMIN));
    }
}
