package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The public form and the console pages: field messages keep the input, masking in lists, data scope. */
@IntegrationTest
class RequestPagesIntegrationTest {

    static final String OFFICE = RequestApiIntegrationTest.OFFICE;

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;
    @Autowired
    JdbcClient jdbc;

    MockHttpServletRequestBuilder form(String idNumber, String description, String token) {
        return post("/requests/apply").with(csrf()).with(RequestApiIntegrationTest.fromSomewhere())
                .param("applicantType", "NATURAL_PERSON").param("name", "欧阳娜娜").param("idNumber", idNumber)
                .param("phone", "13700001111").param("email", "oy@example.cn").param("unitCode", OFFICE)
                .param("description", description).param("deliveryForm", "ELECTRONIC")
                .param("deliveryChannel", "EMAIL").param("formToken", token);
    }

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theFormShowsEveryFieldWithALabel() throws Exception {
        String page = html(get("/requests/apply"));
        for (String id : new String[] {"applicantType", "name", "idNumber", "creditCode", "phone", "email", "address",
                "unitCode", "description", "deliveryForm", "deliveryChannel"}) {
            assertThat(page).contains("for=\"" + id + "\"").contains("id=\"" + id + "\"");
        }
    }

    @Test
    void aBadIdNumberIsShownAtItsFieldAndTheInputIsKept() throws Exception {
        String page = html(form("110105194912310021", "示例县自来水价格调整听证材料", UUID.randomUUID().toString()));

        assertThat(page).contains("身份证号码校验位不正确，请核对").contains("value=\"欧阳娜娜\"")
                .contains("示例县自来水价格调整听证材料").contains("value=\"110105194912310021\"");
    }

    @Test
    void aFormSubmittedTwiceCreatesOneRequest() throws Exception {
        String token = UUID.randomUUID().toString();
        int before = jdbc.sql("SELECT COUNT(*) FROM requests_request").query(Integer.class).single();

        mvc.perform(form("11010519491231002X", "示例县2025年道路改造计划", token)).andExpect(status().is3xxRedirection());
        mvc.perform(form("11010519491231002X", "示例县2025年道路改造计划", token)).andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("SELECT COUNT(*) FROM requests_request").query(Integer.class).single()).isEqualTo(before + 1);
    }

    @Test
    void aWrongAccessCodeOnTheStatusPageSaysSoWithoutDetails() throws Exception {
        String page = html(post("/requests/status").with(csrf()).with(RequestApiIntegrationTest.fromSomewhere())
                .param("trackingNumber", "YS20250101000000").param("accessCode", "NOPENOPE22"));

        assertThat(page).contains("查询号或查询码不正确");
    }

    @Test
    void theQueueMasksApplicantsAndTheRequestPageIsScopedToTheUnit() throws Exception {
        long office = units.findByCreditCode(OFFICE).orElseThrow().id();
        long finance = units.findByCreditCode(RequestApiIntegrationTest.FINANCE).orElseThrow().id();
        mvc.perform(form("11010519491231002X", "示例县乡村振兴资金使用情况", UUID.randomUUID().toString()));
        String tn = jdbc.sql("SELECT tracking_number FROM requests_request WHERE description = '示例县乡村振兴资金使用情况'")
                .query(String.class).list().get(0);

        String queue = html(get("/console/requests").with(TestActors.as(Role.REQUEST_OFFICER, office)));
        assertThat(queue).contains(tn).contains("欧**娜").doesNotContain("欧阳娜娜").doesNotContain("13700001111");

        String page = html(get("/console/requests/" + tn).with(TestActors.as(Role.REQUEST_OFFICER, office)));
        assertThat(page).as("the name in full, the identity number and contacts masked until revealed (#10)")
                .contains("欧阳娜娜").contains("11*************02X").contains("137****1111")
                .doesNotContain("11010519491231002X").doesNotContain("13700001111");

        mvc.perform(get("/console/requests/" + tn).with(TestActors.as(Role.REQUEST_OFFICER, finance)))
                .andExpect(status().isNotFound());
        assertThat(html(get("/console/requests").with(TestActors.as(Role.REQUEST_OFFICER, finance)))).doesNotContain(tn);
    }

    @Test
    void anOfficerActsFromTheRequestPageAndARefusalIsShownInChinese() throws Exception {
        long office = units.findByCreditCode(OFFICE).orElseThrow().id();
        mvc.perform(form("11010519491231002X", "示例县中小学布局调整方案", UUID.randomUUID().toString()));
        String tn = jdbc.sql("SELECT tracking_number FROM requests_request WHERE description = '示例县中小学布局调整方案'")
                .query(String.class).list().get(0);
        var officer = TestActors.as(Role.REQUEST_OFFICER, office);

        mvc.perform(post("/console/requests/" + tn + "/accept").with(officer).with(csrf())).andExpect(status().is3xxRedirection());
        String refused = mvc.perform(post("/console/requests/" + tn + "/extension").with(officer).with(csrf())
                .param("on", "").param("days", "25").param("approver", "周志远")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).as("the reason at its field, and what was typed is kept")
                .contains("<p class=\"field-error\" id=\"extension-days-error\">延长的期限须为 1 至 20 个工作日（《条例》第三十三条）</p>")
                .contains("aria-describedby=\"extension-days-error\"").contains("value=\"25\"").contains("value=\"周志远\"");
        String page = html(get("/console/requests/" + tn).with(officer));
        assertThat(page).contains("<dd id=\"step\">审核</dd>");
        assertThat(jdbc.sql("SELECT step FROM requests_request WHERE tracking_number = :tn").param("tn", tn)
                .query(String.class).single()).isEqualTo("REVIEWING");
    }

    @Test
    void staffRegisterALetterWithItsReceiptDate() throws Exception {
        long office = units.findByCreditCode(OFFICE).orElseThrow().id();
        var result = mvc.perform(post("/console/requests/new").with(TestActors.as(Role.REQUEST_OFFICER, office)).with(csrf())
                .param("channel", "LETTER").param("receivedOn", "2025-09-26").param("applicantType", "NATURAL_PERSON")
                .param("name", "信函申请人").param("idNumber", "11010519491231002X").param("phone", "13700002222")
                .param("unitCode", OFFICE).param("description", "示例县防汛应急预案").param("deliveryForm", "PAPER")
                .param("deliveryChannel", "PICKUP")).andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        String page = html(get(location).with(TestActors.as(Role.REQUEST_OFFICER, office)));

        assertThat(page).contains("收到申请 2025-09-26").contains("答复期限 2025-10-30").contains("信函申请");
    }
}
