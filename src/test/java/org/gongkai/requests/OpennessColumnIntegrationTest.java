package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.IntegrationTest;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The citizen's side of #10: the 政府信息公开专栏's pages, the home page's links and blocks, the sitemap, the
 * 申请表 downloads and the grouped unit drop-down that offers only the organs that take applications.
 */
@IntegrationTest
class OpennessColumnIntegrationTest {

    static final List<String> COLUMN = List.of("/openness", "/openness/guide", "/openness/rules", "/openness/documents",
            "/openness/annual-reports", "/openness/apply", "/requests/apply", "/requests/status");

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;

    MockHttpServletResponse response(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    String html(String path) throws Exception {
        MockHttpServletResponse r = response(get(path));
        assertThat(r.getStatus()).as(path).isEqualTo(200);
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theHomePageLinksEveryPageOfTheColumnAndShowsNoticesAndTheNewestDocuments() throws Exception {
        String home = html("/");
        for (String path : COLUMN) {
            assertThat(home).contains("href=\"" + path + "\"");
        }
        assertThat(home).contains("通知公告", "最新公开", "href=\"/openness/documents/");
        String openness = home.substring(home.indexOf("id=\"col-openness\""), home.indexOf("id=\"col-services\""));
        assertThat(openness).as("what exists is not called 建设中").doesNotContain("建设中");
    }

    @Test
    void everyPageOfTheColumnIsPublicAndCarriesTheColumnNavigation() throws Exception {
        for (String path : COLUMN.subList(0, 6)) {
            assertThat(html(path)).as(path).contains("aria-label=\"政府信息公开栏目\"", "href=\"/openness/apply\"",
                    "href=\"/openness/annual-reports\"", "href=\"/openness/rules\"");
        }
        assertThat(html("/openness/rules")).contains("国务院令第 711 号", "国办函〔2020〕109号", "保密审查");
    }

    @Test
    void theApplyPageHasTheFlowChartTheLinksAndTheFeesFromTheSettings() throws Exception {
        String page = html("/openness/apply");
        assertThat(page).contains("<ol class=\"flow\"", "提交申请", "答复", "href=\"/requests/apply\"",
                "href=\"/requests/status\"", "href=\"/openness/apply/application-form.docx\"",
                "href=\"/openness/apply/application-form.pdf\"", "每月第 1–10 件：免费", "第 11–30 件：每件 100.00 元",
                "第 31–100 页：每页 10.00 元", "第 201 页起：每页 40.00 元");
        assertThat(page.substring(page.indexOf("<main"))).as("no script of its own").doesNotContain("<script");
    }

    @Test
    void theApplicationFormDownloadsAsDocxAndPdf() throws Exception {
        MockHttpServletResponse docx = response(get("/openness/apply/application-form.docx"));
        assertThat(docx.getStatus()).isEqualTo(200);
        assertThat(docx.getContentType()).contains("wordprocessingml");
        assertThat(docx.getHeader("Content-Disposition")).contains("attachment");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.getContentAsByteArray()));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("政府信息公开申请表", "受理机关", "身份证号码", "所需政府信息的名称",
                    "□纸质", "□邮寄", "申请人签名或者盖章", "第二十九条");
        }
        MockHttpServletResponse pdf = response(get("/openness/apply/application-form.pdf"));
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void theSitemapListsEveryPageOfTheColumn() throws Exception {
        String sitemap = html("/sitemap.xml");
        for (String path : COLUMN) {
            assertThat(sitemap).contains(path + "</loc>");
        }
    }

    @Test
    void theAnnualReportIndexIsPublic() throws Exception {
        assertThat(html("/openness/annual-reports")).contains("<h1>政府信息公开年报</h1>");
    }

    @Test
    void theUnitDropDownIsGroupedAndOffersOnlyOrgansThatTakeApplications() throws Exception {
        String form = html("/requests/apply");
        assertThat(form).contains("<optgroup label=\"县人民政府\">", "<optgroup label=\"县政府工作部门\">",
                "<optgroup label=\"乡镇人民政府\">", "示例县财政局", "示例县城关镇人民政府");
        assertThat(form.indexOf("<optgroup label=\"县人民政府\">")).isLessThan(form.indexOf("<optgroup label=\"县政府工作部门\">"));
        assertThat(form.indexOf("<optgroup label=\"县政府工作部门\">")).isLessThan(form.indexOf("<optgroup label=\"乡镇人民政府\">"));
        assertThat(form).doesNotContain("村民委员会", "12345热线中心", "政务服务中心\"", "示例县人民政府办公室政务公开办公室");
        for (UnitView u : units.findAll()) {
            boolean offered = form.contains("value=\"" + u.creditCode() + "\"");
            boolean organ = u.type().equals("GOVERNMENT") || u.type().equals("TOWNSHIP_GOVERNMENT")
                    || (u.type().equals("DEPARTMENT") && u.parentId() != null
                            && units.findById(u.parentId()).map(p -> p.type().contains("GOVERNMENT")).orElse(false));
            assertThat(offered).as(u.name()).isEqualTo(organ);
        }
    }

    @Test
    void anApplicationToAUnitThatDoesNotTakeApplicationsIsRefusedAtTheField() throws Exception {
        String hotline = units.findAll().stream().filter(u -> u.name().contains("12345")).findFirst().orElseThrow().creditCode();
        String page = response(post("/requests/apply").with(csrf()).with(RequestApiIntegrationTest.fromSomewhere())
                .param("applicantType", "NATURAL_PERSON").param("name", "欧阳娜娜").param("idNumber", "11010519491231002X")
                .param("phone", "13700001111").param("email", "oy@example.cn").param("unitCode", hotline)
                .param("description", "热线工单统计").param("deliveryForm", "ELECTRONIC").param("deliveryChannel", "EMAIL")
                .param("formToken", UUID.randomUUID().toString())).getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("该单位不受理政府信息公开申请", "id=\"unitCode-error\"");
    }
}
