package org.gongkai.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.audit.AuditLog.Outcome;
import org.gongkai.common.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The audit log through the running application: only the audit administrator reads or verifies it. */
@IntegrationTest
class AuditApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Test
    void auditAdminSeesAnIntactChain() throws Exception {
        auditLog.recordAs("it-" + UUID.randomUUID(), "IT_CHECK", "Thing", "1", Outcome.SUCCESS, null);

        mvc.perform(get("/api/v1/audit/verify").with(TestActors.as(Role.AUDIT_ADMIN, 1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.checked").isNumber())
                .andExpect(jsonPath("$.firstBrokenSeq").doesNotExist());
    }

    @Test
    void otherAdministratorsAndStaffCannotReadTheLog() throws Exception {
        for (Role role : new Role[] {Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.EDITOR}) {
            mvc.perform(get("/api/v1/audit/verify").with(TestActors.as(role, 1))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/audit/records").with(TestActors.as(role, 1))).andExpect(status().isForbidden());
            mvc.perform(get("/console/audit").with(TestActors.as(role, 1))).andExpect(status().isForbidden());
        }
    }

    @Test
    void tamperedRowIsReportedThroughTheApi() throws Exception {
        String actor = "it-" + UUID.randomUUID();
        auditLog.recordAs(actor, "IT_TAMPER", "Thing", "1", Outcome.SUCCESS, "原文");
        auditLog.recordAs(actor, "IT_TAMPER", "Thing", "2", Outcome.SUCCESS, "原文");
        long seq = jdbc.sql("SELECT MIN(seq) FROM audit_record WHERE actor = ?").param(actor).query(Long.class).single();
        try {
            jdbc.sql("UPDATE audit_record SET detail = '改过' WHERE seq = ?").param(seq).update();

            mvc.perform(get("/api/v1/audit/verify").with(TestActors.as(Role.AUDIT_ADMIN, 1)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.firstBrokenSeq").value(seq))
                    .andExpect(jsonPath("$.reason").isString());
        } finally {
            jdbc.sql("UPDATE audit_record SET detail = '原文' WHERE seq = ?").param(seq).update();
        }
        mvc.perform(get("/api/v1/audit/verify").with(TestActors.as(Role.AUDIT_ADMIN, 1)))
                .andExpect(jsonPath("$.intact").value(true));
    }

    @Test
    void recordsAreFilteredAndPaged() throws Exception {
        String actor = "it-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            auditLog.recordAs(actor, "IT_PAGED", "Thing", "p" + i, Outcome.FAILURE, null);
        }

        mvc.perform(get("/api/v1/audit/records").param("actor", actor).param("size", "2")
                        .with(TestActors.as(Role.AUDIT_ADMIN, 1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].objectId").value("p2"))
                .andExpect(jsonPath("$.items[0].outcome").value("FAILURE"));
    }

    @Test
    void badFilterDateIsRefusedWithProblemJson() throws Exception {
        mvc.perform(get("/api/v1/audit/records").param("from", "2026-13-01").with(TestActors.as(Role.AUDIT_ADMIN, 1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_DATE"))
                .andExpect(jsonPath("$.field").value("from"));
    }

    @Test
    void actionsInARequestCarryTheActorAndSourceAddress() throws Exception {
        mvc.perform(post("/console/audit/verify").with(csrf())
                        .with(TestActors.as(42, "auditor-" + UUID.randomUUID(), Map.of(7L, java.util.Set.of(Role.AUDIT_ADMIN))))
                        .with(r -> { r.setRemoteAddr("203.0.113.9"); return r; }))
                .andExpect(status().is3xxRedirection());

        var row = jdbc.sql("SELECT actor, actor_unit_id, source_address FROM audit_record WHERE action = 'AUDIT_VERIFIED' ORDER BY seq DESC LIMIT 1")
                .query().singleRow();
        assertThat((String) row.get("actor")).startsWith("auditor-");
        assertThat(((Number) row.get("actor_unit_id")).longValue()).isEqualTo(7L);
        assertThat(row.get("source_address")).isEqualTo("203.0.113.9");
    }

    @Test
    void consoleShowsTheVerificationResult() throws Exception {
        mvc.perform(get("/console/audit").with(TestActors.as(Role.AUDIT_ADMIN, 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("校验完整性")));
        mvc.perform(get("/console/audit").param("from", "昨天").with(TestActors.as(Role.AUDIT_ADMIN, 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("from-error")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"昨天\"")));
    }
}
