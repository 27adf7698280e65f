package org.gongkai.supervision.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.supervision.IndicatorTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #15's proof: a month (April 2022) of documents and disclosure requests imported through the existing import
 * APIs for four units, and the indicator table checked against figures computed by hand — every numerator and
 * denominator, the value, the score and the rank (a tie shares a rank) — then the read model emptied and rebuilt
 * from the persisted events with the same figures. April 2022 has 清明 off on 04-04 and 04-05 and Saturday 04-02 as a
 * working day: a document written on 2022-03-10 is due on its 20th working day, 2022-04-08 (without the calendar it
 * would be 04-07).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorTableIntegrationTest {

    static final String OFFICE = "11990101100100148H"; // 县政府办: the demo supervisor's unit
    static final String FINANCE = "119901011001002878"; // 财政局 (A)
    static final String HOUSING = "119901011001003591"; // 住建局 (B)
    static final String CIVIL = "1199010110010056XB"; // 民政局 (C)
    static final String EDUCATION = "11990101100100842N"; // 教育局 (D)

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IndicatorTable.Tables tables;

    final JsonMapper json = JsonMapper.builder().build();

    long id(String code) {
        return units.findByCreditCode(code).orElseThrow().id();
    }

    RequestPostProcessor supervisor() {
        return TestActors.as(Role.SUPERVISOR, id(OFFICE));
    }

    static String doc(String publisher, String title, String number, String writtenOn, String publishedOn) {
        return ("{\"title\": \"%s\", \"publisherCode\": \"%s\", \"documentNumber\": \"%s\", \"writtenOn\": \"%s\", "
                + "\"publishedOn\": \"%s\", \"topic\": \"综合政务\\\\政务公开\", \"validity\": \"有效\", "
                + "\"body\": \"<p>正文</p>\"}\n").formatted(title, publisher, number, writtenOn, publishedOn);
    }

    static String request(String unit, String receivedOn, String decidedOn, String reviews) {
        return ("{\"applicantType\": \"NATURAL_PERSON\", \"applicantName\": \"张三\", \"unitCode\": \"%s\", "
                + "\"channel\": \"LETTER\", \"receivedOn\": \"%s\", \"description\": \"考核测试\", \"events\": []"
                + (decidedOn == null ? "" : ", \"decisionCode\": \"DISCLOSED\", \"decidedOn\": \"" + decidedOn + "\"")
                + ", \"reviews\": [%s]}\n").formatted(unit, receivedOn, reviews);
    }

    @BeforeAll
    void importAMonth() throws Exception {
        RequestPostProcessor editor = TestActors.as(-1, "test-editors", Map.of(id(FINANCE), Set.of(Role.EDITOR),
                id(HOUSING), Set.of(Role.EDITOR), id(EDUCATION), Set.of(Role.EDITOR)));
        String documents = doc(FINANCE, "考核甲一", "财考〔2022〕1号", "2022-03-10", "2022-04-08") // due 04-08: on time
                + doc(FINANCE, "考核甲二", "财考〔2022〕2号", "2022-03-10", "2022-04-11") // late
                + doc(FINANCE, "考核甲三", "财考〔2022〕3号", "2022-04-01", "2022-04-06") // on time
                + doc(FINANCE, "考核甲四", "财考〔2022〕4号", "2022-03-01", "2022-03-30") // March (and late)
                + doc(HOUSING, "考核乙一", "建考〔2022〕1号", "2022-04-01", "2022-04-02")
                + doc(HOUSING, "考核乙二", "建考〔2022〕2号", "2022-04-06", "2022-04-20")
                + doc(EDUCATION, "考核丁一", "教考〔2022〕1号", "2022-03-31", "2022-04-15");
        mvc.perform(post("/api/v1/staff/documents/import").with(editor).contentType("application/x-ndjson")
                        .content(documents))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(7));

        RequestPostProcessor officer = TestActors.as(-1, "test-officers", Map.of(id(FINANCE),
                Set.of(Role.REQUEST_OFFICER), id(HOUSING), Set.of(Role.REQUEST_OFFICER), id(CIVIL),
                Set.of(Role.REQUEST_OFFICER), id(EDUCATION), Set.of(Role.REQUEST_OFFICER)));
        String ledger = request(FINANCE, "2022-04-01", "2022-04-15",
                        "{\"kind\": \"LITIGATION_DIRECT\", \"filedOn\": \"2022-04-25\", \"result\": \"UPHELD\"}")
                + request(FINANCE, "2022-02-07", "2022-04-06",
                        "{\"kind\": \"RECONSIDERATION\", \"filedOn\": \"2022-04-20\", \"result\": \"CORRECTED\"}")
                + request(FINANCE, "2022-03-01", "2022-03-25", "") // decided in March: not counted
                + request(HOUSING, "2022-04-06", "2022-04-12", "")
                + request(CIVIL, "2022-02-14", "2022-04-28", "") // late
                + request(CIVIL, "2022-04-11", "2022-04-29", "")
                + request(CIVIL, "2022-03-01", null, "") // never decided: overdue at the end of April
                + request(EDUCATION, "2022-04-07", "2022-04-08", "");
        mvc.perform(post("/api/v1/staff/disclosure-requests/import").with(officer)
                        .contentType("application/x-ndjson").content(ledger))
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE "
                + "completion_date IS NULL AND listener_id LIKE '%supervision%'").query(Long.class).single() == 0
                && table("2022-04").size() >= 4);
    }

    List<Map<String, Object>> table(String period) throws Exception {
        String body = mvc.perform(get("/api/v1/supervision/indicators").param("period", period).with(supervisor()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Map<String, Object> root = json.readValue(body, new TypeReference<>() {});
        assertThat(root.get("period")).isEqualTo(period);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) root.get("units");
        return rows;
    }

    static Map<String, Object> unit(List<Map<String, Object>> rows, String code) {
        return rows.stream().filter(r -> code.equals(r.get("unitCode"))).findFirst().orElseThrow(
                () -> new AssertionError("no row for " + code + " in " + rows));
    }

    /** code → "numerator/denominator=value" of one unit's row, as the API answered. */
    @SuppressWarnings("unchecked")
    static Map<String, String> figures(Map<String, Object> row) {
        Map<String, String> out = new java.util.TreeMap<>();
        for (Map<String, Object> i : (List<Map<String, Object>>) row.get("indicators")) {
            out.put((String) i.get("code"), i.get("numerator") + "/" + i.get("denominator") + "=" + i.get("value"));
        }
        return out;
    }

    @Test
    void eachNumeratorDenominatorScoreAndRankIsTheHandComputedOne() throws Exception {
        List<Map<String, Object>> rows = table("2022-04");
        assertThat(rows).extracting(r -> r.get("unitCode")).containsExactly(HOUSING, EDUCATION, FINANCE, CIVIL);

        // A 财政局: documents 2 of 3 on time (甲一 on its due day 04-08, 甲三), 甲二 late, 甲四 March; requests 1 of 2
        // (one received in February, decided 04-06, late); reviews filed in April 1 of 2 corrected
        // score = 25 × 0.6667 + 25 × 0.5 + 10 × (1 − 0.5) = 16.6675 + 12.5 + 5 = 34.1675 → 34.17
        Map<String, Object> a = unit(rows, FINANCE);
        assertThat(figures(a)).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(
                "DOCUMENTS_ON_TIME_RATE", "2/3=0.6667", "REQUESTS_ON_TIME_RATE", "1/2=0.5",
                "REVIEWS_CORRECTED_RATE", "1/2=0.5")));
        assertThat(a.get("score").toString()).isEqualTo("34.17");
        assertThat(a.get("rank")).isEqualTo(3);

        // B 住建局: documents 2/2, requests 1/1: 25 + 25 = 50.00, rank 1 shared with D
        Map<String, Object> b = unit(rows, HOUSING);
        assertThat(figures(b)).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(
                "DOCUMENTS_ON_TIME_RATE", "2/2=1.0", "REQUESTS_ON_TIME_RATE", "1/1=1.0")));
        assertThat(b.get("score").toString()).isEqualTo("50.0");
        assertThat(b.get("rank")).isEqualTo(1);

        // D 教育局: written 03-31, published 04-15 (11 working days): 1/1; request 1/1 → 50.00, rank 1
        Map<String, Object> d = unit(rows, EDUCATION);
        assertThat(figures(d)).containsOnlyKeys("DOCUMENTS_ON_TIME_RATE", "REQUESTS_ON_TIME_RATE");
        assertThat(d.get("score").toString()).isEqualTo("50.0");
        assertThat(d.get("rank")).isEqualTo(1);

        // C 民政局: no document (absent, not 0); requests 1 of 2 → 25 × 0.5 = 12.50, rank 4
        Map<String, Object> c = unit(rows, CIVIL);
        assertThat(figures(c)).containsExactlyEntriesOf(Map.of("REQUESTS_ON_TIME_RATE", "1/2=0.5"));
        assertThat(c.get("score").toString()).isEqualTo("12.5");
        assertThat(c.get("rank")).isEqualTo(4);
        // below the red line (60) by default: all four on the red list
        assertThat(rows).allSatisfy(r -> assertThat(r.get("light")).isEqualTo("RED"));

        // one unit; March has FINANCE's other document (written 03-01, due 03-29, published 03-30: late) and request
        String one = mvc.perform(get("/api/v1/supervision/indicators").param("period", "2022-04")
                .param("unitCode", CIVIL).with(supervisor())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(one).contains("\"unitCode\":\"" + CIVIL + "\"").doesNotContain(FINANCE).contains("\"rank\":4");
        Map<String, Object> march = unit(table("2022-03"), FINANCE);
        assertThat(figures(march)).containsEntry("DOCUMENTS_ON_TIME_RATE", "0/1=0.0")
                .containsEntry("REQUESTS_ON_TIME_RATE", "1/1=1.0");
    }

    @Test
    void theDrillDownListsTheRecordsCountedAndThePortListsTheOverdueRequest() throws Exception {
        mvc.perform(get("/api/v1/supervision/indicators/records").param("period", "2022-04")
                        .param("unitCode", FINANCE).param("code", "DOCUMENTS_ON_TIME_RATE").with(supervisor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.records.length()").value(3))
                .andExpect(jsonPath("$.records[0].countedOn").value("2022-04-06"))
                .andExpect(jsonPath("$.records[1].countedOn").value("2022-04-08"))
                .andExpect(jsonPath("$.records[1].dueOn").value("2022-04-08"))
                .andExpect(jsonPath("$.records[1].inNumerator").value(true))
                .andExpect(jsonPath("$.records[2].countedOn").value("2022-04-11"))
                .andExpect(jsonPath("$.records[2].inNumerator").value(false));
        String page = mvc.perform(get("/console/supervision/indicators").param("period", "2022-04").with(supervisor()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("红榜").contains("/console/supervision/indicators/records?period=2022-04&amp;unitCode="
                + FINANCE + "&amp;code=DOCUMENTS_ON_TIME_RATE");
        mvc.perform(get("/console/supervision/indicators/records").param("period", "2022-04")
                .param("unitCode", FINANCE).param("code", "REQUESTS_ON_TIME_RATE").with(supervisor()))
                .andExpect(status().isOk());
        // the port the bulletin reads: the same rows, and CIVIL's request of 03-01 (due 03-29) overdue on 04-30
        IndicatorTable table = tables.forPeriod(java.time.YearMonth.of(2022, 4));
        assertThat(table.units()).filteredOn(u -> u.unitCode().equals(FINANCE)).singleElement()
                .satisfies(u -> assertThat(u.score()).isEqualByComparingTo("34.17"));
        assertThat(table.overdue()).filteredOn(o -> o.module().equals("REQUEST")
                        && java.util.Set.of(FINANCE, HOUSING, CIVIL, EDUCATION).contains(o.unitCode()))
                .singleElement().satisfies(o -> {
                    assertThat(o.unitCode()).isEqualTo(CIVIL);
                    assertThat(o.dueOn()).isEqualTo(java.time.LocalDate.parse("2022-03-29"));
                });
    }

    @Test
    void theReadModelRebuiltFromThePersistedEventsGivesTheSameFigures() throws Exception {
        List<Map<String, Object>> april = table("2022-04");
        List<Map<String, Object>> march = table("2022-03");
        jdbc.sql("DELETE FROM supervision_fact").update(); // the read model lost
        jdbc.sql("DELETE FROM supervision_fact_open_case").update();
        assertThat(table("2022-04")).noneMatch(r -> r.get("unitCode").equals(FINANCE));

        mvc.perform(post("/api/v1/staff/supervision/indicators/rebuild").with(supervisor()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.events").isNumber());
        assertThat(table("2022-04")).isEqualTo(april);
        assertThat(table("2022-03")).isEqualTo(march);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'REBUILD_INDICATORS'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void badPeriodsAreRefusedWithAStableCode() throws Exception {
        for (String bad : List.of("", "2022-13", "1999-12", "2026-07", "2999-01", "2022-4", "abcdefg",
                "2022-04' OR '1'='1", "２０２２-０４", "x".repeat(5000))) {
            mvc.perform(get("/api/v1/supervision/indicators").param("period", bad).with(supervisor()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("INVALID_PERIOD"))
                    .andExpect(jsonPath("$.field").value("period"));
        }
        mvc.perform(get("/api/v1/supervision/indicators").with(supervisor())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PERIOD"));
        mvc.perform(get("/api/v1/supervision/indicators").param("period", "2022-04").param("unitCode", "NOPE")
                .with(supervisor())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/supervision/indicators").param("period", "2022-04").param("unitCode",
                "9".repeat(500)).with(supervisor())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/supervision/indicators/records").param("period", "2022-04")
                .param("unitCode", FINANCE).param("code", "DROP TABLE").with(supervisor()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/supervision/indicators/records").param("period", "2022-04")
                .param("unitCode", FINANCE).param("code", "DOCUMENTS_ON_TIME_RATE").param("size", "100000")
                .with(supervisor())).andExpect(status().isBadRequest());
        // the page keeps what was typed and says what is wrong at the field
        String page = mvc.perform(get("/console/supervision/indicators").param("period", "2022-13")
                .with(supervisor())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("value=\"2022-13\"").contains("统计月份不正确");
    }

    @Test
    void otherRolesAreRefusedAndAUnitSupervisorSeesItsScope() throws Exception {
        mvc.perform(get("/api/v1/supervision/indicators").param("period", "2022-04")).andExpect(status().isUnauthorized());
        for (Role role : List.of(Role.EDITOR, Role.REQUEST_OFFICER, Role.HOTLINE_OFFICER, Role.SERVICE_DIRECTOR)) {
            mvc.perform(get("/api/v1/supervision/indicators").param("period", "2022-04")
                    .with(TestActors.as(role, id(OFFICE)))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/staff/supervision/indicators/rebuild").with(TestActors.as(Role.OFFICE_HEAD,
                id(OFFICE)))).andExpect(status().isForbidden());
        // the office head of the county government office reads every unit
        mvc.perform(get("/api/v1/supervision/indicators").param("period", "2022-04")
                        .with(TestActors.as(Role.OFFICE_HEAD, id(OFFICE))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.units.length()").value(4));
        // a supervisor of 住建局 only (its data scope): its own row, with the county-wide rank
        mvc.perform(get("/api/v1/supervision/indicators").param("period", "2022-04")
                        .with(TestActors.as(Role.SUPERVISOR, id(HOUSING))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.units.length()").value(1))
                .andExpect(jsonPath("$.units[0].unitCode").value(HOUSING))
                .andExpect(jsonPath("$.units[0].rank").value(1));
        mvc.perform(get("/api/v1/supervision/indicators").param("period", "2022-04").param("unitCode", FINANCE)
                .with(TestActors.as(Role.SUPERVISOR, id(HOUSING)))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/staff/supervision/indicators/rebuild").with(TestActors.as(Role.SUPERVISOR,
                id(HOUSING)))).andExpect(status().isForbidden());
    }
}
