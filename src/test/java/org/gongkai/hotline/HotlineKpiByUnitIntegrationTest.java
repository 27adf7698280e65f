package org.gongkai.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.hotline.HotlineApiIntegrationTest.CENTRE;
import static org.gongkai.hotline.HotlineApiIntegrationTest.ENVIRONMENT;
import static org.gongkai.hotline.HotlineApiIntegrationTest.FINANCE;
import static org.gongkai.hotline.HotlineApiIntegrationTest.HOUSING;
import static org.gongkai.hotline.HotlineApiIntegrationTest.json;
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
import org.gongkai.web.FormMarkup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue #12's "per unit, with numerator, denominator, distribution and drill-down", over tickets imported into
 * November 2025 (a period no other test uses): what the units did with the dispatches (accepted in time, late,
 * returned, not yet) adds up to the accept and return rates' denominator; the county's figures spread over the units
 * (each unit's numerators and denominators add up to the county's, co-units are not dispatches); every unit's figure
 * links to its tickets; and the historical import takes joint handling (co-units and their parts).
 */
@IntegrationTest
class HotlineKpiByUnitIntegrationTest {

    // T4: dispatched to 住建局, returned, redispatched to 生态环境局, which accepts a day late
    static final String T4 = """
            {"category": "HELP", "channel": "PHONE", "receivedAt": "2025-11-03T09:00:00+08:00", "topic": "噪音扰民",
             "events": [{"type": "DISPATCHED", "at": "2025-11-03T09:10:00+08:00", "unitCode": "%1$s"},
              {"type": "RETURNED", "at": "2025-11-03T09:40:00+08:00"},
              {"type": "DISPATCHED", "at": "2025-11-03T10:00:00+08:00", "unitCode": "%2$s"},
              {"type": "ACCEPTED", "at": "2025-11-04T15:00:00+08:00"}]}""".formatted(HOUSING, ENVIRONMENT);
    // T5: dispatched to 财政局, never accepted
    static final String T5 = """
            {"category": "HELP", "channel": "PHONE", "receivedAt": "2025-11-05T09:00:00+08:00",
             "events": [{"type": "DISPATCHED", "at": "2025-11-05T09:05:00+08:00", "unitCode": "%1$s"}]}"""
            .formatted(FINANCE);
    // T6: joint handling: 住建局 leads, 财政局 gives its part, 住建局 accepts in time and replies; closed
    static final String T6 = """
            {"category": "COMPLAINT", "channel": "PHONE", "receivedAt": "2025-11-06T09:00:00+08:00",
             "events": [{"type": "DISPATCHED", "at": "2025-11-06T09:05:00+08:00", "unitCode": "%1$s",
               "coUnitCodes": ["%2$s"]},
              {"type": "ACCEPTED", "at": "2025-11-06T09:20:00+08:00"},
              {"type": "CO_PART", "at": "2025-11-07T09:00:00+08:00", "unitCode": "%2$s"},
              {"type": "REPLIED", "at": "2025-11-10T09:00:00+08:00"},
              {"type": "CLOSED", "at": "2025-11-10T10:00:00+08:00"}]}""".formatted(HOUSING, FINANCE);

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;
    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor centre;

    @BeforeEach
    void actors() {
        centre = TestActors.as(Role.HOTLINE_OFFICER, units.findByCreditCode(CENTRE).orElseThrow().id());
    }

    static final Object LOCK = new Object();
    static List<String> imported;

    ResultActions importLines(String... lines) throws Exception {
        String body = String.join("\n", List.of(lines).stream().map(l -> l.replace("\n", " ")).toList());
        return mvc.perform(post("/api/v1/staff/hotline/tickets/import").with(centre)
                .contentType("application/x-ndjson").content(body.getBytes(StandardCharsets.UTF_8)));
    }

    @SuppressWarnings("unchecked")
    List<String> importOnce() throws Exception {
        synchronized (LOCK) {
            if (imported == null) {
                imported = (List<String>) json(importLines(T4, T5, T6).andExpect(status().isOk())).get("ticketNumbers");
            }
            return imported;
        }
    }

    ResultActions november(String path) throws Exception {
        return mvc.perform(get(path).with(centre).param("from", "2025-11-01").param("to", "2025-11-30"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDispatchesSpreadOverWhatTheUnitsDidAndTheCountyOverTheUnits() throws Exception {
        importOnce();
        Map<String, Object> report = json(november("/api/v1/hotline-kpis").andExpect(status().isOk()));
        Map<String, Object> accept = ((List<Map<String, Object>>) report.get("distributions")).get(0);
        assertThat(accept.get("code")).isEqualTo("ACCEPT_TIME");
        assertThat(HotlineKpiDashboardIntegrationTest.counts(accept)).containsExactly(
                Map.entry("ACCEPTED_ON_TIME", 1), Map.entry("ACCEPTED_LATE", 1), Map.entry("RETURNED", 1),
                Map.entry("NOT_ACCEPTED", 1));
        assertThat(figure((List<Map<String, Object>>) report.get("indicators"), "ACCEPTED_ON_TIME_RATE"))
                .isEqualTo("1/4");
        assertThat(figure((List<Map<String, Object>>) report.get("indicators"), "RETURN_RATE")).isEqualTo("1/4");

        // per unit: a dispatch counts for the unit it went to (the co-unit 财政局 of T6 is not dispatched to),
        // every other row for the unit last dispatched to
        Map<String, String> acceptedOnTime = new LinkedHashMap<>();
        Map<String, String> returned = new LinkedHashMap<>();
        Map<String, String> received = new LinkedHashMap<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) report.get("units")) {
            List<Map<String, Object>> figures = (List<Map<String, Object>>) row.get("indicators");
            String unit = String.valueOf(row.get("unitCode"));
            acceptedOnTime.put(unit, figure(figures, "ACCEPTED_ON_TIME_RATE"));
            returned.put(unit, figure(figures, "RETURN_RATE"));
            received.put(unit, figure(figures, "RECEIVED"));
        }
        assertThat(acceptedOnTime).containsOnly(Map.entry(HOUSING, "1/2"), Map.entry(ENVIRONMENT, "0/1"),
                Map.entry(FINANCE, "0/1"));
        assertThat(returned).containsOnly(Map.entry(HOUSING, "1/2"), Map.entry(ENVIRONMENT, "0/1"),
                Map.entry(FINANCE, "0/1"));
        assertThat(received).containsOnly(Map.entry(HOUSING, "1/null"), Map.entry(ENVIRONMENT, "1/null"),
                Map.entry(FINANCE, "1/null"));

        // a unit's own report has its distribution and no per-unit table
        Map<String, Object> own = json(mvc.perform(get("/api/v1/hotline-kpis").with(centre).param("unitCode", HOUSING)
                .param("from", "2025-11-01").param("to", "2025-11-30")).andExpect(status().isOk()));
        assertThat((List<?>) own.get("units")).isEmpty();
        assertThat(HotlineKpiDashboardIntegrationTest.counts(((List<Map<String, Object>>) own.get("distributions"))
                .get(0))).containsExactly(Map.entry("ACCEPTED_ON_TIME", 1), Map.entry("ACCEPTED_LATE", 0),
                        Map.entry("RETURNED", 1), Map.entry("NOT_ACCEPTED", 0));
    }

    static String figure(List<Map<String, Object>> indicators, String code) {
        Map<String, Object> i = indicators.stream().filter(x -> code.equals(x.get("code"))).findFirst().orElseThrow();
        return i.get("numerator") + "/" + i.get("denominator");
    }

    @Test
    void theDashboardTabulatesTheUnitsAndEachFigureDrillsDownToThatUnitsTickets() throws Exception {
        List<String> numbers = importOnce();
        Document page = FormMarkup.assertWellFormed(november("/console/hotline/kpis").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.getElementById("kpi-units").text()).contains("示例县住房和城乡建设局").contains("示例县财政局");
        assertThat(page.getElementById("dist-ACCEPT_TIME")).isNotNull();
        String link = page.getElementById("kpi-units").select("a").stream()
                .filter(a -> a.attr("href").contains("unitCode=" + HOUSING) && a.attr("href").contains("RETURN_RATE")
                        && a.attr("href").contains("NUMERATOR"))
                .findFirst().orElseThrow().attr("href");
        Document drill = FormMarkup.assertWellFormed(mvc.perform(get(link).with(centre)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(drill.getElementById("kpi-ticket-total").text()).isEqualTo("1");
        assertThat(drill.getElementById("kpi-tickets").text()).contains(numbers.get(0));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theImportTakesCoUnitsAndTheirPartsAndRefusesAReplyWhileAPartIsMissing() throws Exception {
        String joint = importOnce().get(2);
        Map<String, Object> ticket = json(mvc.perform(get("/api/v1/staff/hotline/tickets/" + joint).with(centre))
                .andExpect(status().isOk()));
        assertThat(ticket.get("status")).isEqualTo("CLOSED");
        assertThat((List<Map<String, Object>>) ticket.get("coUnits")).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("unitCode", FINANCE).containsEntry("part", "历史台账导入"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hotline_co_unit c JOIN hotline_ticket t ON t.id = c.ticket_id"
                + " WHERE t.ticket_number = :n AND c.part_at IS NOT NULL").param("n", joint).query(Long.class).single())
                .isEqualTo(1);

        String noPart = T6.replace("""
                {"type": "CO_PART", "at": "2025-11-07T09:00:00+08:00", "unitCode": "%s"},""".formatted(FINANCE), "");
        assertThat(noPart).isNotEqualTo(T6);
        String refused = importLines(noPart).andExpect(status().is4xxClientError()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("协办");
        String sixCoUnits = T6.replace("\"coUnitCodes\": [\"" + FINANCE + "\"]", "\"coUnitCodes\": [\"" + FINANCE
                + "\", \"" + ENVIRONMENT + "\", \"a\", \"b\", \"c\", \"d\"]");
        assertThat(importLines(sixCoUnits).andExpect(status().is4xxClientError()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("协办单位最多 5 个");
    }
}
