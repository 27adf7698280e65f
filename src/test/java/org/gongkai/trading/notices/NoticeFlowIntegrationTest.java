package org.gongkai.trading.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.trading.TradingFixtures.CENTRE;
import static org.gongkai.trading.TradingFixtures.company;
import static org.gongkai.trading.TradingFixtures.importLines;
import static org.gongkai.trading.TradingFixtures.json;
import static org.gongkai.trading.TradingFixtures.postJson;
import static org.gongkai.trading.TradingFixtures.projectLine;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.TestClock;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A trading notice through the catalogue's review to the portal and the feeds (issue #14): written by the trading
 * officer, in review (not public), reviewed, signed off and published by the centre's reviewer and leader (index
 * number), then on {@code /trading}, the project's timeline and the Atom feeds, and gone after a withdrawal. The order
 * of notices and the candidates' objection period; access (403 without the role, 404 outside the scope); hostile input.
 */
@IntegrationTest
class NoticeFlowIntegrationTest {

    static final String START = "2026-06-15"; // the TestClock's day

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;
    @Autowired
    TestClock clock;

    RequestPostProcessor officer;
    RequestPostProcessor publisher;
    static int run;

    @BeforeEach
    void actors() {
        long centre = units.findByCreditCode(CENTRE).orElseThrow().id();
        officer = TestActors.as(Role.TRADING_OFFICER, centre);
        publisher = TestActors.as(-2, "test-centre-publisher", Map.of(centre, Set.of(Role.REVIEWER, Role.LEADER)));
        run++;
    }

    String project(String type) throws Exception {
        String code = "NTC-" + type + "-" + run + "-" + System.nanoTime() % 100_000;
        importLines(mvc, officer, "projects", List.of(projectLine(code, type, 50_000_000L,
                List.of(company(300 + run), company(400 + run)), null, null, null, null)))
                .andExpect(status().isOk());
        return code;
    }

    Map<String, Object> write(String code, String body, int expected) throws Exception {
        return json(postJson(mvc, officer, "/api/v1/staff/trading/projects/" + code + "/notices", body)
                .andExpect(status().is(expected)));
    }

    long writeAndPublish(String code, String body) throws Exception {
        Map<String, Object> written = write(code, body, 201);
        long doc = ((Number) written.get("documentId")).longValue();
        for (String step : List.of("review", "sign-off", "publish")) {
            postJson(mvc, publisher, "/api/v1/staff/documents/" + doc + "/" + step, "{}").andExpect(status().isOk());
        }
        return doc;
    }

    String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNoticeIsPublicOnlyOnceTheCatalogueHasPublishedIt() throws Exception {
        String code = project("PROCUREMENT");
        Map<String, Object> written = write(code, """
                {"kind": "ANNOUNCEMENT", "title": "医疗设备采购公告<script>alert(1)</script>", "body": "欢迎投标。\\n第二段"}""",
                201);
        assertThat(written.get("status")).isEqualTo("SUBMITTED");
        long doc = ((Number) written.get("documentId")).longValue();
        mvc.perform(get("/trading/projects/" + code)).andExpect(status().isNotFound());
        assertThat(page("/trading/feeds/notices")).doesNotContain(code);

        for (String step : List.of("review", "sign-off", "publish")) {
            postJson(mvc, publisher, "/api/v1/staff/documents/" + doc + "/" + step, "{}").andExpect(status().isOk());
        }
        Map<String, Object> listed = json(mvc.perform(get("/api/v1/staff/trading/projects/" + code + "/notices")
                .with(officer)).andExpect(status().isOk()));
        Map<String, Object> notice = ((List<Map<String, Object>>) listed.get("notices")).get(0);
        assertThat(notice.get("status")).isEqualTo("PUBLISHED");
        assertThat((String) notice.get("indexNumber")).isNotBlank();
        assertThat(notice.get("publishedOn")).isEqualTo(START);

        String timeline = page("/trading/projects/" + code);
        assertThat(timeline).contains("采购公告").contains((String) notice.get("indexNumber"))
                .contains("&lt;script&gt;").doesNotContain("<script>alert");
        assertThat(page("/trading?type=PROCUREMENT&kind=ANNOUNCEMENT")).contains(code);
        assertThat(page("/trading?type=WORKS")).doesNotContain(code);
        assertThat(page("/trading?q=" + code)).contains("/trading/projects/" + code);
        // the home page's 公共资源交易 block: the first projects of /trading, newest activity first
        assertThat(projectLinks(page("/"))).isNotEmpty()
                .isEqualTo(projectLinks(page("/trading")).stream().limit(5).toList());
        String feed = page("/trading/feeds/notices?type=PROCUREMENT");
        assertThat(feed).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">").contains(code)
                .contains((String) notice.get("url")).doesNotContain("<script>");
        assertThat(page("/trading/feeds/notices?type=LAND_MINING")).doesNotContain(code);
        mvc.perform(get("/trading/feeds/notices?type=NOPE")).andExpect(status().isNotFound());
        String document = page((String) notice.get("url"));
        assertThat(document).contains("欢迎投标").contains("第二段").doesNotContain("<script>alert");

        postJson(mvc, publisher, "/api/v1/staff/documents/" + doc + "/withdraw", "{\"reason\": \"公告有误\"}")
                .andExpect(status().isOk());
        assertThat(page("/trading/feeds/notices")).doesNotContain(code);
        assertThat(projectLinks(page("/"))).doesNotContain("/trading/projects/" + code);
        mvc.perform(get("/trading/projects/" + code)).andExpect(status().isNotFound());
    }

    @Test
    void theResultWaitsForTheEndOfTheCandidatesObjectionPeriod() throws Exception {
        String code = project("WORKS");
        Map<String, Object> early = write(code, "{\"kind\": \"CANDIDATES\", \"body\": \"候选人\","
                + " \"objectionStart\": \"2026-06-15\", \"objectionEnd\": \"2026-06-17\"}", 409);
        assertThat(early.get("code")).isEqualTo("NOTICE_OUT_OF_ORDER");
        writeAndPublish(code, "{\"kind\": \"ANNOUNCEMENT\", \"body\": \"招标\"}");
        assertThat(write(code, "{\"kind\": \"RESULT\", \"body\": \"结果\"}", 409).get("code"))
                .isEqualTo("NOTICE_OUT_OF_ORDER"); // works: the candidates' publicity first
        assertThat(write(code, "{\"kind\": \"CANDIDATES\", \"body\": \"候选人\"}", 400).get("field"))
                .isEqualTo("objectionStart");
        assertThat(write(code, "{\"kind\": \"CANDIDATES\", \"body\": \"候选人\", \"objectionStart\": \"2026-06-15\","
                + " \"objectionEnd\": \"2026-06-16\"}", 400).get("field")).isEqualTo("objectionEnd"); // 2 days < 3
        assertThat(write(code, "{\"kind\": \"ANNOUNCEMENT\", \"body\": \"招标\", \"objectionStart\": \"2026-06-15\"}",
                400).get("field")).isEqualTo("objectionStart");
        writeAndPublish(code, "{\"kind\": \"CANDIDATES\", \"body\": \"第一中标候选人\", \"objectionStart\": \"2026-06-15\","
                + " \"objectionEnd\": \"2026-06-17\"}");
        assertThat(page("/trading/projects/" + code)).contains("2026-06-15").contains("2026-06-17").contains("异议期内");

        clock.advance(Duration.ofDays(2)); // 2026-06-17: the last day of the period
        Map<String, Object> open = write(code, "{\"kind\": \"RESULT\", \"body\": \"结果\"}", 409);
        assertThat(open.get("code")).isEqualTo("OBJECTION_PERIOD_OPEN");
        assertThat((String) open.get("detail")).contains("2026-06-17");

        clock.advance(Duration.ofDays(1)); // 2026-06-18
        assertThat(page("/trading/projects/" + code)).contains("已结束");
        writeAndPublish(code, "{\"kind\": \"RESULT\", \"body\": \"中标结果\"}");
        assertThat(write(code, "{\"kind\": \"CANDIDATES\", \"body\": \"再次公示\", \"objectionStart\": \"2026-06-18\","
                + " \"objectionEnd\": \"2026-06-20\"}", 409).get("code")).isEqualTo("NOTICE_OUT_OF_ORDER");
        assertThat(write(code, "{\"kind\": \"RESULT\", \"body\": \"又一结果\"}", 409).get("code"))
                .isEqualTo("NOTICE_OUT_OF_ORDER");
        write(code, "{\"kind\": \"CONTRACT\", \"body\": \"合同\"}", 201);
    }

    @Test
    void onlyTradingOfficersOfTheProjectsUnitWriteAndReadNotices() throws Exception {
        String code = project("LAND_MINING");
        String path = "/api/v1/staff/trading/projects/" + code + "/notices";
        long other = units.findByCreditCode(org.gongkai.trading.TradingFixtures.BUYER).orElseThrow().id();
        long centre = units.findByCreditCode(CENTRE).orElseThrow().id();
        String body = "{\"kind\": \"ANNOUNCEMENT\", \"body\": \"出让\"}";
        postJson(mvc, null, path, body).andExpect(status().isUnauthorized());
        postJson(mvc, TestActors.as(Role.EDITOR, centre), path, body).andExpect(status().isForbidden());
        postJson(mvc, publisher, path, body).andExpect(status().isForbidden());
        mvc.perform(get(path).with(TestActors.as(Role.REVIEWER, centre))).andExpect(status().isForbidden());
        postJson(mvc, TestActors.as(Role.TRADING_OFFICER, other), path, body).andExpect(status().isNotFound());
        mvc.perform(get(path).with(TestActors.as(Role.TRADING_OFFICER, other))).andExpect(status().isNotFound());
        mvc.perform(get("/console/trading/notices").with(TestActors.as(Role.EDITOR, centre)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/trading/notices").with(officer)).andExpect(status().isOk());
        write(code, body, 201);
        assertThat(page("/trading")).doesNotContain(code); // in review: not on the portal
    }

    @Test
    void hostileInputIsRefusedAtItsField() throws Exception {
        String code = project("STATE_ASSETS");
        assertThat(write(code, "{\"kind\": \"ANNOUNCEMENT\", \"title\": \"" + "长".repeat(201)
                + "\", \"body\": \"x\"}", 400).get("field")).isEqualTo("title");
        assertThat(write(code, "{\"kind\": \"ANNOUNCEMENT\", \"body\": \"" + "长".repeat(20_001) + "\"}", 400)
                .get("field")).isEqualTo("body");
        assertThat(write(code, "{\"kind\": \"ANNOUNCEMENT\", \"body\": \"  \"}", 400).get("field")).isEqualTo("body");
        assertThat(write(code, "{\"kind\": \"BRIBE\", \"body\": \"x\"}", 400).get("field")).isEqualTo("kind");
        assertThat(write(code, "{\"kind\": \"CANDIDATES\", \"body\": \"x\", \"objectionStart\": \"+99999-01-01\","
                + " \"objectionEnd\": \"2026-06-20\"}", 400).get("field")).isEqualTo("objectionStart");
        write(code, "{\"kind\": [1], \"body\": \"x\"}", 400);
        postJson(mvc, officer, "/api/v1/staff/trading/projects/" + "x".repeat(300) + "/notices",
                "{\"kind\": \"ANNOUNCEMENT\", \"body\": \"x\"}").andExpect(status().isNotFound());
        mvc.perform(get("/trading/projects/" + "x".repeat(300))).andExpect(status().isNotFound());
        mvc.perform(get("/trading?q=" + "长".repeat(101))).andExpect(status().isBadRequest());
        mvc.perform(get("/trading?type=BOGUS")).andExpect(status().isBadRequest());
        mvc.perform(get("/trading?page=-5")).andExpect(status().isOk());
        mvc.perform(get("/trading?q=%25_%5C")).andExpect(status().isOk());
    }

    private static List<String> projectLinks(String html) {
        return java.util.regex.Pattern.compile("href=\"(/trading/projects/[^\"]+)\"").matcher(html).results()
                .map(m -> m.group(1)).distinct().toList();
    }
}
