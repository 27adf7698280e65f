package org.gongkai.requests.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.gongkai.common.DocumentFonts;
import org.gongkai.common.Gbt9704;
import org.gongkai.requests.letters.LetterRenderer.Addressee;
import org.gongkai.requests.letters.LetterRenderer.Issuer;
import org.gongkai.requests.letters.LetterRenderer.LetterData;
import org.gongkai.requests.letters.LetterRenderer.LetterKind;
import org.gongkai.requests.letters.TemplateText.Paragraph;
import org.junit.jupiter.api.Test;

/**
 * The PDF page of a letter is the GB/T 9704 page: A4, every character of the text inside the 156 mm × 225 mm text
 * block (margins 37/35/28/26 mm), the page numbers "— n —" below it, odd pages on the right and even on the left;
 * body at 三号 and title at 二号. Written by the real writer from the shipped template; kept under
 * target/letters for a look.
 */
class LetterPageLayoutTest {

    static final float MM = 72f / 25.4f;
    /** Glyph boxes may overhang their advance a little; half a millimetre. */
    static final float SLACK = 0.5f * MM;

    record Glyph(int page, String text, float x, float top, float width, float size) {}

    static List<Paragraph> reply(String reasons) throws IOException {
        String body;
        try (InputStream in = LetterPageLayoutTest.class.getResourceAsStream(
                "/" + TemplateKey.REPLY_WITHHELD.resource())) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        LetterData data = new LetterData(LetterKind.REPLY, "YS20260601000123", "示例县自然资源局", "示例科技有限公司",
                LocalDate.of(2026, 5, 6), LocalDate.of(2026, 6, 15), "2025年城区道路改造工程的招标文件及中标结果",
                "WITHHELD_THIRD_PARTY_RIGHTS", "（三）不予公开 4.保护第三方合法权益", reasons, Map.of(),
                Addressee.ORGANISATION, new Issuer("李四", "0123-6100014", "示例县人民大道6号", "示自然资依复〔2026〕12号",
                        "示例县人民政府", "示例县人民法院"));
        return LetterLayout.finish(TemplateText.parse(body, TemplateKey.REPLY_WITHHELD).fill(LetterValues.of(data)),
                data.addressee());
    }

    static List<Glyph> glyphs(PDDocument doc) throws IOException {
        List<Glyph> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    out.add(new Glyph(getCurrentPageNo(), p.getUnicode(), p.getXDirAdj(),
                            p.getYDirAdj() - p.getHeightDir(), p.getWidthDirAdj(), p.getFontSizeInPt()));
                }
            }
        };
        stripper.setSortByPosition(true);
        stripper.getText(doc);
        return out;
    }

    @Test
    void theLetterIsOnTheGbt9704PageWithItsNumbersBelowTheTextBlock() throws IOException {
        String longReasons = String.join("\n", Collections.nCopies(8,
                "该信息涉及第三方企业的商业秘密，经书面征求第三方意见，第三方不同意公开且理由合理，本机关认为不公开不会对公共利益造成重大影响。"));
        byte[] pdf = new PdfLetterWriter(DocumentFonts.defaults()).write("答复书", reply(longReasons));
        Files.createDirectories(Path.of("target", "letters"));
        Files.write(Path.of("target", "letters", "layout-reply.pdf"), pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).as("a long letter runs over two pages").isGreaterThanOrEqualTo(2);
            for (var page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
                assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            }
            float left = (float) Gbt9704.MARGIN_LEFT_MM * MM;
            float right = (float) (Gbt9704.PAGE_WIDTH_MM - Gbt9704.MARGIN_RIGHT_MM) * MM;
            float top = (float) Gbt9704.MARGIN_TOP_MM * MM;
            float bottom = (float) (Gbt9704.PAGE_HEIGHT_MM - Gbt9704.MARGIN_BOTTOM_MM) * MM;
            List<Glyph> glyphs = glyphs(doc);
            List<Glyph> text = glyphs.stream().filter(g -> g.top() < bottom).toList();
            List<Glyph> below = glyphs.stream().filter(g -> g.top() >= bottom).toList();
            assertThat(text).isNotEmpty().allSatisfy(g -> {
                assertThat(g.x()).as("left edge of %s", g).isGreaterThanOrEqualTo(left - SLACK);
                assertThat(g.x() + g.width()).as("right edge of %s", g).isLessThanOrEqualTo(right + SLACK);
                assertThat(g.top()).as("top of %s", g).isGreaterThanOrEqualTo(top - 2 * MM);
            });
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                int p = page;
                String number = String.join("", below.stream().filter(g -> g.page() == p).map(Glyph::text).toList())
                        .replace(" ", "");
                assertThat(number).as("page number of page %d", p).isEqualTo(Gbt9704.pageNumber(p).replace(" ", ""));
                List<Glyph> numberGlyphs = below.stream().filter(g -> g.page() == p).toList();
                float centre = (numberGlyphs.get(0).x() + numberGlyphs.get(numberGlyphs.size() - 1).x()) / 2;
                float pageCentre = (float) Gbt9704.PAGE_WIDTH_MM * MM / 2;
                if (p % 2 == 1) {
                    assertThat(centre).as("odd page %d numbered on the right", p).isGreaterThan(pageCentre);
                } else {
                    assertThat(centre).as("even page %d numbered on the left", p).isLessThan(pageCentre);
                }
                assertThat(numberGlyphs).allSatisfy(g -> assertThat(g.top())
                        .as("page number within the bottom margin").isLessThan((float) Gbt9704.PAGE_HEIGHT_MM * MM - 10 * MM));
            }
            // sizes: title 二号, body 三号
            assertThat(text.stream().filter(g -> "答".equals(g.text())).findFirst().orElseThrow().size())
                    .isCloseTo(22f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(text.stream().filter(g -> "审".equals(g.text())).findFirst().orElseThrow().size())
                    .isCloseTo(16f, org.assertj.core.data.Offset.offset(0.5f));
        }
    }
}
