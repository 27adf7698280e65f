package org.gongkai.consultations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.TestClock;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.web.FormMarkup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * A consultation's draft files and its console edit form: the office's editor edits a draft (a refusal keeps what was
 * typed and puts the reason at the field), attaches files (wrong type, too big, one too many refused at the file
 * input), removes one; a draft's files are 404 to the public; once the sweep opens the consultation the public page
 * lists them with type and size and serves them, and the files and the draft are frozen.
 */
@IntegrationTest
class ConsultationAttachmentsIntegrationTest {

    static final String OFFICE = "11990101100100148H";
    static final String HOUSING = "119901011001003591";
    static final byte[] PDF = "%PDF-1.4\n% 征求意见稿\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.UTF_8);

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;
    @Autowired
    TestClock clock;
    @Autowired
    ConsultationSweep sweep;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConsultationSettings settings;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    long unit(String code) {
        return units.findByCreditCode(code).orElseThrow().id();
    }

    RequestPostProcessor editor() {
        return TestActors.as(Role.EDITOR, unit(OFFICE));
    }

    long create() throws Exception {
        String json = """
                {"unitId": %d, "title": "示例县附件测试办法（征求意见稿）", "draftText": "第一条 为了测试。",
                 "explanation": "起草说明。", "normative": true, "opensOn": "2026-06-20", "closesOn": "2026-07-20"}"""
                .formatted(unit(OFFICE));
        String body = mvc.perform(post("/api/v1/staff/consultations").with(csrf()).with(editor())
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonMapper.shared().readTree(body).get("id").asLong();
    }

    ResultActions upload(long id, String name, byte[] content, RequestPostProcessor who) throws Exception {
        return mvc.perform(multipart("/console/consultations/" + id + "/attachments")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content)).with(csrf()).with(who));
    }

    String html(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String fileError(ResultActions refused) throws Exception {
        Document page = FormMarkup.parse(html(refused));
        return page.getElementById("attach-file-error") == null ? null
                : page.getElementById("attach-file-error").text();
    }

    long attachments(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM consultation_attachment WHERE consultation_id = ?").param(id)
                .query(Long.class).single();
    }

    long firstAttachment(long id) {
        return jdbc.sql("SELECT MIN(id) FROM consultation_attachment WHERE consultation_id = ?").param(id)
                .query(Long.class).single();
    }

    long audits(String action, long id) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = ? AND object_id = ? AND outcome = 'SUCCESS'")
                .params(action, String.valueOf(id)).query(Long.class).single();
    }

    @Test
    void theEditFormKeepsWhatWasTypedAndChangesADraftAndAScheduledConsultationOnly() throws Exception {
        long id = create();
        String form = html(mvc.perform(get("/console/consultations/" + id + "/edit").with(editor()))
                .andExpect(status().isOk()));
        Document page = FormMarkup.assertWellFormed(form);
        assertThat(page.getElementById("edit-title").val()).isEqualTo("示例县附件测试办法（征求意见稿）");
        assertThat(page.getElementById("edit-normative").hasAttr("checked")).isTrue();
        assertThat(FormMarkup.unlabelled(page)).isEmpty();
        assertThat(FormMarkup.unbounded(page)).isEmpty();

        ResultActions refused = mvc.perform(post("/console/consultations/" + id + "/edit").with(csrf()).with(editor())
                .param("unitId", String.valueOf(unit(OFFICE))).param("title", "")
                .param("draftText", "第一条 改过的草案。").param("explanation", "新的说明")
                .param("opensOn", "2026-06-20").param("closesOn", "2026-07-01"))
                .andExpect(status().isBadRequest());
        Document again = FormMarkup.parse(html(refused));
        assertThat(again.getElementById("edit-title-error").text()).isEqualTo("请填写标题");
        assertThat(again.getElementById("edit-title").val()).as("an emptied field stays empty").isEmpty();
        assertThat(again.getElementById("edit-draftText").text()).isEqualTo("第一条 改过的草案。");
        assertThat(again.getElementById("edit-normative").hasAttr("checked")).as("unticked stays unticked").isFalse();

        ResultActions tooShort = mvc.perform(post("/console/consultations/" + id + "/edit").with(csrf())
                .with(editor()).param("unitId", String.valueOf(unit(OFFICE))).param("title", "改名的办法")
                .param("draftText", "第一条 改过的草案。").param("explanation", "新的说明").param("normative", "true")
                .param("opensOn", "2026-06-20").param("closesOn", "2026-07-01").param("shortReason", ""));
        tooShort.andExpect(status().isBadRequest());
        assertThat(FormMarkup.parse(html(tooShort)).getElementById("edit-shortReason-error").text())
                .contains("不少于 30 日");

        mvc.perform(post("/console/consultations/" + id + "/edit").with(csrf()).with(editor())
                .param("unitId", String.valueOf(unit(OFFICE))).param("title", "改名的办法")
                .param("draftText", "第一条 改过的草案。").param("explanation", "新的说明")
                .param("opensOn", "2026-06-20").param("closesOn", "2026-07-01"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT title FROM consultation WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("改名的办法");
        assertThat(audits("SAVE_CONSULTATION", id)).isEqualTo(2);

        mvc.perform(post("/api/v1/staff/consultations/" + id + "/schedule").with(csrf()).with(editor()))
                .andExpect(status().isOk());
        assertThat(html(mvc.perform(get("/console/consultations/" + id).with(editor())))).contains("id=\"edit-link\"");
        mvc.perform(post("/console/consultations/" + id + "/edit").with(csrf()).with(editor())
                .param("unitId", String.valueOf(unit(OFFICE))).param("title", "公告后改名")
                .param("draftText", "第一条 改过的草案。").param("explanation", "新的说明")
                .param("opensOn", "2026-06-21").param("closesOn", "2026-07-01"))
                .andExpect(status().is3xxRedirection());

        clock.setTo(LocalDateTime.of(2026, 6, 21, 0, 10));
        sweep.sweep(LocalDate.of(2026, 6, 21));
        assertThat(jdbc.sql("SELECT status FROM consultation WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("OPEN");
        assertThat(html(mvc.perform(get("/console/consultations/" + id).with(editor())))).doesNotContain("edit-link");
        mvc.perform(get("/console/consultations/" + id + "/edit").with(editor())).andExpect(status().isConflict());
        mvc.perform(post("/console/consultations/" + id + "/edit").with(csrf()).with(editor())
                .param("unitId", String.valueOf(unit(OFFICE))).param("title", "开始后改名")
                .param("draftText", "第一条").param("explanation", "说明")
                .param("opensOn", "2026-06-21").param("closesOn", "2026-07-01"))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT title FROM consultation WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("公告后改名");
    }

    @Test
    void draftFilesAreBoundedPrivateUntilOpeningThenPublicAndFrozen() throws Exception {
        long id = create();
        Document console = FormMarkup.assertWellFormed(html(mvc.perform(get("/console/consultations/" + id)
                .with(editor())).andExpect(status().isOk())));
        assertThat(console.getElementById("form-attach")).isNotNull();

        upload(id, "征求意见稿.pdf", PDF, editor()).andExpect(status().is3xxRedirection());
        assertThat(attachments(id)).isEqualTo(1);
        assertThat(audits("ADD_CONSULTATION_ATTACHMENT", id)).isEqualTo(1);
        long file = firstAttachment(id);

        assertThat(fileError(upload(id, "说明.pdf", "只是文字，不是 PDF".getBytes(StandardCharsets.UTF_8), editor())
                .andExpect(status().is4xxClientError()))).as("type checked by content").isNotBlank();
        byte[] big = Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1);
        assertThat(fileError(upload(id, "大文件.pdf", big, editor()).andExpect(status().is4xxClientError())))
                .contains("20");
        assertThat(fileError(mvc.perform(multipart("/console/consultations/" + id + "/attachments").with(csrf())
                .with(editor())).andExpect(status().isBadRequest()))).isEqualTo("请选择文件");
        for (int i = 2; i <= settings.maxAttachments(); i++) {
            upload(id, "附件" + i + ".pdf", PDF, editor()).andExpect(status().is3xxRedirection());
        }
        assertThat(fileError(upload(id, "多一个.pdf", PDF, editor()).andExpect(status().isBadRequest())))
                .contains("最多 " + settings.maxAttachments() + " 个");
        assertThat(attachments(id)).isEqualTo(settings.maxAttachments());

        upload(id, "别的单位.pdf", PDF, TestActors.as(Role.EDITOR, unit(HOUSING))).andExpect(status().is4xxClientError());
        mvc.perform(post("/console/consultations/" + id + "/attachments/" + file + "/removal").with(csrf())
                .with(TestActors.as(Role.EDITOR, unit(HOUSING)))).andExpect(status().is4xxClientError());
        long last = jdbc.sql("SELECT MAX(id) FROM consultation_attachment WHERE consultation_id = ?").param(id)
                .query(Long.class).single();
        mvc.perform(post("/console/consultations/" + id + "/attachments/" + last + "/removal").with(csrf())
                .with(editor())).andExpect(status().is3xxRedirection());
        assertThat(attachments(id)).isEqualTo(settings.maxAttachments() - 1);
        assertThat(audits("REMOVE_CONSULTATION_ATTACHMENT", id)).isEqualTo(1);

        mvc.perform(get("/console/consultations/" + id + "/attachments/" + file).with(editor()))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get("/consultations/" + id + "/attachments/" + file)).andExpect(status().isNotFound());
        mvc.perform(get("/consultations/" + id)).andExpect(status().isNotFound());

        mvc.perform(post("/api/v1/staff/consultations/" + id + "/schedule").with(csrf()).with(editor()))
                .andExpect(status().isOk());
        mvc.perform(get("/consultations/" + id + "/attachments/" + file)).andExpect(status().isNotFound());
        upload(id, "公告后.pdf", PDF, editor()).andExpect(status().is3xxRedirection());
        mvc.perform(post("/console/consultations/" + id + "/attachments/" + firstAttachment(id) + "/removal")
                .with(csrf()).with(editor())).andExpect(status().is3xxRedirection());

        clock.setTo(LocalDateTime.of(2026, 6, 20, 0, 10));
        sweep.sweep(LocalDate.of(2026, 6, 20));
        long shown = firstAttachment(id);
        Document page = FormMarkup.assertWellFormed(html(mvc.perform(get("/consultations/" + id))
                .andExpect(status().isOk())));
        assertThat(page.select("#draft-attachments li")).hasSize(settings.maxAttachments() - 1);
        assertThat(page.select("#draft-attachments li").first().text()).contains("附件2.pdf").contains("PDF")
                .contains("B");
        byte[] served = mvc.perform(get("/consultations/" + id + "/attachments/" + shown))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(served).isEqualTo(PDF);
        mvc.perform(get("/consultations/" + id + "/attachments/" + (last + 1000))).andExpect(status().isNotFound());

        Document frozen = FormMarkup.parse(html(mvc.perform(get("/console/consultations/" + id).with(editor()))));
        assertThat(frozen.getElementById("form-attach")).isNull();
        assertThat(frozen.getElementById("form-remove-" + shown)).isNull();
        upload(id, "开始后.pdf", PDF, editor()).andExpect(status().isConflict());
        mvc.perform(post("/console/consultations/" + id + "/attachments/" + shown + "/removal").with(csrf())
                .with(editor())).andExpect(status().isConflict());
        assertThat(attachments(id)).isEqualTo(settings.maxAttachments() - 1);
    }
}
