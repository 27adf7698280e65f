package org.gongkai.requests.letters;

import java.util.List;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Role;
import org.springframework.stereotype.Component;

/** Only the system administrator maintains the letter templates. */
@Component
class LettersAccessRules implements AccessRules {

    @Override
    public List<AccessRule> rules() {
        return List.of(AccessRule.roles("/console/requests/letter-templates/**", Role.SYSTEM_ADMIN));
    }
}
