package org.gongkai.gazette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.catalogue.PublishedDocuments;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.web.FormMarkup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The gazette end to end over the demo county's published documents: the office's editor compiles an issue (sections
 * by genre, a document moved), its leader publishes it; the issue's PDF read back with PDFBox (cover, table of
 * contents in section order, the documents), its EPUB opened as a reader would, the year's volume and its index, the
 * API's JSON, the Atom feed, the delivery notes; and what is refused: a draft, an external issuer's law, an ineligible
 * genre, another unit's editor, the editor publishing, a change to a published issue, an empty issue, a bad year.
 */
@IntegrationTest
class GazetteIntegrationTest {

    static final String OFFICE = "11990101100100148H";
    static final String HOUSING_RULES = "119901011001003591/2025-00101"; // 办法, 示政规〔2025〕2号
    static final String LAND_RULES = "11990101100101124A/2025-00101"; // 办法, 示政规〔2025〕4号
    static final String LAND_APPROVALS = "1199010110010259XW/2025-00101"; // 公示

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;
    @Autowired
    PublishedDocuments documents;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    GazetteIssues port;

    long office() {
        return units.findByCreditCode(OFFICE).orElseThrow().id();
    }

    RequestPostProcessor editor() {
        return TestActors.as(Role.EDITOR, office());
    }

    RequestPostProcessor leader() {
        return TestActors.as(Role.LEADER, office());
    }

    long doc(String indexNumber) {
        return documents.referencesByIndexNumber(List.of(indexNumber)).get(0).id();
    }

    long newIssue() throws Exception {
        String location = mvc.perform(post("/console/gazette/issues").with(editor()).with(csrf()).param("year", "2026"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    void add(long issue, long document, String section) throws Exception {
        var request = post("/console/gazette/issues/" + issue + "/entries").with(editor()).with(csrf())
                .param("documentId", String.valueOf(document));
        if (section != null) {
            request.param("section", section);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    GazetteIssue published(long issue) throws Exception {
        mvc.perform(post("/console/gazette/issues/" + issue + "/publish").with(leader()).with(csrf())
                .param("publishedOn", "2026-06-12")).andExpect(status().is3xxRedirection());
        return jdbc.sql("SELECT issue_number FROM gazette_issue WHERE id = ?").param(issue).query(Integer.class)
                .optional().map(n -> new GazetteIssue(issue, 2026, n, IssueStatus.PUBLISHED, null, null, List.of()))
                .orElseThrow();
    }

    String page(String path, RequestPostProcessor who) throws Exception {
        var request = get(path);
        if (who != null) {
            request.with(who);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anIssueCompiledFromPublishedDocumentsPrintsItsTableOfContentsAndOpensAsAnEpub() throws Exception {
        long id = newIssue();
        FormMarkup.assertWellFormed(page("/console/gazette/issues/" + id, editor()));
        add(id, doc(LAND_APPROVALS), null); // 公示 → 公示公告
        add(id, doc(LAND_RULES), null); // 办法 → 规范性文件
        add(id, doc(HOUSING_RULES), null);
        mvc.perform(post("/console/gazette/issues/" + id + "/entries/" + doc(HOUSING_RULES) + "/move")
                .with(editor()).with(csrf()).param("direction", "UP")).andExpect(status().is3xxRedirection());
        String draft = page("/console/gazette/issues/" + id, editor());
        FormMarkup.assertWellFormed(draft);
        assertThat(draft).contains("编辑中").doesNotContain("出版本期"); // the editor does not publish
        assertThat(page("/console/gazette/issues/" + id, leader())).contains("出版本期");
        GazetteIssue issue = published(id);
        String path = "/gazette/2026/" + issue.number();

        String html = page(path, null);
        FormMarkup.assertWellFormed(html);
        assertThat(org.jsoup.Jsoup.parse(html).selectFirst("main h1").text()).isEqualTo("示例县人民政府公报 2026年第"
                + issue.number() + "期");
        assertThat(html).contains("id=\"sec-1\"", "id=\"doc-" + doc(LAND_RULES) + "\"", "示政规〔2025〕4号",
                "href=\"/openness/documents/" + doc(LAND_RULES) + "\"", "11990101100101124A/2025-00101");
        assertThat(html.indexOf("示例县城镇住房保障家庭租赁补贴实施办法")).isLessThan(html.indexOf("示例县农村宅基地管理办法"));

        byte[] pdf = mvc.perform(get(path + ".pdf")).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf")).andReturn().getResponse().getContentAsByteArray();
        java.nio.file.Files.write(java.nio.file.Path.of("target", "gazette-issue.pdf"), pdf); // to look at (pdftoppm)
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(5);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
            assertThat(text).contains("示例县人民政府公报", "2026年第" + issue.number() + "期", "目录");
            int toc = text.indexOf("目录");
            int rules = text.indexOf("规范性文件", toc);
            int notices = text.indexOf("公示公告", toc);
            assertThat(rules).isPositive().isLessThan(notices);
            int housing = text.indexOf("示例县城镇住房保障家庭租赁补贴实施办法", toc);
            int land = text.indexOf("示例县农村宅基地管理办法", toc);
            assertThat(housing).isPositive().isLessThan(land).isLessThan(notices);
            assertThat(text).contains("示政规〔2025〕2号", "示政规〔2025〕4号", "城关镇2025年第二季度农村宅基地审批情况公示",
                    "索引号：11990101100101124A/2025-00101");
            assertThat(text.lastIndexOf("示例县农村宅基地管理办法")).isGreaterThan(notices); // the document itself
        }

        byte[] epub = mvc.perform(get(path + ".epub")).andExpect(status().isOk())
                .andExpect(content().contentType("application/epub+zip")).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(new String(epub, 30, 8, StandardCharsets.US_ASCII)).isEqualTo("mimetype");
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        List<ZipEntry> order = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                order.add(e);
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        assertThat(order.get(0).getName()).isEqualTo("mimetype");
        assertThat(order.get(0).getMethod()).isEqualTo(ZipEntry.STORED);
        assertThat(new String(entries.get("mimetype"), StandardCharsets.US_ASCII)).isEqualTo("application/epub+zip");
        Document container = xml(entries.get("META-INF/container.xml"));
        String opfPath = ((Element) container.getElementsByTagNameNS("*", "rootfile").item(0)).getAttribute("full-path");
        Document opf = xml(entries.get(opfPath));
        assertThat(opf.getDocumentElement().getAttribute("version")).isEqualTo("3.0");
        assertThat(opf.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title").item(0).getTextContent())
                .contains("2026年第" + issue.number() + "期");
        String dir = opfPath.substring(0, opfPath.lastIndexOf('/') + 1);
        NodeList items = opf.getElementsByTagNameNS("*", "item");
        String navHref = null;
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            byte[] bytes = entries.get(dir + item.getAttribute("href"));
            assertThat(bytes).as(item.getAttribute("href")).isNotNull();
            if ("nav".equals(item.getAttribute("properties"))) {
                navHref = item.getAttribute("href");
            }
            if (item.getAttribute("media-type").equals("application/xhtml+xml")) {
                content.append(xml(bytes).getDocumentElement().getTextContent());
            }
        }
        assertThat(navHref).isNotNull();
        Document nav = xml(entries.get(dir + navHref));
        assertThat(nav.getDocumentElement().getTextContent()).contains("规范性文件", "公示公告",
                "示例县农村宅基地管理办法", "城关镇2025年第二季度农村宅基地审批情况公示");
        assertThat(content.toString()).contains("示政规〔2025〕4号", "索引号：11990101100101124A/2025-00101");

        String volume = page("/gazette/2026", null);
        FormMarkup.assertWellFormed(volume);
        assertThat(volume).contains("累计索引：按标题", "累计索引：按发文单位", "累计索引：按文号", "示例县农业农村局",
                path + "#doc-" + doc(LAND_RULES));
        String byNumber = volume.substring(volume.indexOf("id=\"volume-by-number\""));
        assertThat(byNumber.indexOf("示政规〔2025〕2号")).isPositive().isLessThan(byNumber.indexOf("示政规〔2025〕4号"));
        byte[] volumePdf = mvc.perform(get("/gazette/2026/volume.pdf")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(volumePdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", ""))
                    .contains("2026年合订本", "累计索引（按标题）", "累计索引（按文号）", "示政规〔2025〕4号");
        }

        mvc.perform(get("/api/v1/gazette/issues").param("year", "2026")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.number == " + issue.number() + ")].url").value(path))
                .andExpect(jsonPath("$.items[?(@.number == " + issue.number() + ")].pdf").value(path + ".pdf"))
                .andExpect(jsonPath("$.items[?(@.number == " + issue.number() + ")].publishedOn").value("2026-06-12"))
                .andExpect(jsonPath("$.items[?(@.number == " + issue.number() + ")].sections[0].name")
                        .value("规范性文件"))
                .andExpect(jsonPath("$.items[?(@.number == " + issue.number() + ")].sections[0].documents[1].documentNumber")
                        .value("示政规〔2025〕4号"))
                .andExpect(jsonPath("$.items[?(@.number == " + issue.number() + ")].sections[1].documents[0].id")
                        .value((int) doc(LAND_APPROVALS)));

        Document feed = xml(mvc.perform(get("/gazette/feed")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray());
        assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(feed.getDocumentElement().getTextContent()).contains("2026年第" + issue.number() + "期");

        assertThat(port.publishedBetween(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)))
                .anySatisfy(p -> {
                    assertThat(p.url()).isEqualTo(path);
                    assertThat(new String(p.pdf().get(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
                    assertThat(p.epub().get()).isNotEmpty();
                });

        String notes = page("/console/gazette/issues/" + id + "/delivery", editor());
        FormMarkup.assertWellFormed(notes);
        assertThat(notes).contains("送达单", "示例县图书馆", "东街村便民服务站");
    }

    @Test
    void refusesWhatAGazetteMayNotCarryAndWhoMayNotChangeIt() throws Exception {
        long id = newIssue();
        long draft = jdbc.sql("SELECT id FROM catalogue_document WHERE public_version IS NULL ORDER BY id LIMIT 1")
                .query(Long.class).single();
        String refused = mvc.perform(post("/console/gazette/issues/" + id + "/entries").with(editor()).with(csrf())
                .param("documentId", String.valueOf(draft))).andExpect(status().isConflict()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        FormMarkup.assertWellFormed(refused);
        assertThat(refused).contains("只有已公开的文件可以收入政府公报").contains("id=\"add-documentId-error\"");

        long law = jdbc.sql("SELECT d.id FROM catalogue_document d JOIN org_unit u ON u.id = d.unit_id "
                + "WHERE u.type = 'EXTERNAL_ISSUER' AND d.public_version IS NOT NULL ORDER BY d.id LIMIT 1")
                .query(Long.class).single();
        mvc.perform(post("/console/gazette/issues/" + id + "/entries").with(editor()).with(csrf())
                .param("documentId", String.valueOf(law))).andExpect(status().isConflict());
        long budget = documents.listPublished(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), Set.of("预算"), 1)
                .get(0).id();
        String genre = mvc.perform(post("/console/gazette/issues/" + id + "/entries").with(editor()).with(csrf())
                .param("documentId", String.valueOf(budget))).andExpect(status().isConflict()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(genre).contains("不在政府公报收录范围内");
        mvc.perform(post("/console/gazette/issues/" + id + "/entries").with(editor()).with(csrf())
                .param("documentId", "abc")).andExpect(status().isBadRequest());

        long finance = units.findByCreditCode("119901011001002878").orElseThrow().id();
        RequestPostProcessor otherEditor = TestActors.as(-7, "finance-editor", Map.of(finance, Set.of(Role.EDITOR)));
        long before = entries(id);
        mvc.perform(post("/console/gazette/issues/" + id + "/entries").with(otherEditor).with(csrf())
                .param("documentId", String.valueOf(doc(LAND_RULES)))).andExpect(status().isForbidden());
        mvc.perform(get("/console/gazette/issues/" + id).with(otherEditor)).andExpect(status().isForbidden());
        assertThat(entries(id)).isEqualTo(before);

        mvc.perform(post("/console/gazette/issues/" + id + "/publish").with(leader()).with(csrf()))
                .andExpect(status().isConflict()); // empty
        add(id, doc(LAND_RULES), "规章");
        mvc.perform(post("/console/gazette/issues/" + id + "/publish").with(editor()).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/gazette/issues/" + id + "/publish").with(leader()).with(csrf())
                .param("publishedOn", "2027-01-01")).andExpect(status().isBadRequest());
        published(id);
        mvc.perform(post("/console/gazette/issues/" + id + "/entries").with(editor()).with(csrf())
                .param("documentId", String.valueOf(doc(HOUSING_RULES)))).andExpect(status().isConflict());
        mvc.perform(post("/console/gazette/issues/" + id + "/entries/" + doc(LAND_RULES) + "/remove").with(editor())
                .with(csrf())).andExpect(status().isConflict());
        assertThat(entries(id)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'ADD_GAZETTE_ENTRY' AND outcome = 'REFUSED'")
                .query(Long.class).single()).isPositive();

        for (String year : List.of("1999", "2100", "abc", "20255")) {
            mvc.perform(get("/api/v1/gazette/issues").param("year", year)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("OUT_OF_RANGE"));
        }
        mvc.perform(get("/gazette/1999")).andExpect(status().isNotFound());
        mvc.perform(get("/gazette/2026/999")).andExpect(status().isNotFound());
        mvc.perform(get("/gazette/2026/x.pdf")).andExpect(status().isNotFound());
    }

    @Test
    void theDemoCountyHasAYearOfIssuesAndADistributionList() throws Exception {
        mvc.perform(get("/api/v1/gazette/issues").param("year", "2025")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(3))
                .andExpect(jsonPath("$.items[0].publishedOn").value("2025-03-31"))
                .andExpect(jsonPath("$.items[1].sections[?(@.name == '规范性文件')].documents[*].documentNumber")
                        .value(org.hamcrest.Matchers.hasItem("示政规〔2025〕4号")));
        String index = page("/gazette", null);
        FormMarkup.assertWellFormed(index);
        assertThat(index).contains("2025年第3期", "/gazette/2025");
        String places = page("/console/gazette/places", editor());
        FormMarkup.assertWellFormed(places);
        assertThat(places).contains("示例县档案馆", "村（社区）便民服务站");
    }

    long entries(long issue) {
        return jdbc.sql("SELECT COUNT(*) FROM gazette_entry WHERE issue_id = ?").param(issue).query(Long.class).single();
    }

    static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }
}
