package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.files.AttachmentPolicy;
import org.gongkai.files.AttachmentPurpose;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Applicants attach an ID copy to the online form; officers attach files; only the unit's staff download them. */
@IntegrationTest
class RequestAttachmentIntegrationTest {

    static final String OFFICE = RequestApiIntegrationTest.OFFICE;

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitDirectory units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AttachmentPolicy policy;

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0,
                1, 0, 0, 0, 1, 8, 2, 0, 0, 0, (byte) 0x90, 0x77, 0x53, (byte) 0xde};
    }

    MockMultipartHttpServletRequestBuilder apply(String description, MockMultipartFile file) {
        MockMultipartHttpServletRequestBuilder b = multipart("/requests/apply");
        if (file != null) {
            b.file(file);
        }
        b.with(csrf()).with(RequestApiIntegrationTest.fromSomewhere())
                .param("applicantType", "NATURAL_PERSON").param("name", "欧阳娜娜")
                .param("idNumber", RequestApiIntegrationTest.VALID_ID).param("phone", "13700001111")
                .param("email", "oy@example.cn").param("unitCode", OFFICE).param("description", description)
                .param("deliveryForm", "ELECTRONIC").param("deliveryChannel", "EMAIL")
                .param("formToken", UUID.randomUUID().toString());
        return b;
    }

    String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String trackingNumberOf(String description) {
        return jdbc.sql("SELECT tracking_number FROM requests_request WHERE description = :d").param("d", description)
                .query(String.class).single();
    }

    int requestsDescribedAs(String description) {
        return jdbc.sql("SELECT COUNT(*) FROM requests_request WHERE description = :d").param("d", description)
                .query(Integer.class).single();
    }

    long office() {
        return units.findByCreditCode(OFFICE).orElseThrow().id();
    }

    @Test
    void anIdCopyAttachedOnlineIsKeptWithTheRequestAndOnlyItsOfficersSeeIt() throws Exception {
        String description = "附件测试：示例县城区供水管网改造资料 " + UUID.randomUUID();
        mvc.perform(apply(description, new MockMultipartFile("attachment", "身份证复印件.png", "image/png", png())))
                .andExpect(status().is3xxRedirection());
        String tn = trackingNumberOf(description);

        assertThat(jdbc.sql("""
                SELECT a.uploaded_by FROM requests_attachment a JOIN requests_request r ON r.id = a.request_id
                WHERE r.tracking_number = :tn AND a.original_name = '身份证复印件.png' AND a.media_type = 'image/png'""")
                .param("tn", tn).query(String.class).list()).containsExactly("申请人");
        long id = attachmentId(tn, "身份证复印件.png");
        String page = html(get("/console/requests/" + tn).with(TestActors.as(Role.REQUEST_OFFICER, office())));
        assertThat(page).contains("身份证复印件.png").contains("/console/requests/" + tn + "/attachments/" + id);

        mvc.perform(get("/console/requests/" + tn + "/attachments/" + id)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/console/requests/" + tn + "/attachments/" + id)
                .with(TestActors.as(Role.REQUEST_OFFICER, finance()))).andExpect(status().isNotFound());
    }

    @Test
    void aFileOfTheWrongTypeIsRefusedAtItsFieldAndEverythingTypedIsKept() throws Exception {
        String description = "附件测试：示例县垃圾分类实施方案 " + UUID.randomUUID();
        int files = storedFiles();
        String page = html(apply(description, new MockMultipartFile("attachment", "说明.txt", "text/plain",
                "这是一段纯文本".getBytes(StandardCharsets.UTF_8))));

        assertThat(page).contains("id=\"attachment-error\"").contains("不支持上传纯文本")
                .contains("其他内容已保留").contains("请重新选择附件")
                .contains("value=\"欧阳娜娜\"").contains(description).contains("value=\"13700001111\"");
        assertThat(requestsDescribedAs(description)).isZero();
        assertThat(storedFiles()).as("nothing stored").isEqualTo(files);
    }

    @Test
    void aFileAboveTheSizeLimitIsRefusedAtItsFieldAndEverythingTypedIsKept() throws Exception {
        String description = "附件测试：示例县老旧小区改造名单 " + UUID.randomUUID();
        byte[] big = Arrays.copyOf(pdf("big"), (int) policy.maxBytes(AttachmentPurpose.PUBLIC_APPLICATION) + 1);
        int files = storedFiles();
        String page = html(apply(description, new MockMultipartFile("attachment", "scan.pdf", "application/pdf", big)));

        assertThat(page).contains("文件超过大小上限 5 MB").contains("请重新选择附件")
                .contains("value=\"欧阳娜娜\"").contains(description);
        assertThat(page).as("the policy's hint at the field").contains("PDF、JPEG 或 PNG，不超过 5 MB");
        assertThat(requestsDescribedAs(description)).isZero();
        assertThat(storedFiles()).as("nothing stored").isEqualTo(files);
    }

    @Test
    void whenAnotherFieldIsWrongTheApplicantIsToldToChooseTheFileAgain() throws Exception {
        String description = "附件测试：示例县公交线路调整 " + UUID.randomUUID();
        String page = html(apply(description, new MockMultipartFile("attachment", "id.pdf", "application/pdf",
                pdf("id"))).param("phone", "123"));

        assertThat(page).contains("手机号码应为11位").contains("重新选择附件").contains(description);
        assertThat(requestsDescribedAs(description)).isZero();
    }

    @Test
    void anOfficerUploadsAndDownloadsAndEveryDownloadIsAudited() throws Exception {
        String description = "附件测试：示例县河道整治验收报告 " + UUID.randomUUID();
        mvc.perform(apply(description, null)).andExpect(status().is3xxRedirection());
        String tn = trackingNumberOf(description);
        var officer = TestActors.as(Role.REQUEST_OFFICER, office());
        byte[] content = pdf("consultation reply " + UUID.randomUUID());

        mvc.perform(multipart("/console/requests/" + tn + "/attachments")
                .file(new MockMultipartFile("file", "征求意见复函.pdf", "application/pdf", content))
                .with(officer).with(csrf())).andExpect(status().is3xxRedirection());
        long id = attachmentId(tn, "征求意见复函.pdf");

        var download = mvc.perform(get("/console/requests/" + tn + "/attachments/" + id).with(officer))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(download.getContentAsByteArray()).isEqualTo(content);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
        mvc.perform(get("/console/requests/" + tn + "/attachments/" + id).with(officer)).andExpect(status().isOk());
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM audit_record WHERE action = 'REQUEST_ATTACHMENT_DOWNLOADED' AND object_id = :tn""")
                .param("tn", tn).query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM audit_record WHERE action = 'ADD_ATTACHMENT' AND object_id = :tn""")
                .param("tn", tn).query(Integer.class).single()).isEqualTo(1);

        var other = TestActors.as(Role.REQUEST_OFFICER, finance());
        mvc.perform(get("/console/requests/" + tn + "/attachments/" + id).with(other)).andExpect(status().isNotFound());
        mvc.perform(multipart("/console/requests/" + tn + "/attachments")
                .file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdf("x")))
                .with(other).with(csrf())).andExpect(status().isNotFound());
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM audit_record WHERE action = 'REQUEST_ATTACHMENT_DOWNLOADED' AND object_id = :tn""")
                .param("tn", tn).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void anOfficersRefusedFileIsExplainedAtTheUploadField() throws Exception {
        String description = "附件测试：示例县路灯维护合同 " + UUID.randomUUID();
        mvc.perform(apply(description, null)).andExpect(status().is3xxRedirection());
        String tn = trackingNumberOf(description);
        var officer = TestActors.as(Role.REQUEST_OFFICER, office());

        int files = storedFiles();
        String page = mvc.perform(multipart("/console/requests/" + tn + "/attachments")
                .file(new MockMultipartFile("file", "run.exe", "application/octet-stream", new byte[] {'M', 'Z', 0, 0}))
                .with(officer).with(csrf())).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).as("the page again, the reason at the upload field")
                .contains("<p class=\"field-error\" id=\"attachments-file-error\">不支持上传")
                .contains("aria-describedby=\"attachments-file-error\"").contains("href=\"#attachments-file\"");

        byte[] big = Arrays.copyOf(pdf("big"), (int) policy.maxBytes(AttachmentPurpose.OFFICER_DOCUMENT) + 1);
        page = mvc.perform(multipart("/console/requests/" + tn + "/attachments")
                .file(new MockMultipartFile("file", "big.pdf", "application/pdf", big))
                .with(officer).with(csrf())).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"attachments-file-error\">文件超过大小上限 5 MB");
        assertThat(attachmentsOf(tn)).isZero();
        assertThat(storedFiles()).as("nothing stored").isEqualTo(files);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM audit_record WHERE action = 'ADD_ATTACHMENT' AND outcome = 'REFUSED' AND object_id = :tn""")
                .param("tn", tn).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void theStaffApiRefusesAWrongTypeOrAnOversizeFileWithProblemJsonAndStoresNothing() throws Exception {
        String description = "附件测试：示例县桥梁检测报告 " + UUID.randomUUID();
        mvc.perform(apply(description, null)).andExpect(status().is3xxRedirection());
        String tn = trackingNumberOf(description);
        var officer = TestActors.as(Role.REQUEST_OFFICER, office());
        int files = storedFiles();

        mvc.perform(multipart("/api/v1/staff/disclosure-requests/" + tn + "/attachments")
                        .file(new MockMultipartFile("file", "说明.txt", "text/plain", "纯文本".getBytes(StandardCharsets.UTF_8)))
                        .with(officer))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不支持上传纯文本")));
        byte[] big = Arrays.copyOf(pdf("big"), (int) policy.maxBytes(AttachmentPurpose.OFFICER_DOCUMENT) + 1);
        mvc.perform(multipart("/api/v1/staff/disclosure-requests/" + tn + "/attachments")
                        .file(new MockMultipartFile("file", "big.pdf", "application/pdf", big)).with(officer))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("超过大小上限 5 MB")));
        assertThat(attachmentsOf(tn)).isZero();
        assertThat(storedFiles()).as("nothing stored").isEqualTo(files);

        mvc.perform(multipart("/api/v1/staff/disclosure-requests/" + tn + "/attachments")
                        .file(new MockMultipartFile("file", "复函.pdf", "application/pdf", pdf("reply " + UUID.randomUUID())))
                        .with(officer))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("复函.pdf"))
                .andExpect(jsonPath("$.mediaType").value("application/pdf"));
        assertThat(attachmentsOf(tn)).isEqualTo(1);
    }

    int storedFiles() {
        return jdbc.sql("SELECT COUNT(*) FROM files_file").query(Integer.class).single();
    }

    int attachmentsOf(String tn) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM requests_attachment a JOIN requests_request r ON r.id = a.request_id
                WHERE r.tracking_number = :tn""").param("tn", tn).query(Integer.class).single();
    }

    long attachmentId(String tn, String name) {
        return jdbc.sql("""
                SELECT a.id FROM requests_attachment a JOIN requests_request r ON r.id = a.request_id
                WHERE r.tracking_number = :tn AND a.original_name = :n""")
                .param("tn", tn).param("n", name).query(Long.class).single();
    }

    long finance() {
        return units.findByCreditCode(RequestApiIntegrationTest.FINANCE).orElseThrow().id();
    }
}
