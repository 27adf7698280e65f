package org.gongkai.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.TestActors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.IntegrationTest;
import org.gongkai.audit.RefusalLog;
import org.gongkai.common.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue #8 class 6: every kind of refusal leaves a REFUSED audit record with actor, source, path and reason,
 * aggregated with a count; the audit admin filters by outcome in the console and the API.
 */
@IntegrationTest
class RefusalAuditTest {

    static final AtomicInteger NEXT = new AtomicInteger(1);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired RefusalLog refusals;
    @Autowired ObjectMapper json;

    /** Every test sends from its own address, so its records are found by source. */
    static String newSource() {
        return "192.0.2." + NEXT.getAndIncrement();
    }

    static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request, String source) {
        return request.with(r -> {
            r.setRemoteAddr(source);
            return r;
        });
    }

    record Row(String actor, String action, String objectType, String objectId, String detail) {}

    List<Row> refused(String source) {
        refusals.flush();
        return jdbc.sql("SELECT actor, action, object_type, object_id, detail FROM audit_record"
                        + " WHERE outcome = 'REFUSED' AND source_address = ? ORDER BY seq")
                .param(source)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    static long count(String detail) {
        return Long.parseLong(detail.substring("count=".length(), detail.indexOf(';')));
    }

    @Test
    void aForbiddenPageIsRecordedWithActorSourcePathAndReason() throws Exception {
        String source = newSource();
        mvc.perform(from(get("/console/identity/accounts"), source)
                .with(as(-1, "editor-403", Map.of(1L, Set.of(Role.EDITOR)))));
        assertThat(refused(source)).singleElement().satisfies(r -> {
            assertThat(r.actor()).isEqualTo("editor-403");
            assertThat(r.action()).isEqualTo("ACCESS_DENIED");
            assertThat(r.detail()).startsWith("count=1;").contains("path=GET /console/identity/accounts");
        });
    }

    @Test
    void twoHundredIdenticalForbiddenRequestsLeaveOneCountedRecord() throws Exception {
        String source = newSource();
        refusals.flush();
        for (int i = 0; i < 200; i++) {
            mvc.perform(from(get("/api/v1/audit/records"), source)
                    .with(as(-1, "editor-flood", Map.of(1L, Set.of(Role.EDITOR)))));
        }
        List<Row> rows = refused(source);
        // one record per minute: 200 requests may straddle a minute boundary on the real clock
        assertThat(rows).hasSizeBetween(1, 2).allMatch(r -> r.action().equals("ACCESS_DENIED"));
        assertThat(rows.stream().mapToLong(r -> count(r.detail())).sum()).isEqualTo(200);
    }

    @Test
    void unauthenticatedApiCallsAndDeadTokensAreRecorded() throws Exception {
        String source = newSource();
        mvc.perform(from(get("/api/v1/identity/me"), source));
        mvc.perform(from(get("/api/v1/identity/me").header("Authorization", "Bearer gk_forged"), source));
        assertThat(refused(source)).hasSize(2).allMatch(r -> r.action().equals("UNAUTHENTICATED"));
    }

    @Test
    void aCsrfRejectionIsRecorded() throws Exception {
        String source = newSource();
        mvc.perform(from(post("/console/identity/password").param("password", "x"), source)
                .with(as(-1, "editor-csrf", Map.of(1L, Set.of(Role.EDITOR)))));
        assertThat(refused(source)).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("CSRF_REJECTED");
            assertThat(r.actor()).isEqualTo("editor-csrf");
        });
    }

    @Test
    void aRateLimitedRequestIsRecorded() throws Exception {
        String source = newSource();
        long limited = 0;
        for (int i = 0; i < 14; i++) {
            int status = mvc.perform(from(post("/login").with(csrf()).param("username", "nobody").param("password", "x"),
                    source)).andReturn().getResponse().getStatus();
            limited += status == 429 ? 1 : 0;
        }
        assertThat(limited).isPositive(); // the bucket refills while we send: count what was refused
        List<Row> rows = refused(source);
        assertThat(rows).isNotEmpty().allMatch(r -> r.action().equals("RATE_LIMITED"));
        assertThat(rows.stream().mapToLong(r -> count(r.detail())).sum()).isEqualTo(limited);
    }

    @Test
    void anotherUnitsRecordAnswers404AndIsRecordedAsOutOfScope() throws Exception {
        long[] units = jdbc.sql("SELECT unit_id FROM catalogue_document GROUP BY unit_id ORDER BY unit_id LIMIT 2")
                .query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
        long document = jdbc.sql("SELECT MIN(id) FROM catalogue_document WHERE unit_id = ?").param(units[0])
                .query(Long.class).single();
        String source = newSource();
        int status = mvc.perform(from(get("/console/catalogue/{id}", document), source)
                        .with(as(-1, "editor-scope", Map.of(units[1], Set.of(Role.EDITOR)))))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(404);
        assertThat(refused(source)).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("OUT_OF_SCOPE");
            assertThat(r.objectType()).isEqualTo("Document");
            assertThat(r.objectId()).isEqualTo(String.valueOf(document));
        });
        // a record that does not exist at all is a plain 404, not a refusal
        String other = newSource();
        mvc.perform(from(get("/console/catalogue/{id}", 987_654_321L), other)
                .with(as(-1, "editor-scope", Map.of(units[1], Set.of(Role.EDITOR)))));
        assertThat(refused(other)).isEmpty();
    }

    @Test
    void theAuditAdminFiltersByOutcomeInTheApiAndTheConsole() throws Exception {
        String source = newSource();
        mvc.perform(from(get("/console/identity/accounts"), source).with(as(Role.EDITOR, 1L)));
        String body = mvc.perform(get("/api/v1/audit/records").param("outcome", "REFUSED").param("size", "200")
                .with(as(Role.AUDIT_ADMIN, 1L))).andReturn().getResponse().getContentAsString();
        JsonNode items = json.readTree(body).get("items");
        assertThat(items.size()).isPositive();
        items.forEach(item -> assertThat(item.get("outcome").asString()).isEqualTo("REFUSED"));
        assertThat(body).contains(source);

        String page = mvc.perform(get("/console/audit").param("outcome", "REFUSED").with(as(Role.AUDIT_ADMIN, 1L)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<option value=\"REFUSED\" selected=\"selected\">拒绝</option>").contains(source)
                .doesNotContain("<td>成功</td>");
    }
}
