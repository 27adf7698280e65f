package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The historical import: same rules as the live path, all or nothing, and the same statistics. */
@IntegrationTest
class LedgerImportIntegrationTest {

    static final String OFFICE = RequestApiIntegrationTest.OFFICE;
    static final LocalDate FROM = LocalDate.parse("2021-01-01");
    static final LocalDate TO = LocalDate.parse("2021-12-31");

    @Autowired
    MockMvc mvc;
    @Autowired
    RequestService service;
    @Autowired
    RequestStatistics statistics;
    @Autowired
    UnitDirectory units;
    @Autowired
    JdbcClient jdbc;

    long officeId() {
        return units.findByCreditCode(OFFICE).orElseThrow().id();
    }

    static final String LEDGER = """
            {"applicantType": "NATURAL_PERSON", "applicantName": "张三", "unitCode": "%1$s", "channel": "LETTER", "receivedOn": "2021-03-01", "description": "征地补偿方案", "events": [], "decisionCode": "DISCLOSED", "decidedOn": "2021-03-15", "reviews": []}
            {"applicantType": "COMMERCIAL_ENTERPRISE", "applicantName": "示例科技有限公司", "unitCode": "%1$s", "channel": "ONLINE", "receivedOn": "2021-04-06", "description": "扶持资金分配", "events": [{"type": "EXTENDED", "on": "2021-04-20", "days": 10}], "decisionCode": "WITHHELD_THIRD_PARTY_RIGHTS", "decidedOn": "2021-05-20", "reviews": [{"kind": "RECONSIDERATION", "filedOn": "2021-06-01", "result": "UPHELD"}]}
            {"applicantType": "NATURAL_PERSON", "applicantName": "李四", "unitCode": "%1$s", "channel": "IN_PERSON", "receivedOn": "2021-06-01", "description": "不清楚的申请", "events": [{"type": "CORRECTION_REQUESTED", "on": "2021-06-02"}], "decisionCode": "OTHER_NO_CORRECTION", "decidedOn": "2021-07-01", "reviews": []}
            {"applicantType": "RESEARCH_INSTITUTION", "applicantName": "示例大学", "unitCode": "%1$s", "channel": "EMAIL", "receivedOn": "2021-12-20", "description": "年度统计数据", "events": [{"type": "CONSULTATION_STARTED", "on": "2021-12-22"}, {"type": "CONSULTATION_ENDED", "on": "2021-12-24"}]}
            """.formatted(OFFICE);

    record Snapshot(Map<ApplicantType, Long> received, Map<DecisionCode, Map<ApplicantType, Long>> decided,
            Map<ApplicantType, Long> open, Map<ReviewKind, Map<ReviewResult, Long>> reviews) {}

    Snapshot snapshot() {
        return new Snapshot(statistics.receivedIn(FROM, TO), statistics.decidedIn(FROM, TO), statistics.openAt(TO),
                statistics.reviewsFiledIn(FROM, TO));
    }

    static Map<String, Long> flat(Snapshot s) {
        Map<String, Long> out = new java.util.TreeMap<>();
        s.received().forEach((k, v) -> out.put("received." + k, v));
        s.decided().forEach((c, m) -> m.forEach((k, v) -> out.put("decided." + c + "." + k, v)));
        s.open().forEach((k, v) -> out.put("open." + k, v));
        s.reviews().forEach((c, m) -> m.forEach((k, v) -> out.put("reviews." + c + "." + k, v)));
        return out;
    }

    static Map<String, Long> delta(Snapshot before, Snapshot after) {
        Map<String, Long> a = flat(after);
        Map<String, Long> b = flat(before);
        Map<String, Long> out = new java.util.TreeMap<>();
        a.forEach((k, v) -> {
            long d = v - b.getOrDefault(k, 0L);
            if (d != 0) {
                out.put(k, d);
            }
        });
        return out;
    }

    void liveLedger() {
        var actor = new TestActors.TestActor(-1, "test-officer", "test-officer", Map.of(officeId(), Set.of(Role.REQUEST_OFFICER)));
        String a = service.register(actor, input("NATURAL_PERSON", "张三", "征地补偿方案"), Channel.LETTER,
                LocalDate.parse("2021-03-01")).trackingNumber();
        service.decide(actor, a, LocalDate.parse("2021-03-15"), DecisionCode.DISCLOSED, "已公开");
        String b = service.register(actor, input("COMMERCIAL_ENTERPRISE", "示例科技有限公司", "扶持资金分配"),
                Channel.ONLINE, LocalDate.parse("2021-04-06")).trackingNumber();
        service.extend(actor, b, LocalDate.parse("2021-04-20"), 10, "主任");
        service.decide(actor, b, LocalDate.parse("2021-05-20"), DecisionCode.WITHHELD_THIRD_PARTY_RIGHTS, "商业秘密");
        service.recordReview(actor, b, ReviewKind.RECONSIDERATION, LocalDate.parse("2021-06-01"), ReviewResult.UPHELD);
        String c = service.register(actor, input("NATURAL_PERSON", "李四", "不清楚的申请"), Channel.IN_PERSON,
                LocalDate.parse("2021-06-01")).trackingNumber();
        service.requestCorrection(actor, c, LocalDate.parse("2021-06-02"), null, "请写明文件名称");
        service.decide(actor, c, LocalDate.parse("2021-07-01"), DecisionCode.OTHER_NO_CORRECTION, "逾期未补正");
        String d = service.register(actor, input("RESEARCH_INSTITUTION", "示例大学", "年度统计数据"), Channel.EMAIL,
                LocalDate.parse("2021-12-20")).trackingNumber();
        service.startConsultation(actor, d, LocalDate.parse("2021-12-22"), "统计局");
        service.endConsultation(actor, d, LocalDate.parse("2021-12-24"));
    }

    ApplicationInput input(String type, String name, String description) {
        boolean person = type.equals("NATURAL_PERSON");
        return new ApplicationInput(type, name, person ? "11010519491231002X" : null,
                person ? null : RequestApiIntegrationTest.FINANCE, "13912345678", null, "示例县某路1号", OFFICE,
                description, "PAPER", "POST");
    }

    List<String> importLedger(String ledger) throws Exception {
        String body = mvc.perform(post("/api/v1/staff/disclosure-requests/import")
                .with(TestActors.as(Role.REQUEST_OFFICER, officeId())).contentType("application/x-ndjson").content(ledger))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Map<String, List<String>> result = JsonMapper.builder().build().readValue(body, new TypeReference<>() {});
        assertThat(result).containsOnlyKeys("trackingNumbers");
        return result.get("trackingNumbers");
    }

    @Test
    void theSameLedgerImportedGivesTheSameStatisticsAsTheLivePath() throws Exception {
        Snapshot before = snapshot();
        liveLedger();
        Snapshot live = snapshot();
        List<String> imported = importLedger(LEDGER);
        Snapshot after = snapshot();

        Map<String, Long> liveDelta = delta(before, live);
        assertThat(liveDelta).containsEntry("decided.DISCLOSED.NATURAL_PERSON", 1L)
                .containsEntry("decided.OTHER_NO_CORRECTION.NATURAL_PERSON", 1L)
                .containsEntry("open.RESEARCH_INSTITUTION", 1L)
                .containsEntry("reviews.RECONSIDERATION.UPHELD", 1L);
        assertThat(delta(live, after)).isEqualTo(liveDelta);
        assertThat(imported).hasSize(4).doesNotHaveDuplicates();
    }

    @Test
    void anOpenImportedRequestHasItsDueDateFromTheSameClock() throws Exception {
        List<String> imported = importLedger(LEDGER.lines().skip(3).findFirst().orElseThrow());

        LocalDate due = jdbc.sql("SELECT due_on FROM requests_request WHERE tracking_number = :tn")
                .param("tn", imported.get(0)).query(LocalDate.class).single();
        // 20 WD from 2021-12-20 plus 2 WD of consultation (12-23, 12-24), over the 2022 New Year holiday
        assertThat(due).isEqualTo(new RequestClock(TestCalendar.INSTANCE, RequestSettings.defaults())
                .replay(List.of(ClockEvent.of(ClockEventType.RECEIVED, LocalDate.parse("2021-12-20")),
                        ClockEvent.of(ClockEventType.CONSULTATION_STARTED, LocalDate.parse("2021-12-22")),
                        ClockEvent.of(ClockEventType.CONSULTATION_ENDED, LocalDate.parse("2021-12-24"))),
                        LocalDate.parse("2021-12-24")).dueDate());
    }

    @Test
    void aBadLineRejectsTheWholeImportWithTheRuleAndItsLineNumber() throws Exception {
        int before = jdbc.sql("SELECT COUNT(*) FROM requests_request").query(Integer.class).single();
        String bad = LEDGER.lines().findFirst().orElseThrow() + "\n"
                + "{\"applicantType\": \"NATURAL_PERSON\", \"applicantName\": \"王五\", \"unitCode\": \"" + OFFICE
                + "\", \"channel\": \"LETTER\", \"receivedOn\": \"2021-03-01\", \"description\": \"某文件\", "
                + "\"events\": [{\"type\": \"CORRECTION_REQUESTED\", \"on\": \"2021-03-15\"}]}\n";

        String body = mvc.perform(post("/api/v1/staff/disclosure-requests/import")
                .with(TestActors.as(Role.REQUEST_OFFICER, officeId())).contentType("application/x-ndjson").content(bad))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(body).contains("IMPORT_FAILED").contains("第 2 行：补正通知须在收到申请之日起 7 个工作日内发出");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM requests_request").query(Integer.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'REQUEST_LEDGER_IMPORTED' AND detail LIKE '%王五%'")
                .query(Integer.class).single()).isZero();
    }
}
