package org.gongkai.web;

import static org.gongkai.TestActors.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;
import org.gongkai.IntegrationTest;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The console menu follows the modules' access rules; units are named through {@link UnitNames} (organisation
 * provides it; an unknown unit falls back to its id).
 */
@IntegrationTest
class ConsoleLayoutTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UnitDirectory units;

    @Test
    void auditorSeesTheAuditLogAndTheirTokensWithTheirUnitsName() throws Exception {
        UnitDirectory.UnitView auditBureau = units.findAll().stream()
                .filter(u -> u.name().endsWith("审计局")).findFirst().orElseThrow();
        mvc.perform(get("/console").with(as(9, "auditor-web-test", Map.of(auditBureau.id(), Set.of(Role.AUDIT_ADMIN)))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("href=\"/console/audit\""), containsString("审计日志"),
                        containsString("href=\"/console/identity/tokens\""),
                        containsString(auditBureau.name()), containsString("审计管理员"))));
    }

    @Test
    void editorDoesNotSeeTheAuditLog() throws Exception {
        mvc.perform(get("/console").with(as(10, "editor-web-test", Map.of(987654L, Set.of(Role.EDITOR)))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        not(containsString("href=\"/console/audit\"")),
                        containsString("href=\"/console/identity/tokens\""),
                        containsString("单位 987654"))));
    }
}
