package org.gongkai.supervision.submissions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.gongkai.common.Gbt9704;

/**
 * An issue of the office's bulletin as DOCX: the masthead (bulletin name in red, 第N期, the office and the date),
 * then each item with its title, its unit and its paragraphs, on the GB/T 9704 page.
 */
public final class BulletinIssueDocx {

    static final String FONT = "FangSong";
    static final String TITLE_FONT = "SimHei";

    private BulletinIssueDocx() {}

    public static byte[] write(BulletinIssues.Issue issue, String bulletinName, String officeName) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Gbt9704.docxPage(doc, FONT);
            XWPFParagraph mast = doc.createParagraph();
            mast.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun name = run(mast, bulletinName, TITLE_FONT, 30);
            name.setColor("C00000");
            name.setBold(true);
            paragraph(doc, issue.year() + "年第" + issue.number() + "期", ParagraphAlignment.CENTER, FONT,
                    Gbt9704.BODY_PT, false);
            paragraph(doc, officeName + "　　" + issue.compiledOn().getYear() + "年" + issue.compiledOn().getMonthValue()
                    + "月" + issue.compiledOn().getDayOfMonth() + "日", ParagraphAlignment.CENTER, FONT, Gbt9704.BODY_PT,
                    false);
            if (!issue.title().equals(bulletinName)) {
                paragraph(doc, issue.title(), ParagraphAlignment.CENTER, TITLE_FONT, Gbt9704.TITLE_PT, true);
            }
            for (BulletinIssues.Item item : issue.items()) {
                paragraph(doc, item.title(), ParagraphAlignment.CENTER, TITLE_FONT, Gbt9704.TITLE_PT, true);
                paragraph(doc, "（" + item.unitName() + "）", ParagraphAlignment.CENTER, FONT, Gbt9704.BODY_PT, false);
                for (String line : item.text().split("\\R")) {
                    if (!line.isBlank()) {
                        XWPFParagraph p = paragraph(doc, line.strip(), ParagraphAlignment.BOTH, FONT, Gbt9704.BODY_PT,
                                false);
                        p.setFirstLineIndent(Gbt9704.twips(Gbt9704.BODY_PT * 2));
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XWPFParagraph paragraph(XWPFDocument doc, String text, ParagraphAlignment align, String font, double size,
            boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        run(p, text, font, size).setBold(bold);
        return p;
    }

    static XWPFRun run(XWPFParagraph p, String text, String font, double size) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
        return run;
    }
}
