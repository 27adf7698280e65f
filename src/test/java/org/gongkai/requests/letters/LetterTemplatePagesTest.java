package org.gongkai.requests.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.requests.letters.LetterRenderer.LetterData;
import org.gongkai.requests.letters.LetterRenderer.LetterKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The system administrator edits, previews and restores letter templates; bad templates are refused at the field. */
@IntegrationTest
class LetterTemplatePagesTest {

    static final String URL = "/console/requests/letter-templates";

    @Autowired MockMvc mvc;
    @Autowired LetterTemplates templates;
    @Autowired LetterRenderer renderer;
    @Autowired JdbcClient jdbc;

    private static RequestPostProcessor admin() {
        return TestActors.as(10_001, "letters-sysadmin", Map.of(1L, java.util.Set.of(Role.SYSTEM_ADMIN)));
    }

    @AfterEach
    void restoreShippedText() {
        templates.restoreDefault(TemplateKey.EXTENSION_NOTICE);
    }

    @Test
    void listsEveryTemplateSeededFromTheDefaults() throws Exception {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM requests_letter_template").query(Integer.class).single())
                .isEqualTo(TemplateKey.values().length);

        String page = mvc.perform(get(URL).with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        for (TemplateKey key : TemplateKey.values()) {
            assertThat(page).contains(key.label(), URL + "/" + key.name());
        }
    }

    @Test
    void editPageShowsTheTextAPreviewWithSampleDataAndThePlaceholders() throws Exception {
        mvc.perform(get(URL + "/REPLY_WITHHELD").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("{{decisionBasis}}")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("示例县人民政府办公室")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("条例》第十五条的规定")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<label for=\"body\">")));
    }

    @Test
    void previewShowsTypedTextEscapedWithoutSaving() throws Exception {
        String typed = "# 延期告知\n{{unitName}} 决定延长 {{extensionDays}} 个工作日。<script>alert(1)</script>";

        String page = mvc.perform(post(URL + "/EXTENSION_NOTICE").with(csrf()).with(admin())
                        .param("action", "preview").param("body", typed))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("示例县人民政府办公室 决定延长 20 个工作日。&lt;script&gt;", "尚未保存")
                .doesNotContain("<script>alert(1)</script>");
        assertThat(templates.get(TemplateKey.EXTENSION_NOTICE).customised()).isFalse();
    }

    @Test
    void savedTemplateIsUsedForNewLettersAndAudited() throws Exception {
        String edited = templates.defaultBody(TemplateKey.EXTENSION_NOTICE).replace("特此告知。", "特此告知，敬请谅解。");

        mvc.perform(post(URL + "/EXTENSION_NOTICE").with(csrf()).with(admin()).param("body", edited))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(URL + "/EXTENSION_NOTICE"));

        assertThat(templates.get(TemplateKey.EXTENSION_NOTICE).customised()).isTrue();
        assertThat(templates.get(TemplateKey.EXTENSION_NOTICE).updatedBy()).isEqualTo("letters-sysadmin");
        assertThat(pdfText(extensionNotice())).contains("特此告知，敬请谅解。");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'LETTER_TEMPLATE_UPDATED'"
                + " AND object_id = 'EXTENSION_NOTICE' AND actor = 'letters-sysadmin'").query(Integer.class).single())
                .isPositive();
    }

    @Test
    void restoreDefaultPutsTheShippedTextBackAndIsAudited() throws Exception {
        templates.save(TemplateKey.EXTENSION_NOTICE, "# 改过的标题\n{{unitName}}");

        mvc.perform(post(URL + "/EXTENSION_NOTICE/restore").with(csrf()).with(admin()))
                .andExpect(status().is3xxRedirection());

        assertThat(templates.get(TemplateKey.EXTENSION_NOTICE).body())
                .isEqualTo(templates.defaultBody(TemplateKey.EXTENSION_NOTICE));
        assertThat(templates.get(TemplateKey.EXTENSION_NOTICE).customised()).isFalse();
        assertThat(pdfText(extensionNotice())).contains("延期答复告知书").doesNotContain("改过的标题");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'LETTER_TEMPLATE_RESTORED'"
                + " AND object_id = 'EXTENSION_NOTICE'").query(Integer.class).single()).isPositive();
    }

    @Test
    void unknownPlaceholderIsRefusedAtTheFieldKeepingWhatWasTyped() throws Exception {
        String typed = "# 延期告知\n{{unitName}} 通知 {{applicantIdNumber}}";

        String page = mvc.perform(post(URL + "/EXTENSION_NOTICE").with(csrf()).with(admin()).param("body", typed))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"body-error\"", "未知的占位符", "{{applicantIdNumber}}", "aria-invalid=\"true\"");
        assertThat(page).contains("{{unitName}} 通知 {{applicantIdNumber}}");
        assertThat(templates.get(TemplateKey.EXTENSION_NOTICE).body())
                .isEqualTo(templates.defaultBody(TemplateKey.EXTENSION_NOTICE));
    }

    @Test
    void replyWithoutRemediesIsRefused() throws Exception {
        String typed = "# 答复书\n{{unitName}} 予以公开。";

        String page = mvc.perform(post(URL + "/REPLY_DISCLOSED").with(csrf()).with(admin()).param("body", typed))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"body-error\"", "救济途径");
        assertThat(templates.get(TemplateKey.REPLY_DISCLOSED).customised()).isFalse();
    }

    @Test
    void sampleLetterDownloadsAsPdfAndDocx() throws Exception {
        byte[] pdf = mvc.perform(get(URL + "/FEE_NOTICE/sample.pdf").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(pdfText(pdf)).contains("示例县人民政府办公室", "人民币1700.00元");
        mvc.perform(get(URL + "/FEE_NOTICE/sample.docx").with(admin())).andExpect(status().isOk());
    }

    @Test
    void onlyTheSystemAdministratorMayEditTemplates() throws Exception {
        for (Role role : new Role[] {Role.REQUEST_OFFICER, Role.SECURITY_ADMIN, Role.SUPERVISOR}) {
            mvc.perform(get(URL).with(TestActors.as(role, 1))).andExpect(status().isForbidden());
            mvc.perform(post(URL + "/EXTENSION_NOTICE/restore").with(csrf()).with(TestActors.as(role, 1)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get(URL + "/NO_SUCH_TEMPLATE").with(admin())).andExpect(status().isNotFound());
    }

    private byte[] extensionNotice() {
        return renderer.pdf(new LetterData(LetterKind.EXTENSION_NOTICE, "GK2025000777", "示例县教育局", "王五",
                LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 20), "某学校改扩建批复", null, null, null,
                Map.of("extensionDays", "10", "newDueDate", "2025-11-14")));
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }
}
