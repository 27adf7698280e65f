package org.gongkai.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.IntegrationTest;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.GongkaiProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class FileStoreTest {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final Set<String> DOCUMENTS = Set.of(PDF, DOCX, XLSX, "application/msword", "text/plain", "text/csv");
    static final long MB = 1024 * 1024;

    @Autowired
    GongkaiProperties properties;

    @Autowired
    LocalFileStore files;

    @Test
    void storesRealPdfWithHashAndExtractsItsText() throws Exception {
        byte[] pdf = pdf("<p>Notice on the county housing provident fund, number 2024-5.</p>");
        FileStore.StoredFile stored = files.store(new ByteArrayInputStream(pdf), "notice.pdf", DOCUMENTS, MB);

        assertThat(stored.mediaType()).isEqualTo(PDF);
        assertThat(stored.size()).isEqualTo(pdf.length);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(files.find(stored.id())).contains(stored);
        try (InputStream in = files.open(stored.id())) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(files.extractText(stored.id())).contains("housing provident fund");
    }

    @Test
    void extractsChineseTextFromDocxAndXlsx() throws Exception {
        FileStore.StoredFile docx = files.store(new ByteArrayInputStream(docx("关于调整城乡居民医疗保险缴费标准的通知")),
                "通知.docx", DOCUMENTS, MB);
        FileStore.StoredFile xlsx = files.store(new ByteArrayInputStream(xlsx("最低生活保障对象名单")),
                "名单.XLSX", DOCUMENTS, MB);

        assertThat(docx.mediaType()).isEqualTo(DOCX);
        assertThat(xlsx.mediaType()).isEqualTo(XLSX);
        assertThat(files.extractText(docx.id())).contains("城乡居民医疗保险缴费标准");
        assertThat(files.extractText(xlsx.id())).contains("最低生活保障对象名单");
    }

    @Test
    void detectsPlainTextAndCsvByContentAndName() {
        FileStore.StoredFile csv = files.store(stream("姓名,金额\n张三,100\n"), "公示.csv", DOCUMENTS, MB);
        assertThat(csv.mediaType()).isEqualTo("text/csv");
        assertThat(files.extractText(csv.id())).contains("张三");
    }

    @Test
    void refusesZipNamedPdf() throws Exception {
        assertRefused(() -> files.store(new ByteArrayInputStream(zip()), "政策.pdf", DOCUMENTS, MB),
                "扩展名“.pdf”与实际内容不符", "ZIP 压缩包");
    }

    @Test
    void refusesExecutableNamedPdf() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        assertRefused(() -> files.store(new ByteArrayInputStream(exe), "report.pdf", DOCUMENTS, MB),
                "扩展名“.pdf”与实际内容不符");
    }

    @Test
    void refusesPdfNamedDocx() throws Exception {
        assertRefused(() -> files.store(new ByteArrayInputStream(pdf("<p>x</p>")), "a.docx", DOCUMENTS, MB),
                "扩展名“.docx”与实际内容不符", "PDF 文档");
    }

    @Test
    void refusesTypeNotAllowedEvenWhenNamedHonestly() throws Exception {
        assertRefused(() -> files.store(new ByteArrayInputStream(docx("正文")), "a.docx", Set.of(PDF), MB),
                "不支持上传Word 文档（DOCX）", "允许的类型：PDF 文档");
    }

    @Test
    void refusesTooLargeAndEmptyFiles() {
        assertRefused(() -> files.store(stream("x".repeat(2048)), "big.txt", DOCUMENTS, 1024),
                "超过大小上限 1 KB");
        assertRefused(() -> files.store(new ByteArrayInputStream(new byte[0]), "empty.pdf", DOCUMENTS, MB),
                "空文件");
    }

    @Test
    void keepsOnlyTheLastPathSegmentOfTheName() {
        FileStore.StoredFile stored = files.store(stream("hello"), "..\\..\\etc/passwd.txt", DOCUMENTS, MB);
        assertThat(stored.originalName()).isEqualTo("passwd.txt");
    }

    @Test
    void sameBytesUploadedTwiceAreTwoRecordsSharingTheContent() {
        FileStore.StoredFile a = files.store(stream("同一内容"), "a.txt", DOCUMENTS, MB);
        FileStore.StoredFile b = files.store(stream("同一内容"), "b.txt", DOCUMENTS, MB);
        assertThat(a.id()).isNotEqualTo(b.id());
        assertThat(a.sha256()).isEqualTo(b.sha256());
        assertThat(files.extractText(b.id())).isEqualTo("同一内容");
    }

    @Test
    void contentAndExtractedTextAreEncryptedAtRest() throws Exception {
        String personal = "张三 身份证号 11010519491231002X 住址 示例县城关镇";
        FileStore.StoredFile stored = files.store(stream(personal), "id-copy.txt", DOCUMENTS, MB);
        assertThat(files.extractText(stored.id())).isEqualTo(personal);
        try (InputStream in = files.open(stored.id())) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(personal);
        }
        Path dir = properties.dataDir().resolve("files").resolve(stored.sha256().substring(0, 2))
                .resolve(stored.sha256().substring(2, 4));
        for (Path onDisk : List.of(dir.resolve(stored.sha256()), dir.resolve(stored.sha256() + ".txt"))) {
            byte[] raw = Files.readAllBytes(onDisk);
            assertThat(new String(raw, StandardCharsets.UTF_8)).as(onDisk.toString())
                    .doesNotContain("11010519491231002X").doesNotContain("张三").startsWith("GKS4");
        }
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String... parts) {
        assertThatThrownBy(call).isInstanceOfSatisfying(GongkaiException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            assertThat(e.field()).isEqualTo("file");
            assertThat(e.getMessage()).contains(parts);
        });
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] pdf(String bodyHtml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.withHtmlContent("<html><body>" + bodyHtml + "</body></html>", null);
        builder.toStream(out);
        builder.run();
        return out.toByteArray();
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx(String text) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("名单").createRow(0).createCell(0).setCellValue(text);
            book.write(out);
            return out.toByteArray();
        }
    }

    static byte[] zip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
