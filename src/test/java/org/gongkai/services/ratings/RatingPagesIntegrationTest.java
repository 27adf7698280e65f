package org.gongkai.services.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.ConsoleFixtures;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.services.cases.CaseNumbers;
import org.gongkai.services.RatingChannel;
import org.gongkai.services.ServiceRows;
import org.gongkai.web.FormMarkup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The pages of 好差评 and KPIs without script: the portal rating form (refused and accepted), the console's
 * rectification page walked through its forms up to the public list, and the KPI dashboard with its accessible SVG
 * charts, table alternatives and drill-down links.
 */
@IntegrationTest
class RatingPagesIntegrationTest {

    static final LocalDate TODAY = LocalDate.parse("2026-06-15");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseNumbers codes;
    @Autowired
    RatingImport ratingImport;

    private String html(RequestBuilder request, int expected) throws Exception {
        return mvc.perform(request).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aBadRatingFromThePortalIsRectifiedInTheConsoleAndPublishedMasked() throws Exception {
        ConsoleFixtures.TestUnit unit = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "卫健委");
        ServiceRows.Item item = ServiceRows.item(jdbc, unit.id(), "PROMISED", 20, 5, "WORKING_DAYS", 1);
        String number = ServiceRows.number(ServiceRows.insert(jdbc, codes, new ServiceRows.Case(item, null,
                "COMPLETED", TODAY.minusDays(6), TODAY.minusDays(1), TODAY.minusDays(2), null, null), "QC9"));
        String url = "/services/cases/" + number + "/rate";

        Document form = FormMarkup.assertWellFormed(html(get(url).param("queryCode", "QC9"), 200));
        assertThat(form.getElementById("queryCode").attr("value")).isEqualTo("QC9");
        assertThat(form.getElementById("comment").attr("maxlength")).isEqualTo("500");
        Document wrong = FormMarkup.assertWellFormed(html(post(url).param("queryCode", "NOPE").param("level", "1")
                .with(csrf()).with(r -> { r.setRemoteAddr("10.77.0.1"); return r; }), 404));
        assertThat(wrong.getElementById("queryCode-error").text()).contains("查询码不正确");
        Document noLevel = FormMarkup.assertWellFormed(html(post(url).param("queryCode", "QC9").with(csrf())
                .with(r -> { r.setRemoteAddr("10.77.0.1"); return r; }), 400));
        assertThat(noLevel.getElementById("level-error").text()).contains("请选择评价等级");
        String done = html(post(url).param("queryCode", "QC9").param("level", "1").param("comment", "等候太久")
                .with(csrf()).with(r -> { r.setRemoteAddr("10.77.0.1"); return r; }), 200);
        assertThat(done).contains("感谢您的评价").contains("差评整改");

        long id = jdbc.sql("SELECT x.id FROM services_rectification x JOIN services_rating r ON r.id = x.rating_id "
                + "JOIN services_case c ON c.id = r.case_id WHERE c.case_number = ?").param(number)
                .query(Long.class).single();
        var officer = TestActors.as(Role.SERVICE_OFFICER, unit.id());
        Document queue = FormMarkup.assertWellFormed(html(get("/console/services/rectifications").with(officer), 200));
        assertThat(queue.select("a[href=/console/services/rectifications/" + id + "]")).hasSize(1);
        String page = "/console/services/rectifications/" + id;
        Document open = FormMarkup.assertWellFormed(html(get(page).with(officer), 200));
        assertThat(open.getElementById("form-confirm")).isNotNull();
        assertThat(open.getElementById("form-close")).isNull();
        assertThat(open.getElementById("form-decide-appeal")).isNull();
        Document refused = FormMarkup.assertWellFormed(html(post(page + "/confirm").param("response", "")
                .with(csrf()).with(officer), 400));
        assertThat(refused.getElementById("confirm-response-error")).isNotNull();
        mvc.perform(post(page + "/confirm").param("response", "属实，已致歉").with(csrf()).with(officer))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/rectify").param("measures", "增设叫号提醒").with(csrf()).with(officer))
                .andExpect(status().is3xxRedirection());
        Document refusedClose = FormMarkup.assertWellFormed(html(post(page + "/close").param("callbackNote", "已回访")
                .param("outcome", "").with(csrf()).with(officer), 400));
        assertThat(refusedClose.getElementById("close-callbackNote").text()).isEqualTo("已回访");
        assertThat(refusedClose.getElementById("close-outcome-error")).isNotNull();
        mvc.perform(post(page + "/close").param("callbackNote", "电话回访，群众认可").param("outcome", "窗口已增设叫号提醒")
                .with(csrf()).with(officer)).andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/close").param("callbackNote", "x").param("outcome", "y").with(csrf()).with(officer))
                .andExpect(status().isConflict());

        Document published = FormMarkup.assertWellFormed(html(get("/services/rectifications"), 200));
        assertThat(published.text()).contains("窗口已增设叫号提醒").doesNotContain(number).doesNotContain("等候太久");
        var elsewhere = TestActors.as(Role.SERVICE_OFFICER, ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "教育局").id());
        mvc.perform(get(page).with(elsewhere)).andExpect(status().isNotFound());
    }

    @Test
    void theSupervisorDecidesAnAppealOnThePage() throws Exception {
        ConsoleFixtures.TestUnit unit = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "住建局");
        ServiceRows.Item item = ServiceRows.item(jdbc, unit.id(), "PROMISED", 20, 5, "WORKING_DAYS", 1);
        long[] c = ServiceRows.insert(jdbc, codes, new ServiceRows.Case(item, null, "COMPLETED", TODAY.minusDays(6),
                TODAY.minusDays(1), TODAY.minusDays(2), null, null), "QC9");
        ratingImport.insert(c[0], unit.id(), TODAY.minusDays(6),
                List.of(new RatingImport.ImportedRating(2, RatingChannel.SMS, TODAY.minusDays(1), null)));
        long id = jdbc.sql("SELECT x.id FROM services_rectification x JOIN services_rating r ON r.id = x.rating_id "
                + "WHERE r.case_id = ?").param(c[0]).query(Long.class).single();
        String page = "/console/services/rectifications/" + id;
        mvc.perform(post(page + "/appeal").param("reason", "短信误发，评价人并未办理此件").with(csrf())
                .with(TestActors.as(Role.SERVICE_OFFICER, unit.id()))).andExpect(status().is3xxRedirection());
        var supervisor = TestActors.as(Role.SUPERVISOR, unit.id());
        Document appealed = FormMarkup.assertWellFormed(html(get(page).with(supervisor), 200));
        assertThat(appealed.getElementById("form-decide-appeal")).isNotNull();
        assertThat(appealed.getElementById("form-confirm")).isNull();
        mvc.perform(post(page + "/decide-appeal").param("upheld", "true").param("note", "核实为误发").with(csrf())
                .with(supervisor)).andExpect(status().is3xxRedirection());
        assertThat(html(get(page).with(supervisor), 200)).contains("差评已撤销").contains("同意撤销差评");
    }

    @Test
    void theDashboardShowsEveryRateWithNumeratorDenominatorChartsAndDrillDowns() throws Exception {
        ConsoleFixtures.TestUnit unit = ConsoleFixtures.newUnit(jdbc, "DEPARTMENT", "自然资源局");
        ServiceRows.Item item = ServiceRows.item(jdbc, unit.id(), "PROMISED", 20, 5, "WORKING_DAYS", 1);
        for (int n = 0; n < 3; n++) {
            ServiceRows.insert(jdbc, codes, new ServiceRows.Case(item, null, "COMPLETED", TODAY.minusDays(20),
                    TODAY.minusDays(10), TODAY.minusDays(12 - n * 2), null, null), "QC9");
        }
        var director = TestActors.as(Role.SERVICE_DIRECTOR, unit.id());
        String url = "/console/services/kpis?unitCode=" + unit.code() + "&from=2026-05-01&to=2026-06-30";
        Document page = FormMarkup.assertWellFormed(html(get(url).with(director), 200));
        assertThat(page.select("svg[role=img]")).hasSize(3);
        page.select("svg[role=img]").forEach(svg -> {
            for (String id : svg.attr("aria-labelledby").split(" ")) {
                assertThat(svg.getElementById(id)).as(id).isNotNull();
            }
        });
        assertThat(page.select("svg desc").first().text()).contains("按时办结率 66.7%（2 / 3）");
        assertThat(page.select("a[href*=indicator=ON_TIME_RATE][href*=part=DENOMINATOR]").text()).isEqualTo("3");
        String drill = page.select("a[href*=indicator=ON_TIME_RATE][href*=part=NUMERATOR]").attr("href");
        Document cases = FormMarkup.assertWellFormed(html(get(drill).with(director), 200));
        assertThat(cases.select("tbody tr")).hasSize(2);
        Document bad = FormMarkup.assertWellFormed(html(get("/console/services/kpis?from=2026-13-01").with(director), 200));
        assertThat(bad.getElementById("from-error")).isNotNull();
        mvc.perform(get(url).with(TestActors.as(Role.EDITOR, unit.id()))).andExpect(status().isForbidden());
    }
}
