package org.gongkai.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.hotline.HotlineApiIntegrationTest.CENTRE;
import static org.gongkai.hotline.HotlineApiIntegrationTest.FINANCE;
import static org.gongkai.hotline.HotlineApiIntegrationTest.HOUSING;
import static org.gongkai.hotline.HotlineApiIntegrationTest.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The KPI dashboard of issue #12 over three imported tickets of February 2025 (a period no other test uses): the
 * distribution of time used against the limit and of satisfaction beside the rates, the drill-down from each figure to
 * its tickets (API and console), the hot spots by topic and place, the accessible SVG charts, and the scope.
 */
@IntegrationTest
class HotlineKpiDashboardIntegrationTest {

    // T1: a complaint closed the next working day (1 of 10 working days used), satisfied and solved
    static final String T1 = """
            {"category": "COMPLAINT", "channel": "PHONE", "receivedAt": "2025-02-10T09:00:00+08:00", "topic": "噪音",
             "address": "和平路8号",
             "events": [{"type": "DISPATCHED", "at": "2025-02-10T09:10:00+08:00", "unitCode": "%1$s"},
              {"type": "ACCEPTED", "at": "2025-02-10T09:30:00+08:00"},
              {"type": "REPLIED", "at": "2025-02-11T10:00:00+08:00"}, {"type": "CLOSED", "at": "2025-02-11T11:00:00+08:00"},
              {"type": "CALLBACK", "at": "2025-02-12T10:00:00+08:00", "satisfaction": 5, "solved": true}]}"""
            .formatted(HOUSING);
    // T2: a help ticket closed on its 4th of 5 working days; basically satisfied, not solved
    static final String T2 = """
            {"category": "HELP", "channel": "PHONE", "receivedAt": "2025-02-10T15:00:00+08:00", "topic": "噪音",
             "address": "和平路20号",
             "events": [{"type": "DISPATCHED", "at": "2025-02-10T15:10:00+08:00", "unitCode": "%1$s"},
              {"type": "ACCEPTED", "at": "2025-02-10T15:30:00+08:00"},
              {"type": "REPLIED", "at": "2025-02-14T10:00:00+08:00"}, {"type": "CLOSED", "at": "2025-02-14T11:00:00+08:00"},
              {"type": "CALLBACK", "at": "2025-02-17T10:00:00+08:00", "satisfaction": 3, "solved": false}]}"""
            .formatted(HOUSING);
    // T3: a consultation the centre answered a day late (due 02-13, closed 02-14)
    static final String T3 = """
            {"category": "CONSULTATION", "channel": "WEB", "receivedAt": "2025-02-12T10:00:00+08:00", "topic": "社保",
             "events": [{"type": "REPLIED", "at": "2025-02-14T10:00:00+08:00"},
              {"type": "CLOSED", "at": "2025-02-14T10:01:00+08:00"}]}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;

    RequestPostProcessor centre;
    RequestPostProcessor housing;

    @BeforeEach
    void actors() {
        centre = TestActors.as(Role.HOTLINE_OFFICER, units.findByCreditCode(CENTRE).orElseThrow().id());
        housing = TestActors.as(Role.HOTLINE_OFFICER, units.findByCreditCode(HOUSING).orElseThrow().id());
    }

    static final Object LOCK = new Object();
    static boolean imported;

    void importOnce() throws Exception {
        synchronized (LOCK) {
            if (imported) {
                return;
            }
            String body = String.join("\n", List.of(T1, T2, T3).stream().map(l -> l.replace("\n", " ")).toList());
            Map<String, Object> r = json(mvc.perform(post("/api/v1/staff/hotline/tickets/import").with(centre)
                    .contentType("application/x-ndjson").content(body.getBytes(StandardCharsets.UTF_8)))
                    .andExpect(status().isOk()));
            assertThat((List<?>) r.get("ticketNumbers")).hasSize(3);
            imported = true;
        }
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    MockHttpServletRequestBuilder feb(MockHttpServletRequestBuilder r) {
        return r.param("from", "2025-02-01").param("to", "2025-02-28");
    }

    @Test
    @SuppressWarnings("unchecked")
    void distributionsStandBesideTheRatesAndEachFigureDrillsDownToItsTickets() throws Exception {
        importOnce();
        Map<String, Object> report = json(mvc.perform(feb(get("/api/v1/hotline-kpis").with(centre)))
                .andExpect(status().isOk()));
        List<Map<String, Object>> distributions = (List<Map<String, Object>>) report.get("distributions");
        assertThat(distributions).extracting(d -> d.get("code")).containsExactly("ACCEPT_TIME", "ANSWER_TIME",
                "SATISFACTION");
        assertThat(counts(distributions.get(0))).containsExactly(Map.entry("ACCEPTED_ON_TIME", 2),
                Map.entry("ACCEPTED_LATE", 0), Map.entry("RETURNED", 0), Map.entry("NOT_ACCEPTED", 0));
        assertThat(counts(distributions.get(1))).containsExactly(Map.entry("UP_TO_25", 1), Map.entry("UP_TO_50", 0),
                Map.entry("UP_TO_75", 0), Map.entry("UP_TO_100", 1), Map.entry("OVER", 1));
        assertThat(counts(distributions.get(2))).containsExactly(Map.entry("LEVEL_5", 1), Map.entry("LEVEL_4", 0),
                Map.entry("LEVEL_3", 1), Map.entry("LEVEL_2", 0), Map.entry("LEVEL_1", 0));

        Map<String, Object> onTime = json(mvc.perform(feb(get("/api/v1/hotline-kpis/tickets").with(centre))
                .param("indicator", "CLOSED_ON_TIME_RATE").param("part", "NUMERATOR")).andExpect(status().isOk()));
        assertThat(onTime).containsEntry("total", 2);
        assertThat((List<Map<String, Object>>) onTime.get("rows")).extracting(r -> r.get("category"))
                .containsExactly("COMPLAINT", "HELP");
        Map<String, Object> closed = json(mvc.perform(feb(get("/api/v1/hotline-kpis/tickets").with(centre))
                .param("indicator", "CLOSED_ON_TIME_RATE").param("part", "DENOMINATOR")).andExpect(status().isOk()));
        assertThat(closed).containsEntry("total", 3);
        Map<String, Object> unit = json(mvc.perform(feb(get("/api/v1/hotline-kpis/tickets").with(housing))
                .param("unitCode", HOUSING).param("indicator", "RECEIVED")).andExpect(status().isOk()));
        assertThat(unit).containsEntry("total", 2);

        Map<String, Object> spots = json(mvc.perform(feb(get("/api/v1/hotline-kpis/hotspots").with(centre)))
                .andExpect(status().isOk()));
        assertThat((List<Map<String, Object>>) spots.get("byTopic")).extracting(b -> b.get("label") + " " + b.get("count"))
                .containsExactly("噪音 2", "社保 1");
        assertThat((List<Map<String, Object>>) spots.get("byPlace")).extracting(b -> b.get("label") + " " + b.get("count"))
                .containsExactly("和平路 2");
    }

    static List<Map.Entry<Object, Object>> counts(Map<String, Object> distribution) {
        return ((List<?>) distribution.get("buckets")).stream().map(b -> (Map<?, ?>) b)
                .map(b -> Map.entry((Object) b.get("code"), (Object) b.get("count"))).toList();
    }

    @Test
    void theDashboardDrawsAccessibleChartsAndLinksEveryFigure() throws Exception {
        importOnce();
        Document page = FormMarkup.assertWellFormed(html(feb(get("/console/hotline/kpis").with(centre))));
        assertThat(page.select("svg[role=img]")).hasSizeGreaterThanOrEqualTo(5).allSatisfy(svg -> {
            String[] ids = svg.attr("aria-labelledby").split(" ");
            assertThat(ids).hasSize(2);
            assertThat(svg.getElementById(ids[0]).tagName()).isEqualTo("title");
            assertThat(svg.getElementById(ids[1]).text()).isNotBlank();
        });
        assertThat(page.getElementById("rates-desc").text()).contains("按期办结率 66.7%（2 / 3）");
        assertThat(page.getElementById("hotspots-topics").text()).contains("噪音 2");
        String link = page.getElementById("kpi-table").select("a").stream()
                .filter(a -> a.attr("href").contains("CLOSED_ON_TIME_RATE") && a.attr("href").contains("NUMERATOR"))
                .findFirst().orElseThrow().attr("href");
        Document drill = FormMarkup.assertWellFormed(html(get(link).with(centre)));
        assertThat(drill.getElementById("kpi-ticket-total").text()).isEqualTo("2");
        assertThat(drill.select("#kpi-tickets tbody tr")).hasSize(2);

        // a unit's handler: its own unit only, no county-wide choice; a supervisor reads the county
        Document own = FormMarkup.assertWellFormed(html(feb(get("/console/hotline/kpis").with(housing))));
        assertThat(own.select("#unitCode option")).extracting(o -> o.attr("value")).containsExactly(HOUSING);
        mvc.perform(feb(get("/console/hotline/kpis").with(housing)).param("unitCode", FINANCE))
                .andExpect(status().isNotFound());
        RequestPostProcessor supervisor = TestActors.as(Role.SUPERVISOR, units.findByCreditCode(FINANCE).orElseThrow()
                .id());
        mvc.perform(feb(get("/console/hotline/kpis").with(supervisor))).andExpect(status().isOk());
        mvc.perform(feb(get("/console/hotline/kpis").with(TestActors.as(Role.EDITOR, units.findByCreditCode(FINANCE)
                .orElseThrow().id())))).andExpect(status().isForbidden());
    }

    @Test
    void theImportTakesAnAddressForTheHotSpotsAndRefusesAnOversizedOne() throws Exception {
        String line = T3.replace("\n", " ").replace("\"topic\": \"社保\"", "\"topic\": \"社保\", \"address\": \"%s\"")
                .replace("2025-02-", "2024-02-");
        Map<String, Object> refused = json(mvc.perform(post("/api/v1/staff/hotline/tickets/import").with(centre)
                .contentType("application/x-ndjson").content(line.formatted("路".repeat(301))
                        .getBytes(StandardCharsets.UTF_8))).andExpect(status().isUnprocessableContent()));
        assertThat(refused).containsEntry("code", "IMPORT_FAILED");
        assertThat((String) refused.get("detail")).contains("地址");
        List<?> numbers = (List<?>) json(mvc.perform(post("/api/v1/staff/hotline/tickets/import").with(centre)
                .contentType("application/x-ndjson").content(line.formatted("解放街7号").getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())).get("ticketNumbers");
        assertThat(jdbc.sql("SELECT address FROM hotline_ticket WHERE ticket_number = :n").param("n", numbers.get(0))
                .query(String.class).single()).isEqualTo("解放街7号");
    }

    @Test
    void hostileDrillDownsAreRefusedAtTheirField() throws Exception {
        mvc.perform(feb(get("/api/v1/hotline-kpis/tickets").with(centre)).param("indicator", "NOPE"))
                .andExpect(status().isBadRequest());
        mvc.perform(feb(get("/api/v1/hotline-kpis/tickets").with(centre)).param("indicator", "RECEIVED")
                .param("part", "DENOMINATOR")).andExpect(status().isBadRequest());
        mvc.perform(feb(get("/api/v1/hotline-kpis/tickets").with(centre)).param("indicator", "RECEIVED")
                .param("page", "-1")).andExpect(status().isBadRequest());
        mvc.perform(feb(get("/api/v1/hotline-kpis/tickets").with(centre)).param("indicator", "R".repeat(5000)))
                .andExpect(status().is4xxClientError());
        mvc.perform(feb(get("/api/v1/hotline-kpis/tickets").with(centre)).param("indicator", "RECEIVED")
                .param("page", "x")).andExpect(status().isBadRequest());
        mvc.perform(feb(get("/api/v1/hotline-kpis/hotspots").with(housing)).param("unitCode", FINANCE))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/hotline-kpis/hotspots").with(centre).param("from", "2020-01-01")
                .param("to", "2026-01-01")).andExpect(status().isBadRequest());
        mvc.perform(get("/console/hotline/kpis").with(centre).param("from", "kein-datum"))
                .andExpect(status().isOk()); // the page shows the refusal at the field
        mvc.perform(get("/console/hotline/kpis/tickets").with(centre).param("indicator", "RECEIVED"))
                .andExpect(status().isBadRequest());
    }

    String html(MockHttpServletRequestBuilder r) throws Exception {
        return mvc.perform(r).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
