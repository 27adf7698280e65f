package org.gongkai.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.common.Gbt9704.Block;
import org.gongkai.common.Gbt9704.Heading;
import org.gongkai.common.Gbt9704.Paragraph;
import org.gongkai.common.Gbt9704.Table;

/**
 * The DOCX counterpart of {@link Gbt9704#documentHtml}: a {@link Gbt9704.Document} on the GB/T 9704 page (Apache
 * POI) with the red 版头, 发文字号, the red separator line (a paragraph border), the title, 主送, body with headings and
 * tables, 落款 and date, and the 印发 line between two rules. Fonts are named, not embedded (the reader's Word has them).
 */
public final class Gbt9704Docx {

    private Gbt9704Docx() {}

    public static byte[] write(Gbt9704.Document d, String bodyFont, String titleFont) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Gbt9704.docxPage(doc, bodyFont);
            XWPFRun mast = run(paragraph(doc, ParagraphAlignment.CENTER), d.masthead(), titleFont, Gbt9704.MASTHEAD_PT);
            mast.setColor(Gbt9704.RED);
            mast.setBold(true);
            paragraph(doc, ParagraphAlignment.CENTER).setSpacingBefore(Gbt9704.twips(Gbt9704.LINE_PT));
            XWPFParagraph number = paragraph(doc, ParagraphAlignment.CENTER);
            run(number, d.number(), bodyFont, Gbt9704.BODY_PT);
            number.setBorderBottom(Borders.THICK);
            number.getCTP().getPPr().getPBdr().getBottom().setColor(Gbt9704.RED);
            number.setSpacingAfter(Gbt9704.twips(Gbt9704.LINE_PT * 2));
            XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER);
            run(title, d.title(), titleFont, Gbt9704.TITLE_PT);
            title.setSpacingAfter(Gbt9704.twips(Gbt9704.LINE_PT));
            if (d.recipients() != null && !d.recipients().isBlank()) {
                run(paragraph(doc, ParagraphAlignment.LEFT), d.recipients(), bodyFont, Gbt9704.BODY_PT);
            }
            for (Block b : d.body()) {
                if (b instanceof Heading h) {
                    indented(doc, h.text(), titleFont);
                } else if (b instanceof Paragraph p) {
                    for (String line : p.text().split("\\R")) {
                        if (!line.isBlank()) {
                            indented(doc, line.strip(), bodyFont);
                        }
                    }
                } else if (b instanceof Table t && t.rows().isEmpty()) {
                    indented(doc, t.empty(), bodyFont);
                } else if (b instanceof Table t) {
                    table(doc, t, bodyFont, titleFont);
                }
            }
            XWPFParagraph issuer = paragraph(doc, ParagraphAlignment.RIGHT);
            issuer.setSpacingBefore(Gbt9704.twips(Gbt9704.LINE_PT * 2));
            issuer.setIndentationRight(Gbt9704.twips(Gbt9704.BODY_PT * 4));
            run(issuer, d.issuer(), bodyFont, Gbt9704.BODY_PT);
            XWPFParagraph date = paragraph(doc, ParagraphAlignment.RIGHT);
            date.setIndentationRight(Gbt9704.twips(Gbt9704.BODY_PT * 4));
            run(date, Gbt9704.chineseDate(d.date()), bodyFont, Gbt9704.BODY_PT);
            XWPFParagraph printed = paragraph(doc, ParagraphAlignment.BOTH);
            printed.setSpacingBefore(Gbt9704.twips(Gbt9704.LINE_PT * 2));
            printed.setBorderTop(Borders.SINGLE);
            printed.setBorderBottom(Borders.SINGLE);
            run(printed, d.printedBy() + "　　　　" + Gbt9704.chineseDate(d.printedOn()) + "印发", bodyFont,
                    Gbt9704.PAGE_NUMBER_PT);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument doc, Table t, String bodyFont, String titleFont) {
        run(paragraph(doc, ParagraphAlignment.CENTER), t.caption(), titleFont, Gbt9704.BODY_PT);
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.headers().size());
        table.setWidth("100%");
        fill(table.getRow(0), t.headers(), bodyFont, true);
        for (int i = 0; i < t.rows().size(); i++) {
            fill(table.getRow(i + 1), t.rows().get(i), bodyFont, false);
        }
        table.getRow(0).setRepeatHeader(true);
    }

    private static void fill(XWPFTableRow row, List<String> cells, String font, boolean header) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, cells.get(c) == null ? "" : cells.get(c), font, Gbt9704.PAGE_NUMBER_PT).setBold(header);
        }
    }

    private static void indented(XWPFDocument doc, String text, String font) {
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH);
        p.setFirstLineIndent(Gbt9704.twips(Gbt9704.BODY_PT * 2));
        run(p, text, font, Gbt9704.BODY_PT);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, double size) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
        return run;
    }
}
