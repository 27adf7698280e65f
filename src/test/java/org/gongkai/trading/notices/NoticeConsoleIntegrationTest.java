package org.gongkai.trading.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.trading.TradingFixtures.CENTRE;
import static org.gongkai.trading.TradingFixtures.company;
import static org.gongkai.trading.TradingFixtures.importLines;
import static org.gongkai.trading.TradingFixtures.postJson;
import static org.gongkai.trading.TradingFixtures.projectLine;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.web.FormMarkup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The trading officer's console: the form writes a notice (a refusal shows the message at the field), the notice's
 * page shows the catalogue's review status, and a notice the reviewer returned is corrected and submitted again.
 */
@IntegrationTest
class NoticeConsoleIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;
    @Autowired
    JdbcClient jdbc;

    @Test
    void writeReturnCorrectAndResubmit() throws Exception {
        long centre = units.findByCreditCode(CENTRE).orElseThrow().id();
        RequestPostProcessor officer = TestActors.as(Role.TRADING_OFFICER, centre);
        RequestPostProcessor reviewer = TestActors.as(-3, "test-centre-reviewer", Map.of(centre, Set.of(Role.REVIEWER)));
        String code = "CON-" + System.nanoTime() % 1_000_000;
        importLines(mvc, officer, "projects", List.of(projectLine(code, "WORKS", 9_000_000L,
                List.of(company(700), company(701)), null, null, null, null))).andExpect(status().isOk());

        FormMarkup.assertWellFormed(html(mvc.perform(get("/console/trading/notices/new?project=" + code).with(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)));
        String refused = mvc.perform(post("/console/trading/notices").with(officer).with(csrf())
                        .param("projectCode", code).param("kind", "ANNOUNCEMENT").param("body", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        FormMarkup.assertWellFormed(refused);
        assertThat(refused).contains("请填写公告正文");
        String outOfOrder = mvc.perform(post("/console/trading/notices").with(officer).with(csrf())
                        .param("projectCode", code).param("kind", "RESULT").param("body", "结果"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(outOfOrder).contains("请先发布招标公告");

        String location = mvc.perform(post("/console/trading/notices").with(officer).with(csrf())
                        .param("projectCode", code).param("kind", "ANNOUNCEMENT").param("body", "第一稿"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/console/trading/notices/");
        assertThat(page(location, officer)).contains("待保密审查").doesNotContain("resubmit-form");
        assertThat(page("/console/trading/notices", officer)).contains(code).contains("待保密审查");

        long noticeId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long doc = jdbc.sql("SELECT document_id FROM trading_notice WHERE id = :id").param("id", noticeId)
                .query(Long.class).single();
        postJson(mvc, reviewer, "/api/v1/staff/documents/" + doc + "/return", "{\"reason\": \"请补充开标时间\"}")
                .andExpect(status().isOk());
        String returned = page(location, officer);
        FormMarkup.assertWellFormed(returned);
        assertThat(returned).contains("草稿").contains("resubmit-form").contains("第一稿")
                .contains("退回理由").contains("请补充开标时间");
        assertThat(page("/console/trading/notices", officer)).contains("已退回：请补充开标时间");

        mvc.perform(post(location + "/resubmit").with(officer).with(csrf()).param("projectCode", code)
                .param("kind", "ANNOUNCEMENT").param("body", "第二稿：开标时间另行通知")).andExpect(status().is3xxRedirection());
        assertThat(page(location, officer)).contains("待保密审查").contains("第二稿").doesNotContain("请补充开标时间");
        assertThat(jdbc.sql("SELECT body FROM catalogue_document WHERE id = :id").param("id", doc).query(String.class)
                .single()).contains("第二稿").doesNotContain("第一稿");
        mvc.perform(post(location + "/resubmit").with(officer).with(csrf()).param("projectCode", code)
                .param("kind", "ANNOUNCEMENT").param("body", "第三稿")).andExpect(status().isOk()); // not returned now
        mvc.perform(get(location).with(TestActors.as(Role.TRADING_OFFICER,
                units.findByCreditCode(org.gongkai.trading.TradingFixtures.BUYER).orElseThrow().id())))
                .andExpect(status().isNotFound());
    }

    String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    static String html(String s) {
        return s;
    }
}
