package org.gongkai.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The KPI table of issue #12 over imported tickets: every indicator's numerator and denominator for the county and
 * per unit (a dispatch counts for the unit it went to, every other row for the unit last dispatched to), and the
 * import's own refusals. The expected figures are counted by hand from the lines below.
 */
@IntegrationTest
class HotlineKpiIntegrationTest {

    static final String HOUSING = HotlineApiIntegrationTest.HOUSING;
    static final String FINANCE = HotlineApiIntegrationTest.FINANCE;

    // A: a complaint accepted within the hour, closed on time, satisfied and solved
    static final String A = """
            {"category": "COMPLAINT", "urgency": "NORMAL", "channel": "PHONE", "receivedAt": "2026-03-02T09:00:00+08:00",
             "callerPhone": "13500000001", "topic": "路灯", "events": [
              {"type": "DISPATCHED", "at": "2026-03-02T09:10:00+08:00", "unitCode": "%1$s"},
              {"type": "ACCEPTED", "at": "2026-03-02T09:40:00+08:00"},
              {"type": "REPLIED", "at": "2026-03-05T10:00:00+08:00"},
              {"type": "CLOSED", "at": "2026-03-06T10:00:00+08:00"},
              {"type": "CALLBACK", "at": "2026-03-07T10:00:00+08:00", "satisfaction": 5, "solved": true}]}"""
            .formatted(HOUSING);
    // B: the same caller on the same topic the next day; returned by finance, accepted late by housing, closed late
    static final String B = """
            {"category": "HELP", "urgency": "NORMAL", "channel": "PHONE", "receivedAt": "2026-03-03T10:00:00+08:00",
             "callerPhone": "13500000001", "topic": "路灯", "events": [
              {"type": "DISPATCHED", "at": "2026-03-03T10:05:00+08:00", "unitCode": "%2$s"},
              {"type": "RETURNED", "at": "2026-03-03T11:00:00+08:00"},
              {"type": "DISPATCHED", "at": "2026-03-03T14:00:00+08:00", "unitCode": "%1$s"},
              {"type": "ACCEPTED", "at": "2026-03-05T09:00:00+08:00"},
              {"type": "URGED", "at": "2026-03-12T09:00:00+08:00"},
              {"type": "REPLIED", "at": "2026-03-20T10:00:00+08:00"},
              {"type": "CLOSED", "at": "2026-03-20T11:00:00+08:00"},
              {"type": "CALLBACK", "at": "2026-03-21T10:00:00+08:00", "satisfaction": 2, "solved": false}]}"""
            .formatted(HOUSING, FINANCE);
    // C: a consultation the centre answered itself, no caller number
    static final String C = """
            {"category": "CONSULTATION", "channel": "WEB", "receivedAt": "2026-03-04T10:00:00+08:00", "events": [
              {"type": "REPLIED", "at": "2026-03-04T10:30:00+08:00"},
              {"type": "CLOSED", "at": "2026-03-04T10:31:00+08:00"},
              {"type": "CALLBACK", "at": "2026-03-05T09:00:00+08:00", "satisfaction": 4, "solved": true}]}""";
    // D: outside the period
    static final String D = """
            {"category": "SUGGESTION", "channel": "LETTER", "receivedAt": "2026-04-02T10:00:00+08:00",
             "callerPhone": "13500000001", "topic": "路灯", "events": []}""";
    // E: still open: its due date comes from the same clock (15 working days, 端午节 19 June skipped)
    static final String E = """
            {"category": "REPORT", "channel": "PHONE", "receivedAt": "2026-06-01T10:00:00+08:00", "events": [
              {"type": "DISPATCHED", "at": "2026-06-01T10:30:00+08:00", "unitCode": "%1$s"}]}""".formatted(HOUSING);

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;

    RequestPostProcessor centre;
    RequestPostProcessor housing;

    @BeforeEach
    void actors() {
        centre = TestActors.as(Role.HOTLINE_OFFICER, units.findByCreditCode(HotlineApiIntegrationTest.CENTRE)
                .orElseThrow().id());
        housing = TestActors.as(Role.HOTLINE_OFFICER, units.findByCreditCode(HOUSING).orElseThrow().id());
    }

    static Map<String, Object> json(ResultActions r) throws Exception {
        return JsonMapper.builder().build().readValue(r.andReturn().getResponse().getContentAsString(
                StandardCharsets.UTF_8), new TypeReference<>() {});
    }

    ResultActions importLines(RequestPostProcessor who, String... lines) throws Exception {
        String body = String.join("\n", java.util.Arrays.stream(lines).map(l -> l.replace("\n", " ")).toList());
        return mvc.perform(post("/api/v1/staff/hotline/tickets/import").with(who)
                .contentType("application/x-ndjson").content(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** code → "numerator/denominator" (or the count for RECEIVED). */
    Map<String, String> kpis(String unitCode) throws Exception {
        var request = get("/api/v1/hotline-kpis").with(centre).param("from", "2026-03-01").param("to", "2026-03-31");
        if (unitCode != null) {
            request = request.param("unitCode", unitCode);
        }
        Map<String, Object> answer = json(mvc.perform(request).andExpect(status().isOk()));
        Map<String, String> out = new LinkedHashMap<>();
        for (Object o : (List<?>) answer.get("indicators")) {
            Map<?, ?> i = (Map<?, ?>) o;
            out.put((String) i.get("code"), i.get("denominator") == null ? String.valueOf(i.get("numerator"))
                    : i.get("numerator") + "/" + i.get("denominator"));
        }
        return out;
    }

    @Test
    void theKpiTableOverImportedTickets() throws Exception {
        Map<String, Object> imported = json(importLines(centre, A, B, C, D, E).andExpect(status().isOk()));
        List<?> numbers = (List<?>) imported.get("ticketNumbers");
        assertThat(numbers).hasSize(5);

        Map<String, String> county = kpis(null);
        assertThat(county).containsEntry("RECEIVED", "3").containsEntry("ACCEPTED_ON_TIME_RATE", "1/3")
                .containsEntry("CLOSED_ON_TIME_RATE", "2/3").containsEntry("SOLVED_RATE", "2/3")
                .containsEntry("SATISFACTION_RATE", "2/3").containsEntry("RETURN_RATE", "1/3")
                .containsEntry("REPEAT_CALL_RATE", "1/2").hasSize(7);
        assertThat(kpis(HOUSING)).containsEntry("RECEIVED", "2").containsEntry("ACCEPTED_ON_TIME_RATE", "1/2")
                .containsEntry("CLOSED_ON_TIME_RATE", "1/2").containsEntry("SOLVED_RATE", "1/2")
                .containsEntry("SATISFACTION_RATE", "1/2").containsEntry("RETURN_RATE", "0/2")
                .containsEntry("REPEAT_CALL_RATE", "1/2");
        assertThat(kpis(FINANCE)).containsEntry("RECEIVED", "0").containsEntry("ACCEPTED_ON_TIME_RATE", "0/1")
                .containsEntry("RETURN_RATE", "1/1").containsEntry("CLOSED_ON_TIME_RATE", "0/0");

        Map<String, Object> open = json(mvc.perform(get("/api/v1/staff/hotline/tickets/" + numbers.get(4))
                .with(centre)).andExpect(status().isOk()));
        assertThat(open).containsEntry("status", "DISPATCHED").containsEntry("dueDate", "2026-06-23")
                .containsEntry("overdue", false);
        Map<String, Object> late = json(mvc.perform(get("/api/v1/staff/hotline/tickets/" + numbers.get(1))
                .with(centre)).andExpect(status().isOk()));
        assertThat(late).containsEntry("status", "CALLED_BACK").containsEntry("overdue", true)
                .containsEntry("urgeCount", 1);
    }

    @Test
    void theImportIsAllOrNothingAndOnlyForTheCentre() throws Exception {
        importLines(housing, C).andExpect(status().isForbidden());
        Map<String, Object> bad = json(importLines(centre, C, C.replace("\"REPLIED\"", "\"ACCEPTED\""))
                .andExpect(status().isUnprocessableContent()));
        assertThat(bad).containsEntry("code", "IMPORT_FAILED");
        assertThat((String) bad.get("detail")).startsWith("第 2 行");
        Map<String, Object> malformed = json(importLines(centre, "{\"category\": ").andExpect(
                status().isUnprocessableContent()));
        assertThat(malformed).containsEntry("code", "IMPORT_FAILED");
        importLines(centre, C.replace("2026-03-04T10:00:00+08:00", "2027-01-01T10:00:00+08:00"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void aUnitReadsOnlyItsOwnKpisAndThePeriodIsChecked() throws Exception {
        mvc.perform(get("/api/v1/hotline-kpis").with(housing).param("unitCode", HOUSING).param("from", "2026-01-01")
                .param("to", "2026-01-31")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/hotline-kpis").with(housing).param("unitCode", FINANCE).param("from", "2026-01-01")
                .param("to", "2026-01-31")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/hotline-kpis").with(housing).param("from", "2026-01-01").param("to", "2026-01-31"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/hotline-kpis").with(centre).param("from", "2026-02-01").param("to", "2026-01-31"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/hotline-kpis").with(centre).param("from", "notadate").param("to", "2026-01-31"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/hotline-kpis").param("from", "2026-01-01").param("to", "2026-01-31"))
                .andExpect(status().is4xxClientError());
    }
}
