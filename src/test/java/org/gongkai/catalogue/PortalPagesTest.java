package org.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gongkai.IntegrationTest;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Element;

/** The 「政府信息公开」 column over the demo catalogue: pages, metadata table, meta tags, feeds and sitemap. */
@IntegrationTest
class PortalPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UnitDirectory units;

    long demoDocument(String indexNumber) {
        return jdbc.sql("SELECT id FROM catalogue_document WHERE index_number = ?").param(indexNumber)
                .query(Long.class).single();
    }

    @Test
    void columnHomeListsPoliciesAndEveryYear() throws Exception {
        mvc.perform(get("/openness"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("政府信息公开指南"), containsString("法定主动公开内容"),
                        containsString("政策文件"), containsString("2021年"), containsString("name=\"ColumnName\""),
                        not(containsString("正在建设中")))));
    }

    @Test
    void documentPageShowsTheMetadataTableAndTheMetaTags() throws Exception {
        long id = demoDocument("119901011001003591/2025-00101");
        String html = mvc.perform(get("/openness/documents/{id}", id))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (String label : new String[] {"索引号", "主题分类", "发文机关", "成文日期", "标题", "发文字号", "发布日期", "主题词", "有效性"}) {
            assertThat(html).contains("<th scope=\"row\">" + label + "</th>");
        }
        assertThat(html).contains("119901011001003591/2025-00101", "示政规〔2025〕2号", "城乡建设、环境保护\\城乡建设（含住房）",
                "示例县住房和城乡建设局", "2025-04-15");
        for (String meta : new String[] {"SiteName", "SiteDomain", "SiteIDCode", "ColumnName", "ColumnDescription",
                "ColumnKeywords", "ColumnType", "ArticleTitle", "PubDate", "ContentSource"}) {
            assertThat(html).contains("<meta name=\"" + meta + "\"");
        }
        assertThat(html).containsPattern("<meta name=\"PubDate\" content=\"\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\">");
        // the repeal shows on both pages, the interpretation is linked
        assertThat(html).contains("本文件替代（废止）了", "政策解读");
        long old = demoDocument("119901011001003591/2021-00101");
        mvc.perform(get("/openness/documents/{id}", old))
                .andExpect(content().string(allOf(containsString("废止"), containsString("现行文件"))));
    }

    @Test
    void browsingFiltersByUnitTopicCategoryAndYear() throws Exception {
        long finance = CatalogueFixtures.unit(units, CatalogueFixtures.FINANCE);
        mvc.perform(get("/openness/documents").param("unit", String.valueOf(finance)).param("year", "2025")
                        .param("category", "财政预算决算").param("topic", "财政、金融、审计"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("示例县2025年县级一般公共预算收支情况"),
                        not(containsString("最低生活保障新增对象公示")))));
        mvc.perform(get("/openness/documents").param("policy", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("政策文件")));
    }

    @Test
    void guideIsGeneratedFromTheUnitsOfficeData() throws Exception {
        long office = CatalogueFixtures.unit(units, CatalogueFixtures.OFFICE);
        mvc.perform(get("/openness/guide/{id}", office))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("示例县人民政府办公室政府信息公开指南"),
                        containsString("0123-6100010"), containsString("示例县人民大道2号"), containsString("20 个工作日"))));
    }

    @Test
    void draftsAreNotPublicAndUnknownIdsAre404() throws Exception {
        long draft = jdbc.sql("SELECT MIN(id) FROM catalogue_document WHERE status = 'DRAFT' AND public_version IS NULL")
                .query(Long.class).single();
        mvc.perform(get("/openness/documents/{id}", draft)).andExpect(status().isNotFound());
        mvc.perform(get("/openness/documents/{id}", 987_654_321L)).andExpect(status().isNotFound());
    }

    @Test
    void feedsAndSitemapAreWellFormedXml() throws Exception {
        long housing = CatalogueFixtures.unit(units, "119901011001003591");
        Element feed = xml(mvc.perform(get("/openness/feeds/unit/{id}", housing)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(feed.getTagName()).isEqualTo("feed");
        assertThat(feed.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(feed.getElementsByTagNameNS("*", "entry").getLength()).isGreaterThanOrEqualTo(3);

        Element topic = xml(mvc.perform(get("/openness/feeds/topic").param("topic", "财政、金融、审计\\财政"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(topic.getElementsByTagNameNS("*", "entry").getLength()).isGreaterThanOrEqualTo(1);

        Element sitemap = xml(mvc.perform(get("/sitemap.xml")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(sitemap.getTagName()).isEqualTo("urlset");
        assertThat(sitemap.getElementsByTagNameNS("*", "url").getLength()).isGreaterThan(60);
    }

    static Element xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)).getDocumentElement();
    }
}
