package org.gongkai.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The console pages: the operator's intake with the caller's history, the ticket page offering only the forms the
 * viewer may use now (the step's next action first), a refusal shown at its field, and the unit's inbox.
 */
@IntegrationTest
class HotlineConsolePagesIntegrationTest {

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
        housing = TestActors.as(Role.HOTLINE_OFFICER, units.findByCreditCode(HotlineApiIntegrationTest.HOUSING)
                .orElseThrow().id());
    }

    String html(org.springframework.test.web.servlet.ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anOperatorTakesACallDispatchesItAndTheUnitSeesOnlyItsForms() throws Exception {
        String location = mvc.perform(post("/console/hotline/new").with(centre).with(csrf())
                .param("callerPhone", "13600002222").param("callerName", "赵六").param("channel", "PHONE")
                .param("category", "HELP").param("urgency", "URGENT").param("content", "楼道灯坏了，老人夜里看不见"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String n = location.substring(location.lastIndexOf('/') + 1);

        Document page = FormMarkup.assertWellFormed(html(mvc.perform(get(location).with(centre))
                .andExpect(status().isOk())));
        assertThat(page.getElementById("ticket-status").text()).isEqualTo("已受理");
        assertThat(page.getElementById("form-dispatch")).isNotNull();
        assertThat(page.getElementById("form-dispatch").selectFirst("button").hasClass("btn-primary")).isTrue();
        assertThat(page.getElementById("form-merge")).isNotNull();
        assertThat(page.getElementById("form-reply")).isNull(); // a help ticket is not the centre's to answer
        assertThat(page.getElementById("form-accept")).isNull();

        String refused = html(mvc.perform(post("/console/hotline/tickets/" + n + "/dispatch").with(centre).with(csrf())
                .param("unitCode", "")).andExpect(status().isBadRequest()));
        Document again = FormMarkup.assertWellFormed(refused);
        assertThat(again.getElementById("dispatch-unitCode").attr("aria-invalid")).isEqualTo("true");

        mvc.perform(post("/console/hotline/tickets/" + n + "/dispatch").with(centre).with(csrf())
                .param("unitCode", HotlineApiIntegrationTest.HOUSING)).andExpect(status().is3xxRedirection());
        Document unitPage = FormMarkup.assertWellFormed(html(mvc.perform(get(location).with(housing))
                .andExpect(status().isOk())));
        assertThat(unitPage.getElementById("form-accept")).isNotNull();
        assertThat(unitPage.getElementById("form-return")).isNotNull();
        assertThat(unitPage.getElementById("form-urge")).isNull();
        assertThat(unitPage.text()).contains("136****2222").doesNotContain("13600002222");

        String inbox = html(mvc.perform(get("/console/hotline").with(housing)).andExpect(status().isOk()));
        assertThat(inbox).contains(n);
        FormMarkup.assertWellFormed(inbox);

        Document intake = FormMarkup.assertWellFormed(html(mvc.perform(get("/console/hotline/new").with(centre)
                .param("phone", "13600002222")).andExpect(status().isOk())));
        assertThat(intake.getElementById("caller-history").text()).contains(n);
    }

    @Test
    void aUnitCannotOpenTheIntakeScreenNorAnotherUnitsTicket() throws Exception {
        mvc.perform(get("/console/hotline/new").with(housing).param("phone", "13600002222"))
                .andExpect(status().isForbidden());
        // the menu offers the intake screen only to whom it opens: the centre's officers, not a unit's handler
        Document unitInbox = FormMarkup.assertWellFormed(html(mvc.perform(get("/console/hotline").with(housing))
                .andExpect(status().isOk())));
        assertThat(unitInbox.select("a[href=/console/hotline/new]")).isEmpty();
        assertThat(unitInbox.select("a[href=/console/hotline]")).isNotEmpty();
        Document centreQueue = FormMarkup.assertWellFormed(html(mvc.perform(get("/console/hotline").with(centre))
                .andExpect(status().isOk())));
        assertThat(centreQueue.select("nav a[href=/console/hotline/new]")).isNotEmpty();
        String location = mvc.perform(post("/console/hotline/new").with(centre).with(csrf())
                .param("category", "CONSULTATION").param("content", "公积金怎么提取"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(housing)).andExpect(status().isNotFound());
    }
    /**
     * After 签收 the unit's page offers the reply and the extension request, and the centre's page the approval: both
     * extension forms once failed to render (a bean reference in a fragment parameter, refused by Thymeleaf's
     * restricted mode), so the page after the unit's acceptance was an error page.
     */
    @Test
    void afterAcceptanceTheUnitsPageOffersReplyAndExtensionAndTheCentreApproves() throws Exception {
        String location = mvc.perform(post("/console/hotline/new").with(centre).with(csrf())
                .param("callerPhone", "13600003333").param("callerName", "钱七").param("channel", "PHONE")
                .param("category", "COMPLAINT").param("content", "小区门口夜市噪音扰民"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String n = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(post(location + "/dispatch").with(centre).with(csrf())
                .param("unitCode", HotlineApiIntegrationTest.HOUSING)).andExpect(status().is3xxRedirection());
        String after = mvc.perform(post(location + "/accept").with(housing).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(after).isEqualTo("/console/hotline/tickets/" + n);

        Document unitPage = FormMarkup.assertWellFormed(html(mvc.perform(get(after).with(housing))
                .andExpect(status().isOk())));
        assertThat(unitPage.getElementById("ticket-status").text()).isEqualTo("办理中");
        assertThat(unitPage.getElementById("form-reply").selectFirst("button").hasClass("btn-primary")).isTrue();
        assertThat(unitPage.getElementById("extension-request-days").attr("max")).isEqualTo("10");

        mvc.perform(post(location + "/extension-request").with(housing).with(csrf()).param("days", "5")
                .param("reason", "需现场测量噪音")).andExpect(status().is3xxRedirection());
        Document centrePage = FormMarkup.assertWellFormed(html(mvc.perform(get(location).with(centre))
                .andExpect(status().isOk())));
        assertThat(centrePage.getElementById("form-extend")).isNotNull();
        assertThat(centrePage.getElementById("extend-days").attr("max")).isEqualTo("10");
    }
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** The queues show each open ticket's light; the overdue list holds the open tickets past their due date. */
    @Test
    void queuesShowLightsAndTheOverdueListHoldsTheLateTickets() throws Exception {
        String[] numbers = new String[3];
        for (int i = 0; i < numbers.length; i++) {
            String location = mvc.perform(post("/console/hotline/new").with(centre).with(csrf())
                    .param("callerPhone", "1360000444" + i).param("callerName", "李四").param("channel", "PHONE")
                    .param("category", "HELP").param("content", "路灯不亮 " + i))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
            numbers[i] = location.substring(location.lastIndexOf('/') + 1);
            mvc.perform(post(location + "/dispatch").with(centre).with(csrf())
                    .param("unitCode", HotlineApiIntegrationTest.HOUSING)).andExpect(status().is3xxRedirection());
        }
        // the clock is 2026-06-15 (Monday): due the 10th is overdue, the 16th one working day away, the 23rd far
        String[] due = {"2026-06-10", "2026-06-16", "2026-06-23"};
        for (int i = 0; i < numbers.length; i++) {
            jdbc.sql("UPDATE hotline_ticket SET due_on = :d WHERE ticket_number = :n")
                    .param("d", java.time.LocalDate.parse(due[i])).param("n", numbers[i]).update();
        }
        Document inbox = FormMarkup.assertWellFormed(html(mvc.perform(get("/console/hotline").with(housing)
                .param("queue", "handling")).andExpect(status().isOk())));
        assertThat(light(inbox, numbers[0])).isEqualTo("超期");
        assertThat(light(inbox, numbers[1])).isEqualTo("临期");
        assertThat(light(inbox, numbers[2])).isEqualTo("正常");

        for (RequestPostProcessor who : List.of(centre, housing)) {
            Document overdue = FormMarkup.assertWellFormed(html(mvc.perform(get("/console/hotline").with(who)
                    .param("queue", "overdue")).andExpect(status().isOk())));
            assertThat(overdue.select("nav.queue-filters a[aria-current=page]").text()).isEqualTo("超期工单");
            assertThat(overdue.select("tbody a").eachText()).contains(numbers[0]).doesNotContain(numbers[1], numbers[2]);
        }
        RequestPostProcessor finance = TestActors.as(Role.HOTLINE_OFFICER, units.findByCreditCode(
                HotlineApiIntegrationTest.FINANCE).orElseThrow().id());
        assertThat(html(mvc.perform(get("/console/hotline").with(finance).param("queue", "overdue"))
                .andExpect(status().isOk()))).doesNotContain(numbers[0]);
    }

    static String light(Document page, String number) {
        return page.select("tbody tr").stream().filter(tr -> tr.text().contains(number)).findFirst().orElseThrow()
                .select("td").get(6).text();
    }
}
