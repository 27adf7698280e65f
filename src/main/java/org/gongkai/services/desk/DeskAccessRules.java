package org.gongkai.services.desk;

import static org.gongkai.services.desk.DeskApi.CASES;
import static org.gongkai.services.desk.DeskApi.OPINIONS;

import java.util.List;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Role;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Who may call the desk's endpoints: service officers and agents check materials and ask for opinions on their
 * cases; officers answer opinions asked of their units; directors and supervisors read. The data scope is applied
 * by {@link DeskCases} (another unit's case is 404).
 */
@Component
class DeskAccessRules implements AccessRules {

    private static final Role[] READERS = {Role.SERVICE_OFFICER, Role.SERVICE_AGENT, Role.SERVICE_DIRECTOR,
            Role.SUPERVISOR};

    @Override
    public List<AccessRule> rules() {
        return List.of(
                AccessRule.roles(HttpMethod.GET, CASES + "/{caseNumber}/materials", READERS),
                AccessRule.roles(HttpMethod.PUT, CASES + "/{caseNumber}/materials", Role.SERVICE_OFFICER,
                        Role.SERVICE_AGENT),
                AccessRule.roles(HttpMethod.GET, CASES + "/{caseNumber}/opinions", READERS),
                AccessRule.roles(HttpMethod.POST, CASES + "/{caseNumber}/opinions", Role.SERVICE_OFFICER),
                AccessRule.roles(HttpMethod.POST, CASES + "/{caseNumber}/opinions/{id}/answer", Role.SERVICE_OFFICER),
                AccessRule.roles(HttpMethod.GET, OPINIONS, Role.SERVICE_OFFICER),
                AccessRule.roles(HttpMethod.GET, CASES + "/{caseNumber}/documents/{document}", READERS));
    }
}
