package org.gongkai.requests.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.common.DocumentFonts;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.requests.letters.TemplateText.Paragraph;
import org.gongkai.requests.letters.TemplateText.Style;
import org.junit.jupiter.api.Test;

/** The PDF needs a TrueType CJK font; without one it refuses clearly instead of printing empty boxes. */
class PdfFontTest {

    private static final List<Paragraph> LETTER = List.of(new Paragraph(Style.TITLE, "告知书"),
            new Paragraph(Style.BODY, "示例县 <b>&amp;</b> 政府信息公开"));

    @Test
    void missingFontFileIsAClearRefusalNamingTheSetting() {
        PdfLetterWriter writer = new PdfLetterWriter(new DocumentFonts("/nonexistent/wqy-zenhei.ttc", null, null));

        assertThatThrownBy(() -> writer.write("告知书", LETTER))
                .isInstanceOfSatisfying(GongkaiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL_ERROR);
                    assertThat(e.getMessage()).contains("/nonexistent/wqy-zenhei.ttc", "fonts-wqy-zenhei",
                            "gongkai.documents.font-path");
                });
    }

    @Test
    void openTypeFontIsRefusedBecauseItWouldNotEmbed() {
        PdfLetterWriter writer = new PdfLetterWriter(new DocumentFonts("/etc/hostname", null, null));

        assertThatThrownBy(() -> writer.write("告知书", LETTER)).isInstanceOf(GongkaiException.class)
                .hasMessageContaining("TrueType");
    }

    @Test
    void markupInTextIsPrintedLiterally() throws IOException {
        byte[] pdf = new PdfLetterWriter(DocumentFonts.defaults()).write("告知书", LETTER);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("示例县 <b>&amp;</b> 政府信息公开");
        }
    }
}
