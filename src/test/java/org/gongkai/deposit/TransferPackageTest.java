package org.gongkai.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.TestClock;
import org.gongkai.catalogue.CatalogueService;
import org.gongkai.catalogue.Document;
import org.gongkai.catalogue.DocumentContent;
import org.gongkai.catalogue.InformationCategory;
import org.gongkai.catalogue.WorkflowAction;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A transfer package over documents published (through the workflow) on one day with an attachment: unzipped, every
 * payload file is in manifest-sha256.txt and manifest-sha512.txt with its right digest, the tag files in
 * tagmanifest-sha256.txt, Payload-Oxum counts the payload's bytes and files, and bag-info.txt names the period and the
 * publisher. Only the addressed institution's receiver may download it (recorded and audited); that account is
 * refused everywhere else.
 */
@IntegrationTest
class TransferPackageTest {

    static final String ARCHIVES = "119901011001012631";
    static final String OFFICE = "11990101100100148H";
    static final String FINANCE = "119901011001002878";

    @Autowired CatalogueService catalogue;
    @Autowired TransferPackages packages;
    @Autowired UnitDirectory units;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired TestClock clock;

    long unit(String code) {
        return units.findByCreditCode(code).orElseThrow().id();
    }

    Actor admin() {
        return new TestActors.TestActor(-31, "deposit-admin", "管理员", Map.of(unit(OFFICE), Set.of(Role.SYSTEM_ADMIN)));
    }

    @Test
    void aPackageOfPublishedDocumentsWithAttachmentsVerifiesEveryChecksum() throws Exception {
        // a day of its own (the package of a period is built once): a weekday in 2023
        LocalDate day = LocalDate.of(2023, 3, 6).plusWeeks(ThreadLocalRandom.current().nextInt(0, 40))
                .plusDays(ThreadLocalRandom.current().nextInt(0, 5));
        byte[] pdf = pdf("Transfer attachment " + day);
        clock.setTo(LocalDateTime.of(day, java.time.LocalTime.of(10, 0)));
        long withAttachment;
        long plain;
        try {
            Actor editor = new TestActors.TestActor(-32, "deposit-editor", "信息员",
                    Map.of(unit(OFFICE), Set.of(Role.EDITOR, Role.REVIEWER, Role.LEADER)));
            Document a = draft(editor, "移交测试甲" + day, "<p>移交测试正文甲</p>");
            catalogue.addAttachment(editor, a.id(), new ByteArrayInputStream(pdf), "附件 一.pdf");
            withAttachment = publish(editor, a.id());
            plain = publish(editor, draft(editor, "移交测试乙" + day, "<p>移交测试正文乙</p>").id());
        } finally {
            clock.reset();
        }

        TransferPackage p = packages.build(admin(), unit(ARCHIVES), day, day);
        assertThat(p.documents()).isGreaterThanOrEqualTo(2);
        byte[] zip = mvc.perform(get("/console/deposit/" + p.id() + "/download").with(receiver(ARCHIVES)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(hex("SHA-256", zip)).isEqualTo(p.sha256());

        Map<String, byte[]> files = unzip(zip, p.bagName() + "/");
        assertThat(new String(files.get("bagit.txt"), StandardCharsets.UTF_8))
                .isEqualTo("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
        Map<String, String> info = labels(files.get("bag-info.txt"));
        assertThat(info).containsEntry("Source-Organization", "示例县人民政府")
                .containsEntry("Bagging-Date", "2026-06-15")
                .containsEntry("Gongkai-Period-Start", day.toString())
                .containsEntry("Gongkai-Period-End", day.toString())
                .containsEntry("External-Identifier", p.bagName());
        assertThat(info.get("Gongkai-Recipient")).contains("示例县档案局");

        // every payload file is in both manifests with its digest, and nothing else is
        List<String> payload = files.keySet().stream().filter(k -> k.startsWith("data/")).sorted().toList();
        Map<String, String> sha256 = manifest(files.get("manifest-sha256.txt"));
        Map<String, String> sha512 = manifest(files.get("manifest-sha512.txt"));
        assertThat(sha256.keySet()).containsExactlyInAnyOrderElementsOf(payload);
        assertThat(sha512.keySet()).containsExactlyInAnyOrderElementsOf(payload);
        long octets = 0;
        for (String path : payload) {
            assertThat(sha256.get(path)).as(path).isEqualTo(hex("SHA-256", files.get(path)));
            assertThat(sha512.get(path)).as(path).isEqualTo(hex("SHA-512", files.get(path)));
            octets += files.get(path).length;
        }
        assertThat(info.get("Payload-Oxum")).isEqualTo(octets + "." + payload.size()).isEqualTo(p.payloadOxum());
        Map<String, String> tags = manifest(files.get("tagmanifest-sha256.txt"));
        assertThat(tags.keySet()).containsExactlyInAnyOrder("bagit.txt", "bag-info.txt", "manifest-sha256.txt",
                "manifest-sha512.txt");
        tags.forEach((path, digest) -> assertThat(digest).as(path).isEqualTo(hex("SHA-256", files.get(path))));

        // the documents: metadata, the version as published, the attachment's very bytes
        String folder = "data/documents/" + withAttachment + "/";
        assertThat(new String(files.get(folder + "metadata.json"), StandardCharsets.UTF_8))
                .contains("移交测试甲" + day, "\"publishedOn\" : \"" + day + "\"", "附件 一.pdf");
        assertThat(new String(files.get(folder + "versions/v1.html"), StandardCharsets.UTF_8)).contains("移交测试正文甲");
        String attachment = payload.stream().filter(k -> k.startsWith(folder + "attachments/")).findFirst().orElseThrow();
        assertThat(attachment).endsWith("-附件 一.pdf");
        assertThat(files.get(attachment)).isEqualTo(pdf);
        try (PDDocument doc = Loader.loadPDF(files.get(attachment))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Transfer attachment " + day);
        }
        assertThat(files).containsKey("data/documents/" + plain + "/versions/v1.html");
        assertThat(new String(files.get("data/documents.csv"), StandardCharsets.UTF_8)).contains("移交测试乙" + day);

        // delivery recorded and audited
        assertThat(jdbc.sql("SELECT username FROM deposit_delivery WHERE package_id = ?").param(p.id())
                .query(String.class).list()).containsExactly("archives-test");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'TransferPackageDelivered' "
                + "AND object_id = ?").param(String.valueOf(p.id())).query(Integer.class).single()).isEqualTo(1);

        // the same period again is refused; another institution's receiver finds nothing
        assertThatThrownBy(() -> packages.build(admin(), unit(ARCHIVES), day, day))
                .isInstanceOfSatisfying(GongkaiException.class, e -> assertThat(e.getMessage()).contains("已生成"));
        mvc.perform(get("/console/deposit/" + p.id() + "/download").with(receiver(FINANCE)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/deposit/packages/" + p.id() + "/download").with(receiver(FINANCE)))
                .andExpect(status().isNotFound());
        String others = mvc.perform(get("/api/v1/deposit/packages").with(receiver(FINANCE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(others).doesNotContain(p.bagName());
        assertThat(mvc.perform(get("/api/v1/deposit/packages").with(receiver(ARCHIVES))).andReturn().getResponse()
                .getContentAsString()).contains(p.bagName());
    }

    @Test
    void theReceiverAccountIsRefusedEverywhereElse() throws Exception {
        for (String path : List.of("/console/catalogue", "/console/organisation/units", "/console/organisation/staff",
                "/api/v1/staff", "/api/v1/staff/documents/1", "/console/requests", "/console/reports",
                "/console/audit", "/console/hotline", "/console/organisation/reading-places")) {
            mvc.perform(get(path).with(receiver(ARCHIVES))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/console/deposit").with(receiver(ARCHIVES)).with(csrf())
                        .param("recipientUnitId", String.valueOf(unit(ARCHIVES))).param("from", "2022-01-01")
                        .param("to", "2022-01-31"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/deposit").with(receiver(ARCHIVES))).andExpect(status().isOk());
        // and nobody but a receiver downloads: not even the system administrator
        mvc.perform(get("/console/deposit/1/download").with(TestActors.as(Role.SYSTEM_ADMIN, unit(OFFICE))))
                .andExpect(status().isForbidden());
    }

    @Test
    void badPeriodsAndRecipientsAreRefusedAtTheirField() throws Exception {
        var admin = TestActors.as(-31, "deposit-admin", Map.of(unit(OFFICE), Set.of(Role.SYSTEM_ADMIN)));
        String archives = String.valueOf(unit(ARCHIVES));
        Object[][] cases = {
            {archives, "2025-02-30", "2025-03-01", "日期不存在"},
            {archives, "2025-03-01", "2025-02-01", "截止日期不能早于起始日期"},
            {archives, "2026-06-01", "2026-06-15", "只能移交已经结束的期间"},
            {archives, "1999-12-01", "1999-12-31", "不能早于2000-01-01"},
            {archives, "2020-01-01", "2022-01-01", "不能超过366天"},
            {archives, "2025/01/01", "2025-01-31", "日期格式应为 YYYY-MM-DD"},
            {archives, "2".repeat(5000), "2025-01-31", "日期格式应为 YYYY-MM-DD"},
            {String.valueOf(unit(FINANCE)), "2021-01-01", "2021-01-31", "请选择有接收账号的档案馆或图书馆"},
            {"", "2021-01-01", "2021-01-31", "请选择接收单位"},
        };
        int before = jdbc.sql("SELECT COUNT(*) FROM deposit_package").query(Integer.class).single();
        for (Object[] c : cases) {
            String html = mvc.perform(post("/console/deposit").with(admin).with(csrf())
                            .param("recipientUnitId", (String) c[0]).param("from", (String) c[1])
                            .param("to", (String) c[2]))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(html).as(c[1] + ".." + c[2]).contains((String) c[3]).contains("aria-invalid=\"true\"");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM deposit_package").query(Integer.class).single()).isEqualTo(before);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor receiver(String code) {
        return TestActors.as(code.equals(ARCHIVES) ? -33 : -34, code.equals(ARCHIVES) ? "archives-test" : "library-test",
                Map.of(unit(code), Set.of(Role.PACKAGE_RECEIVER)));
    }

    private Document draft(Actor editor, String title, String body) {
        return catalogue.createDraft(editor, unit(OFFICE), new DocumentContent(title, "摘要", null,
                LocalDate.now(clock.withZone(org.gongkai.common.TimeConfiguration.ZONE)), "综合政务\\政务公开",
                InformationCategory.A20_15_OTHER, "通知", List.of("移交"), null, null, null, null, null, body));
    }

    private long publish(Actor editor, long id) {
        for (WorkflowAction action : List.of(WorkflowAction.SUBMIT, WorkflowAction.REVIEW, WorkflowAction.SIGN_OFF,
                WorkflowAction.PUBLISH)) {
            catalogue.act(editor, id, action, CatalogueService.ActionInput.NONE);
        }
        return id;
    }

    static byte[] pdf(String text) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    static Map<String, byte[]> unzip(byte[] zip, String root) throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                assertThat(e.getName()).startsWith(root);
                out.put(e.getName().substring(root.length()), in.readAllBytes());
            }
        }
        return out;
    }

    static Map<String, String> labels(byte[] bagInfo) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : new String(bagInfo, StandardCharsets.UTF_8).split("\n")) {
            int colon = line.indexOf(": ");
            out.put(line.substring(0, colon), line.substring(colon + 2));
        }
        return out;
    }

    /** {@code <digest>  <path>} lines (RFC 8500 §2.1.3), path → digest; a path listed twice fails. */
    static Map<String, String> manifest(byte[] manifest) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : new String(manifest, StandardCharsets.UTF_8).split("\n")) {
            int space = line.indexOf(' ');
            String path = line.substring(space).strip();
            assertThat(out.put(path, line.substring(0, space))).as("listed once: " + path).isNull();
        }
        return out;
    }

    static String hex(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
