package org.gongkai.services.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.gongkai.IntegrationTest;
import org.gongkai.web.FormMarkup;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The portal's 政务服务 section (issue #11) over the demo items: the landing page by life event, target, level and
 * department; the filtered list; a guide with every element, readable in 长者模式 and printable; refusals of tampered
 * filters; the guides in the sitemap and on the home page. No JavaScript is needed anywhere.
 */
@IntegrationTest
class ServicePortalPagesTest {

    static final String MINIMUM = DemoServiceHall.FIRST_ITEM;

    @Autowired MockMvc mvc;

    String html(MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theLandingPageListsGuidesByLifeEventTargetLevelAndDepartment() throws Exception {
        Document page = FormMarkup.assertWellFormed(html(get("/services"), 200));
        assertThat(page.select("h1").text()).isEqualTo("政务服务");
        assertThat(page.select("a[href^=/services/items?event=]").eachText()).contains("出生", "上学", "养老", "身后事");
        assertThat(page.select("a[href=/services/items?target=PERSON]").text()).isEqualTo("个人办事");
        assertThat(page.select("a[href=/services/items?level=VILLAGE]").text()).isEqualTo("村（社区）级");
        assertThat(page.select("a[href^=/services/items?unit=]").eachText()).anyMatch(t -> t.startsWith("示例县民政局（"));
        assertThat(page.select("a[href=/services/cases]")).hasSize(1);
        assertThat(page.select("table th[scope=row]").eachText()).contains("示例县政务服务中心", "城关镇便民服务中心");
        assertThat(page.select("a[aria-current=page]").text()).isEqualTo("政务服务");
    }

    @Test
    void theListFiltersByLifeEventAndLevelAndPages() throws Exception {
        Document birth = FormMarkup.assertWellFormed(html(get("/services/items").param("event", "出生"), 200));
        assertThat(birth.select("h1").text()).isEqualTo("出生的办事指南");
        assertThat(birth.select("tbody a").eachText()).contains("出生登记", "新生儿参保登记")
                .doesNotContain("企业设立登记");
        assertThat(birth.select("select#event option[selected]").text()).isEqualTo("出生");

        Document village = Jsoup.parse(html(get("/services/items").param("level", "VILLAGE"), 200));
        assertThat(village.select("tbody a").eachText()).contains("最低生活保障对象认定").doesNotContain("企业设立登记");
        Document all = Jsoup.parse(html(get("/services/items"), 200));
        assertThat(all.select("a[rel=next]").attr("href")).isEqualTo("/services/items?page=2");
        assertThat(all.select("tbody tr")).hasSize(20);

        html(get("/services/items").param("level", "PROVINCE"), 400);
        html(get("/services/items").param("event", "退休旅游"), 400);
        html(get("/services/items").param("unit", "NOSUCHUNIT"), 400);
        html(get("/services/items").param("page", "0"), 400);
        html(get("/services/items").param("q", "字".repeat(101)), 400);
        assertThat(Jsoup.parse(html(get("/services/items").param("q", "%_"), 200)).text()).contains("共 0 项");
    }

    @Test
    void aGuideShowsEveryElementAndWorksInElderModeAndInPrint() throws Exception {
        Document guide = FormMarkup.assertWellFormed(html(get("/services/items/" + MINIMUM), 200));
        assertThat(guide.select("h1").text()).isEqualTo("最低生活保障对象认定办事指南");
        assertThat(guide.select("h2").eachText()).containsExactly("基本信息", "设定依据", "受理条件", "申请材料", "办理流程",
                "办理地点和时间", "收费", "办理结果和送达", "咨询和投诉");
        assertThat(guide.select(".guide-facts").text()).contains("示例县民政局", "行政给付", "30个工作日", "20个工作日",
                "Ⅲ级", "最多跑 1 次", "县级、乡镇（街道）级、村（社区）级");
        assertThat(guide.select("table caption").eachText()).contains("申请材料清单");
        assertThat(guide.select("tbody th[scope=row]").eachText()).contains("居民身份证", "居民户口簿");
        assertThat(guide.select("ol li")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(guide.text()).contains("各乡镇（街道）便民服务中心", "不收费", "12345");

        Document elder = Jsoup.parse(html(get("/services/items/" + MINIMUM)
                .cookie(new Cookie("gk-large-text", "on"), new Cookie("gk-high-contrast", "on")), 200));
        assertThat(elder.select("html").attr("class")).contains("mode-large-text", "mode-high-contrast");
        assertThat(elder.select("script[src]:not([defer])")).isEmpty();

        String immediate = Jsoup.parse(html(get("/services/items/119901011001007030" + "07001"), 200)).text();
        assertThat(immediate).contains("出生登记办事指南", "即办件", "当场（当日）办结");

        html(get("/services/items/NO-SUCH-CODE"), 404);
        html(get("/services/items/{code}", "<script>"), 404);
    }

    @Test
    void guidesAreInTheSitemapAndOnTheHomePage() throws Exception {
        assertThat(html(get("/sitemap.xml"), 200)).contains("/services/items/" + MINIMUM + "</loc>", "/services</loc>");
        Document home = Jsoup.parse(html(get("/"), 200));
        assertThat(home.select("#home-service-guides").text()).isEqualTo("办事指南");
        assertThat(home.select("a[href=/services/items?target=PERSON]")).hasSize(1);
    }
}
