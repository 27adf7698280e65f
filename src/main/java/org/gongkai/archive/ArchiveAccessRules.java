package org.gongkai.archive;

import java.util.List;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Role;
import org.springframework.stereotype.Component;

/** The full export holds every applicant's data in clear: the system administrator only. */
@Component
class ArchiveAccessRules implements AccessRules {

    @Override
    public List<AccessRule> rules() {
        return List.of(AccessRule.roles("/api/v1/admin/archive", Role.SYSTEM_ADMIN),
                AccessRule.roles("/console/archive", Role.SYSTEM_ADMIN),
                AccessRule.roles("/console/archive/**", Role.SYSTEM_ADMIN));
    }
}
