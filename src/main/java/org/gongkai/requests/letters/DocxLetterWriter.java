package org.gongkai.requests.letters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.gongkai.common.DocumentFonts;
import org.gongkai.common.Gbt9704;
import org.gongkai.requests.letters.TemplateText.Paragraph;
import org.gongkai.requests.letters.TemplateText.Style;

/**
 * A letter as DOCX (POI XWPF) in the layout of {@link LetterLayout} (GB/T 9704): the same paragraphs as the PDF,
 * as plain text runs in the body font (仿宋 by default) and the title font (黑体 by default), exact line spacing of
 * the 22-line grid, and page-number footers.
 */
final class DocxLetterWriter {

    private final DocumentFonts fonts;

    DocxLetterWriter(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    byte[] write(String title, List<Paragraph> paragraphs) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(clean(title));
            int signature = LetterLayout.signatureStart(paragraphs);
            double line = Gbt9704.LINE_PT;
            for (int i = 0; i < paragraphs.size(); i++) {
                Paragraph p = paragraphs.get(i);
                XWPFParagraph para = doc.createParagraph();
                para.setSpacingBetween(line, LineSpacingRule.EXACT);
                para.setSpacingAfter(0);
                boolean heading = p.style() == Style.TITLE;
                XWPFRun run = para.createRun();
                run.setText(clean(p.text()));
                String font = heading ? fonts.docxTitleFont() : fonts.docxFont();
                for (FontCharRange range : List.of(FontCharRange.eastAsia, FontCharRange.ascii, FontCharRange.hAnsi)) {
                    run.setFontFamily(font, range);
                }
                run.setFontSize(heading ? Gbt9704.TITLE_PT : Gbt9704.BODY_PT);
                switch (p.style()) {
                    case TITLE -> {
                        para.setAlignment(ParagraphAlignment.CENTER);
                        para.setSpacingBetween(line * 1.25, LineSpacingRule.EXACT);
                        boolean last = i + 1 >= paragraphs.size() || paragraphs.get(i + 1).style() != Style.TITLE;
                        para.setSpacingAfter(last ? Gbt9704.twips(line) : 0);
                    }
                    case NUMBER -> {
                        para.setAlignment(ParagraphAlignment.RIGHT);
                        para.setSpacingAfter(Gbt9704.twips(line));
                    }
                    case RIGHT -> para.setAlignment(ParagraphAlignment.RIGHT);
                    case BODY -> {
                        para.setAlignment(ParagraphAlignment.BOTH);
                        para.setIndentationFirstLine(Gbt9704.twips(2 * Gbt9704.BODY_PT));
                    }
                    case FLUSH -> para.setAlignment(ParagraphAlignment.LEFT);
                }
                if (p.rightIndent() > 0) {
                    para.setIndentationRight(Gbt9704.twips(p.rightIndent() * Gbt9704.BODY_PT));
                }
                if (i == signature) {
                    para.setSpacingBefore(Gbt9704.twips(2 * line));
                }
                if (signature >= 0 && i >= signature && i + 1 < paragraphs.size()
                        && paragraphs.get(i + 1).style() == Style.RIGHT) {
                    para.setKeepNext(true); // signature and date stay on one page
                }
            }
            Gbt9704.docxPage(doc, fonts.docxFont());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("DOCX letter could not be written", e);
        }
    }

    /** Drops control characters that the DOCX XML cannot carry. */
    private static String clean(String text) {
        return text.codePoints()
                .filter(c -> c >= 0x20 || c == '\t')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
