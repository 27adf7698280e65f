package org.gongkai.requests.letters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.gongkai.common.DocumentFonts;
import org.gongkai.requests.letters.TemplateText.Paragraph;

/** A letter as DOCX (POI XWPF): the same paragraphs as the PDF, as plain text runs. */
final class DocxLetterWriter {

    private final DocumentFonts properties;

    DocxLetterWriter(DocumentFonts properties) {
        this.properties = properties;
    }

    byte[] write(String title, List<Paragraph> paragraphs) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(clean(title));
            for (Paragraph p : paragraphs) {
                XWPFParagraph para = doc.createParagraph();
                para.setSpacingAfter(120);
                XWPFRun run = para.createRun();
                run.setText(clean(p.text()));
                run.setFontFamily(properties.docxFont(), FontCharRange.eastAsia);
                run.setFontSize(p.style() == TemplateText.Style.TITLE ? 18 : 12);
                switch (p.style()) {
                    case TITLE -> {
                        para.setAlignment(ParagraphAlignment.CENTER);
                        para.setSpacingAfter(360);
                    }
                    case RIGHT -> para.setAlignment(ParagraphAlignment.RIGHT);
                    case BODY -> para.setIndentationFirstLine(480); // two characters of 12 pt
                    case FLUSH -> para.setAlignment(ParagraphAlignment.LEFT);
                }
            }
            doc.getDocument().getBody().addNewSectPr().addNewPgSz().setW(BigInteger.valueOf(11906));
            doc.getDocument().getBody().getSectPr().getPgSz().setH(BigInteger.valueOf(16838));
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
