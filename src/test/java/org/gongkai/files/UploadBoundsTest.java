package org.gongkai.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.gongkai.IntegrationTest;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.GongkaiProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue #8 class 4: an upload's work is bounded, and the refusal is a field message on the upload. */
@IntegrationTest
class UploadBoundsTest {

    @Autowired
    FileStore files;
    @Autowired
    GongkaiProperties properties;

    @Test
    void docxThatExpandsTo150MegabytesIsRefusedBeforeAnyParserReadsIt() throws Exception {
        byte[] bomb = docxBomb(150L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        long started = System.nanoTime();
        assertThatThrownBy(() -> files.store(new ByteArrayInputStream(bomb), "通知.docx",
                AttachmentPurpose.CATALOGUE_ATTACHMENT)).isInstanceOfSatisfying(GongkaiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.getMessage()).contains("通知.docx", "压缩炸弹", "已拒绝上传");
                });
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(10_000);
        // the same bound holds for a purpose whose text is not read
        assertThatThrownBy(() -> files.store(new ByteArrayInputStream(bomb), "材料.docx",
                AttachmentPurpose.OFFICER_DOCUMENT)).hasMessageContaining("压缩炸弹");
    }

    @Test
    void catalogueAttachmentHasItsTextExtractedAndCachedAtUpload() throws Exception {
        FileStore.StoredFile stored = files.store(new ByteArrayInputStream(FileStoreTest.docx("城乡低保标准调整 " + System.nanoTime())),
                "通知.docx", AttachmentPurpose.CATALOGUE_ATTACHMENT);
        Path cache = properties.dataDir().resolve("files").resolve(stored.sha256().substring(0, 2))
                .resolve(stored.sha256().substring(2, 4)).resolve(stored.sha256() + ".txt");
        assertThat(cache).exists();
        assertThat(files.extractText(stored.id())).contains("城乡低保标准调整");
    }

    @Test
    void purposeDecidesTypesAndSize() throws Exception {
        assertThatThrownBy(() -> files.store(new ByteArrayInputStream(FileStoreTest.docx("正文")), "a.docx",
                AttachmentPurpose.PUBLIC_APPLICATION)).hasMessageContaining("不支持上传Word 文档（DOCX）");
        byte[] big = new byte[(int) (5L * 1024 * 1024) + 1];
        System.arraycopy(FileStoreTest.pdf("<p>x</p>"), 0, big, 0, 100);
        assertThatThrownBy(() -> files.store(new ByteArrayInputStream(big), "a.pdf",
                AttachmentPurpose.PUBLIC_APPLICATION)).hasMessageContaining("超过大小上限 5 MB");
    }

    @Test
    void hostileNameIsStoredCleanAndGetsTheExtensionOfItsContent() throws Exception {
        FileStore.StoredFile stored = files.store(new ByteArrayInputStream(FileStoreTest.pdf("<p>x</p>")),
                "../报告\u202Efdp\u0000.\u0001" + "x".repeat(300), AttachmentPurpose.OFFICER_DOCUMENT);
        assertThat(stored.originalName()).doesNotContain("\u202E", "\u0000", "\u0001", "/", "..")
                .endsWith(".pdf").startsWith("报告fdp");
        assertThat(stored.originalName().length()).isLessThanOrEqualTo(UploadNames.MAX_LENGTH);
    }

    /** A real DOCX whose document.xml is {@code expanded} bytes of one repeated letter (compresses ~1000:1). */
    static byte[] docxBomb(long expanded) throws IOException {
        byte[] docx = FileStoreTest.docx("x");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    writeHugeDocument(zip, expanded);
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static void writeHugeDocument(OutputStream out, long expanded) throws IOException {
        out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w="
                + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
                .getBytes(StandardCharsets.UTF_8));
        byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        for (long written = 0; written < expanded; written += chunk.length) {
            out.write(chunk);
        }
        out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
    }

}
