package org.gongkai.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
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
 * The operator's hints at intake (issue #12): 查找相似 (a plain POST, no JavaScript) shows the caller's earlier tickets
 * by phone (found through the blind index, the phone is stored encrypted), similar open tickets by text and address
 * (closed ones are not hints), and stores nothing; the JSON hints carry the same.
 */
@IntegrationTest
class IntakeHintsIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired UnitDirectory units;
    @Autowired JdbcClient jdbc;

    RequestPostProcessor centre;
    RequestPostProcessor housing;

    @BeforeEach
    void actors() {
        centre = TestActors.as(Role.HOTLINE_OFFICER, units.findByCreditCode(HotlineApiIntegrationTest.CENTRE)
                .orElseThrow().id());
        housing = TestActors.as(Role.HOTLINE_OFFICER, units.findByCreditCode(HotlineApiIntegrationTest.HOUSING)
                .orElseThrow().id());
    }

    static String html(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String take(String phone, String category, String content, String address) throws Exception {
        String location = mvc.perform(post("/console/hotline/new").with(centre).with(csrf())
                .param("callerPhone", phone).param("callerName", "钱七").param("channel", "PHONE")
                .param("category", category).param("urgency", "NORMAL").param("content", content)
                .param("address", address))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void lookingAroundShowsHistorySimilarOpenTicketsAndStoresNothing() throws Exception {
        String earlier = take("13500007777", "HELP", "和平小区污水井冒水，整条路都是臭水", "和平路88号和平小区");
        String unrelated = take("13500008888", "HELP", "公交车站的座椅坏了", "人民大道公交站");
        String closed = take("13500009999", "CONSULTATION", "和平小区污水井冒水归谁管", "和平路88号");
        mvc.perform(post("/console/hotline/tickets/" + closed + "/reply").with(centre).with(csrf())
                .param("reply", "由住建局负责")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/console/hotline/tickets/" + closed + "/close").with(centre).with(csrf()))
                .andExpect(status().is3xxRedirection());
        int before = jdbc.sql("SELECT COUNT(*) FROM hotline_ticket").query(Integer.class).single();

        Document page = FormMarkup.assertWellFormed(html(mvc.perform(post("/console/hotline/new").with(centre)
                .with(csrf()).param("similar", "1").param("callerPhone", "135 0000 7777").param("channel", "PHONE")
                .param("category", "COMPLAINT").param("content", "和平小区的污水井又冒水了，臭水流到路上")
                .param("address", "和平路和平小区")).andExpect(status().isOk())));
        assertThat(page.getElementById("caller-history").text()).contains(earlier);
        String similar = page.getElementById("similar-tickets").text();
        assertThat(similar).contains(earlier).doesNotContain(unrelated).doesNotContain(closed);
        assertThat(page.getElementById("content").text()).contains("污水井又冒水"); // what was typed stays
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hotline_ticket").query(Integer.class).single()).isEqualTo(before);

        Document none = FormMarkup.assertWellFormed(html(mvc.perform(post("/console/hotline/new").with(centre)
                .with(csrf()).param("similar", "1").param("content", "申请开具无犯罪记录证明"))
                .andExpect(status().isOk())));
        assertThat(none.getElementById("similar-heading")).isNotNull();
        assertThat(none.getElementById("similar-tickets")).isNull();

        String json = html(mvc.perform(get("/api/v1/staff/hotline/intake-hints").with(centre)
                .param("phone", "13500007777").param("text", "污水井冒水").param("address", "和平小区"))
                .andExpect(status().isOk()));
        assertThat(json).contains("\"similarTickets\":[{\"ticketNumber\":\"" + earlier + "\"")
                .contains("\"callerTickets\":[\"" + earlier + "\"]");

        mvc.perform(post("/console/hotline/new").with(housing).with(csrf()).param("similar", "1")
                .param("content", "污水井")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/staff/hotline/intake-hints").with(centre).param("text", "长".repeat(5000)))
                .andExpect(status().isBadRequest());
        // an over-long field is refused at its field before anything is looked up; what was typed stays
        Document tooLong = FormMarkup.assertWellFormed(html(mvc.perform(post("/console/hotline/new").with(centre)
                .with(csrf()).param("similar", "1").param("title", "污水井").param("content", "长".repeat(5000)))
                .andExpect(status().isBadRequest())));
        assertThat(tooLong.getElementById("similar-heading")).isNull();
        assertThat(tooLong.getElementById("content").attr("aria-invalid")).isEqualTo("true");
        assertThat(tooLong.getElementById("title").val()).isEqualTo("污水井");
    }

    @Test
    void theKnowledgeBaseAnswersAConsultationWhichTheCentreClosesAtOnce() throws Exception {
        Document page = FormMarkup.assertWellFormed(html(mvc.perform(post("/console/hotline/new").with(centre)
                .with(csrf()).param("similar", "1").param("category", "CONSULTATION")
                .param("content", "农村宅基地被占用了怎么办")).andExpect(status().isOk())));
        assertThat(page.getElementById("knowledge-answers")).as(page.select("main").text()).isNotNull();
        assertThat(page.getElementById("knowledge-answers").text()).contains("宅基地");
        assertThat(page.getElementById("answer")).isNotNull();

        String location = mvc.perform(post("/console/hotline/new").with(centre).with(csrf())
                .param("callerPhone", "13500006666").param("channel", "PHONE").param("category", "CONSULTATION")
                .param("content", "农村宅基地被占用了怎么办")
                .param("answer", "请依据《示例县农村宅基地管理办法》向所在乡镇人民政府申请处理"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String n = location.substring(location.lastIndexOf('/') + 1);
        assertThat(jdbc.sql("SELECT status FROM hotline_ticket WHERE ticket_number = :n").param("n", n)
                .query(String.class).single()).isEqualTo("CLOSED");
        assertThat(jdbc.sql("SELECT reply FROM hotline_ticket WHERE ticket_number = :n").param("n", n)
                .query(String.class).single()).contains("宅基地管理办法");

        int before = jdbc.sql("SELECT COUNT(*) FROM hotline_ticket").query(Integer.class).single();
        Document refused = FormMarkup.assertWellFormed(html(mvc.perform(post("/console/hotline/new").with(centre)
                .with(csrf()).param("category", "COMPLAINT").param("content", "邻居占了我家宅基地")
                .param("answer", "不归我们管")).andExpect(status().isOk())));
        assertThat(refused.text()).contains("中心只能直接答复咨询类诉求");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hotline_ticket").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void theKnowledgeBaseShowsAServiceGuideWithItsKeyFactsSoAConsultationIsAnsweredAtOnce() throws Exception {
        String marker = randomHan(4);
        String code = org.gongkai.services.items.ItemLinesFixture.code();
        String civil = org.gongkai.services.items.ItemLinesFixture.CIVIL_AFFAIRS;
        mvc.perform(post("/api/v1/staff/service-items/import").with(TestActors.as(-61, "kb-importer",
                        java.util.Map.of(units.findByCreditCode(civil).orElseThrow().id(),
                                java.util.Set.of(Role.SERVICE_OFFICER))))
                .contentType("application/x-ndjson").content(org.gongkai.services.items.ItemLinesFixture.lines(
                        java.util.List.of(org.gongkai.services.items.ItemLinesFixture.immediate(code,
                                marker + "高龄津贴申领", civil)))))
                .andExpect(status().isOk());

        Document page = FormMarkup.assertWellFormed(html(mvc.perform(post("/console/hotline/new").with(centre)
                .with(csrf()).param("similar", "1").param("category", "CONSULTATION")
                .param("content", marker + "高龄津贴申领要多久能办好，在哪里办")).andExpect(status().isOk())));
        var guides = page.getElementById("knowledge-guides");
        assertThat(guides).as(page.select("main").text()).isNotNull();
        // the demo county's own 高龄津贴 guide may rank beside it: the one imported here is among the three shown
        var first = guides.select("li").stream()
                .filter(li -> li.selectFirst("a").attr("href").equals("/services/items/" + code)).findFirst()
                .orElseThrow(() -> new AssertionError(guides.text()));
        assertThat(first.text()).contains(marker + "高龄津贴申领", "即办件", "即办", "示例县政务服务中心一楼民政窗口",
                "0123-6100056", "工作日 8:30");
        assertThat(page.getElementById("answer")).isNotNull();

        String json = html(mvc.perform(get("/api/v1/staff/hotline/intake-hints").with(centre)
                .param("text", marker + " 高龄津贴")).andExpect(status().isOk()));
        assertThat(json).contains("\"guides\":[{\"code\":\"" + code + "\"").contains("\"promisedLimit\":\"即办\"");

        Document nothing = FormMarkup.assertWellFormed(html(mvc.perform(post("/console/hotline/new").with(centre)
                .with(csrf()).param("similar", "1").param("content", randomHan(6)))
                .andExpect(status().isOk())));
        assertThat(nothing.getElementById("knowledge-guides")).isNull();
        assertThat(nothing.select("main").text()).contains("知识库中没有找到相关的办事指南");
    }

    /** Rare Han characters no other test's text has. */
    static String randomHan(int length) {
        java.util.Random r = new java.util.Random();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.appendCodePoint(0x7E00 + r.nextInt(0x1000));
        }
        return s.toString();
    }
}
