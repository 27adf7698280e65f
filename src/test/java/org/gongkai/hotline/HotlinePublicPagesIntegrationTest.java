package org.gongkai.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.web.FormMarkup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal's public list of closed tickets (issue #12, like FixMyStreet): plain HTML with a GET filter and pager
 * links, only closed tickets, never REPORT or anonymous ones, the caller's name and numbers masked; the ticket page by
 * number refuses unpublished tickets as unknown ones.
 */
@IntegrationTest
class HotlinePublicPagesIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired UnitDirectory units;

    String html(String url, int expected) throws Exception {
        return mvc.perform(get(url)).andExpect(status().is(expected)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String closed(String category, String topic, boolean anonymous) throws Exception {
        String json = """
                {"category": "%s", "title": "公示测试", "content": "我叫上官婉儿，手机13955556666，问%s",
                 "caller": {"name": "上官婉儿", "phone": "13955556666"}, "topic": "%s", "anonymous": %s}"""
                .formatted(category, topic, topic, anonymous);
        Map<String, Object> receipt = JsonMapper.builder().build().readValue(mvc.perform(post("/api/v1/hotline/tickets")
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8), new TypeReference<>() {});
        String n = (String) receipt.get("ticketNumber");
        RequestPostProcessor centre = TestActors.as(Role.HOTLINE_OFFICER,
                units.findByCreditCode(HotlineApiIntegrationTest.CENTRE).orElseThrow().id());
        if ("CONSULTATION".equals(category)) {
            mvc.perform(post("/api/v1/staff/hotline/tickets/" + n + "/reply").with(centre)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"reply\": \"上官婉儿您好，已为您查询\"}"))
                    .andExpect(status().isOk());
            mvc.perform(post("/api/v1/staff/hotline/tickets/" + n + "/close").with(centre)).andExpect(status().isOk());
        }
        return n;
    }

    @Test
    void closedTicketsAreListedWithoutPersonalDataAndFilteredWithoutJavaScript() throws Exception {
        String shown = closed("CONSULTATION", "公积金提取", false);
        String anonymous = closed("CONSULTATION", "公积金提取", true);
        String open = closed("COMPLAINT", "公积金提取", false);

        String list = html("/hotline/public?topic=公积金提取", 200);
        Document page = FormMarkup.assertWellFormed(list);
        assertThat(page.selectFirst("form[method=get][action=/hotline/public]")).isNotNull();
        assertThat(page.select("#topic option").eachAttr("value")).contains("公积金提取");
        assertThat(page.select("#category option").eachAttr("value")).contains("CONSULTATION").doesNotContain("REPORT");
        assertThat(list).contains(shown).doesNotContain(anonymous).doesNotContain(open)
                .doesNotContain("上官婉儿").doesNotContain("13955556666").contains("上**儿您好");

        String detail = html("/hotline/public/" + shown, 200);
        FormMarkup.assertWellFormed(detail);
        assertThat(detail).contains("上**儿您好，已为您查询").contains("139****6666").doesNotContain("13955556666")
                .doesNotContain("上官婉儿");
        html("/hotline/public/" + anonymous, 404);
        assertThat(html("/hotline/public/" + open, 200)).contains("办结后公开答复");
        html("/hotline/public/RX20990101000000", 404);

        assertThat(html("/hotline/public?category=PRAISE&topic=公积金提取", 200)).doesNotContain(shown);
        html("/hotline/public?category=REPORT", 400);
        html("/hotline/public?page=0", 400);
        html("/hotline/public?page=abc", 400);
        html("/hotline/public?topic=" + "长".repeat(200), 400);
        assertThat(html("/hotline", 200)).contains("href=\"/hotline/public\"");
    }

    @Test
    void theListIsPaginatedByPlainLinks() throws Exception {
        for (int i = 0; i < PAGE + 1; i++) {
            closed("CONSULTATION", "分页测试", false);
        }
        Document first = FormMarkup.assertWellFormed(html("/hotline/public?topic=分页测试", 200));
        assertThat(first.select("#public-tickets tbody tr")).hasSize(PAGE);
        String next = first.selectFirst("a[rel=next]").attr("href");
        assertThat(next).contains("page=2");
        Document second = FormMarkup.assertWellFormed(mvc.perform(get(java.net.URI.create(next)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(second.select("#public-tickets tbody tr")).hasSize(1);
        assertThat(second.selectFirst("a[rel=prev]")).isNotNull();
        assertThat(second.selectFirst("a[rel=next]")).isNull();
    }

    static final int PAGE = 20;
}
