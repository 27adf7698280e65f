package org.gongkai.web;

import static org.gongkai.TestActors.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.IntegrationTest;
import org.gongkai.common.AccessRule;
import org.gongkai.common.AccessRule.AccessRules;
import org.gongkai.common.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;

/** The console menu follows the modules' access rules; units are named through {@link UnitNames}. */
@IntegrationTest
class ConsoleLayoutTest {

    @TestConfiguration
    static class Sections {
        @Bean
        AccessRules consoleSectionsForThisTest() {
            return () -> List.of(
                    AccessRule.staff("/console/identity/tokens/**"),
                    AccessRule.roles("/console/audit/**", Role.AUDIT_ADMIN));
        }

        @Bean
        UnitNames unitNamesForThisTest() {
            return id -> id == 77L ? Optional.of("示例县审计局") : Optional.empty();
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void auditorSeesTheAuditLogAndTheirTokensWithTheirUnitsName() throws Exception {
        mvc.perform(get("/console").with(as(9, "auditor-web-test", Map.of(77L, Set.of(Role.AUDIT_ADMIN)))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("href=\"/console/audit\""), containsString("审计日志"),
                        containsString("href=\"/console/identity/tokens\""),
                        containsString("示例县审计局"), containsString("审计管理员"))));
    }

    @Test
    void editorDoesNotSeeTheAuditLog() throws Exception {
        mvc.perform(get("/console").with(as(10, "editor-web-test", Map.of(78L, Set.of(Role.EDITOR)))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        not(containsString("href=\"/console/audit\"")),
                        containsString("href=\"/console/identity/tokens\""),
                        containsString("单位 78"))));
    }
}
