package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The ledger import with an {@code Idempotency-Key}: a retry returns the first tracking numbers and imports
 * nothing again; the same key with another ledger is refused; once the key expired, it is a new import.
 */
@IntegrationTest
class LedgerImportIdempotencyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;
    @Autowired
    JdbcClient jdbc;

    String ledger(String name) {
        return ("{\"applicantType\": \"NATURAL_PERSON\", \"applicantName\": \"%s\", \"unitCode\": \"%s\", "
                + "\"channel\": \"LETTER\", \"receivedOn\": \"2019-03-01\", \"description\": \"幂等导入\", \"events\": [], "
                + "\"decisionCode\": \"DISCLOSED\", \"decidedOn\": \"2019-03-15\", \"reviews\": []}\n")
                .formatted(name, LedgerImportIntegrationTest.OFFICE);
    }

    String send(String key, String body, int expected) throws Exception {
        return mvc.perform(post("/api/v1/staff/disclosure-requests/import")
                        .with(TestActors.as(Role.REQUEST_OFFICER,
                                units.findByCreditCode(LedgerImportIntegrationTest.OFFICE).orElseThrow().id()))
                        .header("Idempotency-Key", key).contentType("application/x-ndjson").content(body))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aRetryReturnsTheFirstTrackingNumbersAndImportsNothingAgain() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = ledger("幂等" + key.substring(0, 6));
        long before = count();
        String first = send(key, body, 200);
        String second = send(key, body, 200);
        assertThat(second).isEqualTo(first);
        assertThat(count()).isEqualTo(before + 1);

        mvc.perform(post("/api/v1/staff/disclosure-requests/import")
                        .with(TestActors.as(Role.REQUEST_OFFICER,
                                units.findByCreditCode(LedgerImportIntegrationTest.OFFICE).orElseThrow().id()))
                        .header("Idempotency-Key", key).contentType("application/x-ndjson").content(ledger("别人")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("IDEMPOTENCY_KEY_REUSED"));
        assertThat(count()).isEqualTo(before + 1);

        // an expired key is forgotten: the same call is a new import
        jdbc.sql("UPDATE imports_idempotency SET expires_at = created_at WHERE idem_key = ?").param(key).update();
        assertThat(send(key, body, 200)).isNotEqualTo(first);
        assertThat(count()).isEqualTo(before + 2);
    }

    @Test
    void aKeyTooLongIsRefusedAtTheHeader() throws Exception {
        mvc.perform(post("/api/v1/staff/disclosure-requests/import")
                        .with(TestActors.as(Role.REQUEST_OFFICER,
                                units.findByCreditCode(LedgerImportIntegrationTest.OFFICE).orElseThrow().id()))
                        .header("Idempotency-Key", "k".repeat(201)).contentType("application/x-ndjson")
                        .content(ledger("长键")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("Idempotency-Key"));
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM requests_request").query(Long.class).single();
    }
}
