package org.gongkai.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue #8 class 3 (upload names): one cleaning for every upload. */
class UploadNamesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "通知.pdf | 通知.pdf",
        "..\\..\\etc/passwd.txt | passwd.txt",
        "C:\\Users\\张三\\身份证.JPG | 身份证.JPG",
        "  名单 .xlsx  | 名单.xlsx",
        "....pdf | pdf",
        "a:b*c?d.pdf | a_b_c_d.pdf",
        "CON.txt | _CON.txt",
        "'' | 未命名文件",
    })
    void cleansNames(String in, String out) {
        assertThat(UploadNames.clean(in)).isEqualTo(out);
    }

    @Test
    void removesControlCharactersNulAndBidiOverrides() {
        assertThat(UploadNames.clean("报告\u202Efdp.exe")).isEqualTo("报告fdp.exe");
        assertThat(UploadNames.clean("a\u0000b\u0007c\r\n.pdf")).isEqualTo("abc.pdf");
        assertThat(UploadNames.clean("x\u2066y\u2069\u200Bz\uFEFF.pdf")).isEqualTo("xyz.pdf");
        assertThat(UploadNames.clean("\uD800lone.pdf")).isEqualTo("lone.pdf");
        assertThat(UploadNames.clean(null)).isEqualTo("未命名文件");
    }

    @Test
    void dropsAnInsaneExtensionAndBoundsTheLength() {
        String longExtension = UploadNames.clean("report." + "p".repeat(5000));
        assertThat(longExtension).startsWith("report.ppp").hasSizeLessThanOrEqualTo(UploadNames.MAX_LENGTH);
        assertThat(UploadNames.extension(longExtension)).isNotEqualTo("pdf");
        String longBase = UploadNames.clean("名".repeat(1000) + ".pdf");
        assertThat(longBase).endsWith(".pdf").hasSize(UploadNames.MAX_LENGTH);
        assertThat(UploadNames.clean("a.p\u00FCf")).isEqualTo("a.p\u00FCf"); // not a sane extension: part of the name
        assertThat(UploadNames.extension(UploadNames.clean("a.p\u00FCf"))).isEqualTo("p\u00FCf");
    }

    @Test
    void policySizesAreSettingsWithDefaults() {
        AttachmentPolicy policy = new AttachmentPolicy(FilesProperties.DEFAULTS);
        assertThat(policy.maxBytes(AttachmentPurpose.PUBLIC_APPLICATION)).isEqualTo(5L * 1024 * 1024);
        assertThat(policy.maxBytes(AttachmentPurpose.CATALOGUE_ATTACHMENT)).isEqualTo(20L * 1024 * 1024);
        assertThat(policy.hint(AttachmentPurpose.PUBLIC_APPLICATION)).isEqualTo("PDF、JPEG 或 PNG，不超过 5 MB");
        assertThat(policy.mediaTypes(AttachmentPurpose.PUBLIC_APPLICATION))
                .containsExactlyInAnyOrder("application/pdf", "image/jpeg", "image/png");
    }
}
