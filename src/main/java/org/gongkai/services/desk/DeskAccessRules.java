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
 * Who may call the desk's endpoints: anyone may look up a case with its number and query code (portal); service
 * officers and agents take cases in and check materials; officers act on their cases, ask for opinions and answer
 * those asked of their units; directors and supervisors read. The data scope is applied
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
                AccessRule.roles(HttpMethod.GET, CASES + "/{caseNumber}/documents/{document}", READERS),
                AccessRule.roles(DeskIntakePages.NEW, Role.SERVICE_OFFICER, Role.SERVICE_AGENT),
                AccessRule.publicAccess(DeskPortalPages.STATUS),
                AccessRule.publicAccess(HttpMethod.POST, DeskPortalPages.STATUS + "/receipt"),
                AccessRule.roles(HttpMethod.GET, DeskConsolePages.CASES, READERS),
                AccessRule.roles(HttpMethod.GET, DeskConsolePages.CASES + "/{caseNumber}", READERS),
                AccessRule.roles(HttpMethod.GET, DeskConsolePages.CASES + "/{caseNumber}/documents/{document}",
                        READERS),
                AccessRule.roles(HttpMethod.POST, DeskConsolePages.CASES + "/{caseNumber}/reveal", READERS),
                AccessRule.roles(HttpMethod.POST, DeskConsolePages.CASES + "/{caseNumber}/{action}",
                        Role.SERVICE_OFFICER, Role.SERVICE_AGENT),
                AccessRule.roles(DeskConsolePages.OPINIONS, Role.SERVICE_OFFICER),
                AccessRule.roles(HttpMethod.POST, DeskConsolePages.OPINIONS + "/{caseNumber}/{id}",
                        Role.SERVICE_OFFICER));
    }
}
