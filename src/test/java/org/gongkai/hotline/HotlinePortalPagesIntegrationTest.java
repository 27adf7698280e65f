package org.gongkai.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.hotline.HotlineCommands.Taken;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.web.FormMarkup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The portal's 12345 form and status page: plain HTML posts (no JavaScript), errors at their fields, the query code. */
@IntegrationTest
class HotlinePortalPagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;

    @Test
    void theFormIsPlainHtmlWithLimitsFromTheFormClass() throws Exception {
        String html = mvc.perform(get("/hotline")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Document page = FormMarkup.assertWellFormed(html);
        assertThat(page.selectFirst("form[method=post][action=/hotline]")).isNotNull();
        assertThat(page.getElementById("content").attr("maxlength")).isEqualTo("4000");
        assertThat(page.getElementById("callerPhone").hasAttr("required")).isTrue();
        assertThat(page.select("#category option").eachAttr("value")).contains("CONSULTATION", "COMPLAINT", "PRAISE");
    }

    @Test
    void aCitizenSubmitsFollowsAndSeesTheReply() throws Exception {
        MvcResult submitted = mvc.perform(post("/hotline").with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("category", "CONSULTATION").param("title", "社保卡补办").param("content", "社保卡丢了怎么补办？")
                .param("callerName", "李四").param("callerPhone", "13700001111"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/hotline/status")).andReturn();
        Taken taken = (Taken) submitted.getFlashMap().get("receipt");
        assertThat(taken.queryCode()).hasSize(8);

        String receipt = mvc.perform(get("/hotline/status")
                .cookie(submitted.getResponse().getCookie("SESSION"))) // the flash lives in the JDBC session.andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(receipt).contains(taken.ticketNumber()).contains(taken.queryCode());

        var centre = TestActors.as(Role.HOTLINE_OFFICER,
                units.findByCreditCode(HotlineApiIntegrationTest.CENTRE).orElseThrow().id());
        for (String action : new String[] {"reply", "close"}) {
            mvc.perform(post("/api/v1/staff/hotline/tickets/" + taken.ticketNumber() + "/" + action).with(centre)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"reply\": \"请到人社局窗口补办\"}"))
                    .andExpect(status().isOk());
        }
        String html = mvc.perform(post("/hotline/status").with(csrf()).param("ticketNumber", taken.ticketNumber())
                .param("queryCode", taken.queryCode())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Document page = FormMarkup.assertWellFormed(html);
        assertThat(page.getElementById("status-label").text()).isEqualTo("已办结");
        assertThat(page.getElementById("status-reply").text()).isEqualTo("请到人社局窗口补办");
        assertThat(html).doesNotContain("13700001111");

        String wrong = mvc.perform(post("/hotline/status").with(csrf()).param("ticketNumber", taken.ticketNumber())
                .param("queryCode", "NOPE")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(FormMarkup.assertWellFormed(wrong).getElementById("lookup-error")).isNotNull();
    }

    @Test
    void refusalsShowAtTheirFieldsAndKeepWhatWasTyped() throws Exception {
        String html = mvc.perform(post("/hotline").with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("category", "HELP").param("title", "求助").param("content", "家门口积水")
                .param("callerName", "王五").param("callerPhone", "abc"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = FormMarkup.assertWellFormed(html);
        assertThat(page.getElementById("callerPhone").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById("content").text()).isEqualTo("家门口积水");

        String empty = mvc.perform(post("/hotline").with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("category", "").param("content", "x".repeat(4001)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document refused = FormMarkup.assertWellFormed(empty);
        assertThat(refused.getElementById("category").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.getElementById("content").attr("aria-invalid")).isEqualTo("true");
    }
}
