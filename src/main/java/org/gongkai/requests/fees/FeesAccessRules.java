package org.gongkai.requests.fees;

import java.util.List;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Role;
import org.springframework.stereotype.Component;

/** Fee quotes are for the officers who send fee notices and the supervisors who check them. */
@Component
class FeesAccessRules implements AccessRules {

    @Override
    public List<AccessRule> rules() {
        return List.of(AccessRule.roles("/api/v1/staff/fees/**", Role.REQUEST_OFFICER, Role.SUPERVISOR));
    }
}
