package org.gongkai.common;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The page of GB/T 9704-2012 (党政机关公文格式) that the letters and the annual report are laid out after (#10):
 * A4 (210 mm × 297 mm), margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (a 156 mm × 225 mm text block),
 * body 三号 (16 pt) on 22 lines per page, title 二号 (22 pt), page numbers 四号 (14 pt) "— 1 —" 7 mm below the text
 * block, odd pages set right and even pages set left, one character in. The same figures for the PDF (CSS for
 * openhtmltopdf) and the DOCX (section and footers in POI). {@link Document} is a whole 公文 in the standard's order
 * (red 版头 with the issuing office, 发文字号, red separator line, title, 主送, body, 落款 and date, 印发 line), printed
 * as PDF by {@link #documentHtml} and as DOCX by {@link Gbt9704Docx}.
 */
public final class Gbt9704 {

    private Gbt9704() {}

    public static final double MARGIN_TOP_MM = 37;
    public static final double MARGIN_BOTTOM_MM = 35;
    public static final double MARGIN_LEFT_MM = 28;
    public static final double MARGIN_RIGHT_MM = 26;
    public static final double PAGE_WIDTH_MM = 210;
    public static final double PAGE_HEIGHT_MM = 297;
    /** 三号. */
    public static final double BODY_PT = 16;
    /** 二号. */
    public static final double TITLE_PT = 22;
    /** 四号. */
    public static final double PAGE_NUMBER_PT = 14;
    /** 225 mm / 22 lines. */
    public static final double LINE_PT = 28.9;

    /** The page number as printed: an em dash either side. */
    public static String pageNumber(int page) {
        return "— " + page + " —";
    }

    /** The {@code @page} rules of a portrait A4 page with GB/T 9704 margins and page numbers (fonts: CSS list). */
    public static String pageCss(String numberFontFamilies) {
        String number = "content: '\\2014  ' counter(page) ' \\2014'; font-family: " + numberFontFamilies
                + "; font-size: " + pt(PAGE_NUMBER_PT) + "; vertical-align: top; padding-top: 4mm;";
        return "@page { size: A4; margin: " + mm(MARGIN_TOP_MM) + " " + mm(MARGIN_RIGHT_MM) + " "
                + mm(MARGIN_BOTTOM_MM) + " " + mm(MARGIN_LEFT_MM) + "; }"
                + "@page :right { @bottom-right { " + number + " padding-right: 1em; } }"
                + "@page :left { @bottom-left { " + number + " padding-left: 1em; } }";
    }

    public static String pt(double value) {
        return String.format(Locale.ROOT, "%.1fpt", value);
    }

    public static String mm(double value) {
        return String.format(Locale.ROOT, "%.0fmm", value);
    }

    /** Twentieths of a point (DOCX measures). */
    public static int twips(double points) {
        return (int) Math.round(points * 20);
    }

    private static BigInteger twipsOfMm(double mm) {
        return BigInteger.valueOf(Math.round(mm / 25.4 * 1440));
    }

    /**
     * Sets a DOCX's section to the GB/T 9704 page and adds the page-number footers (a PAGE field between em
     * dashes; odd pages right, even pages left).
     */
    public static void docxPage(XWPFDocument doc, String numberFont) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        var size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(twipsOfMm(PAGE_WIDTH_MM));
        size.setH(twipsOfMm(PAGE_HEIGHT_MM));
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(twipsOfMm(MARGIN_TOP_MM));
        margins.setBottom(twipsOfMm(MARGIN_BOTTOM_MM));
        margins.setLeft(twipsOfMm(MARGIN_LEFT_MM));
        margins.setRight(twipsOfMm(MARGIN_RIGHT_MM));
        // the footer's text sits 7 mm below the text block: footer distance = bottom margin - 7 mm - one line
        margins.setFooter(twipsOfMm(MARGIN_BOTTOM_MM - 7 - PAGE_NUMBER_PT / 72 * 25.4));
        margins.setHeader(twipsOfMm(15));
        doc.setEvenAndOddHeadings(true);
        pageNumberFooter(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT, numberFont);
        pageNumberFooter(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT, numberFont);
    }

    private static void pageNumberFooter(XWPFFooter footer, ParagraphAlignment side, String font) {
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setAlignment(side);
        int oneChar = twips(PAGE_NUMBER_PT);
        if (side == ParagraphAlignment.RIGHT) {
            p.setIndentationRight(oneChar);
        } else {
            p.setIndentationLeft(oneChar);
        }
        run(p, "— ", font);
        var field = p.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        var placeholder = field.addNewR();
        placeholder.addNewT().setStringValue("1");
        run(p, " —", font);
    }

    private static void run(XWPFParagraph p, String text, String font) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontSize(PAGE_NUMBER_PT);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
    }

    /** The red of the 版头 and its separator line. */
    public static final String RED = "E60012";
    /** The 版头's size (the issuing office's name; the standard leaves it to the office, within the text width). */
    public static final double MASTHEAD_PT = 30;

    /** An official document in GB/T 9704 order; {@code printedOn} is the date of the 印发 line. */
    public record Document(String masthead, String number, String title, String recipients, List<Block> body,
            String issuer, LocalDate date, String printedBy, LocalDate printedOn) {}

    /** A part of the body. */
    public sealed interface Block permits Heading, Paragraph, Table {
        /** Heading, Paragraph or Table (for templates). */
        default String kind() {
            return getClass().getSimpleName();
        }
    }

    /** A first-level heading (一、…), 黑体. */
    public record Heading(String text) implements Block {}

    /** A body paragraph, indented two characters. */
    public record Paragraph(String text) implements Block {
        /** The non-blank lines, each printed as a paragraph of its own. */
        public List<String> lines() {
            return text.lines().filter(l -> !l.isBlank()).map(String::strip).toList();
        }
    }

    /** A table with its caption and column headers; an empty table prints {@code empty} instead. */
    public record Table(String caption, List<String> headers, List<List<String>> rows, String empty) implements Block {}

    /** 2026年6月15日. */
    public static String chineseDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /**
     * The document as HTML for openhtmltopdf: {@code body}, {@code title} and {@code number} are CSS font-family
     * lists (the body face, the title face, the page-number face). Every text is XML-escaped.
     */
    public static String documentHtml(Document d, String body, String title, String number) {
        StringBuilder h = new StringBuilder(8192)
                .append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/><title>")
                .append(CjkPdf.escape(d.title())).append("</title><style>").append(documentCss(body, title, number))
                .append("</style></head><body>")
                .append("<div class=\"masthead\">").append(CjkPdf.escape(d.masthead())).append("</div>")
                .append("<p class=\"number\">").append(CjkPdf.escape(d.number())).append("</p>")
                .append("<div class=\"red-line\"></div>")
                .append("<h1>").append(CjkPdf.escape(d.title())).append("</h1>");
        if (d.recipients() != null && !d.recipients().isBlank()) {
            h.append("<p class=\"recipients\">").append(CjkPdf.escape(d.recipients())).append("</p>");
        }
        for (Block b : d.body()) {
            if (b instanceof Heading x) {
                h.append("<h2>").append(CjkPdf.escape(x.text())).append("</h2>");
            } else if (b instanceof Paragraph x) {
                for (String line : x.text().split("\\R")) {
                    if (!line.isBlank()) {
                        h.append("<p class=\"body\">").append(CjkPdf.escape(line.strip())).append("</p>");
                    }
                }
            } else if (b instanceof Table x && x.rows().isEmpty()) {
                h.append("<p class=\"body\">").append(CjkPdf.escape(x.empty())).append("</p>");
            } else if (b instanceof Table x) {
                h.append("<table><caption>").append(CjkPdf.escape(x.caption())).append("</caption><thead><tr>");
                x.headers().forEach(c -> h.append("<th>").append(CjkPdf.escape(c)).append("</th>"));
                h.append("</tr></thead><tbody>");
                for (List<String> row : x.rows()) {
                    h.append("<tr>");
                    row.forEach(c -> h.append("<td>").append(CjkPdf.escape(c == null ? "" : c)).append("</td>"));
                    h.append("</tr>");
                }
                h.append("</tbody></table>");
            }
        }
        h.append("<div class=\"closing\"><p class=\"issuer\">").append(CjkPdf.escape(d.issuer()))
                .append("</p><p class=\"date\">").append(chineseDate(d.date())).append("</p></div>")
                .append("<div class=\"printed\"><span class=\"by\">").append(CjkPdf.escape(d.printedBy()))
                .append("</span><span class=\"on\">").append(chineseDate(d.printedOn())).append("印发</span></div>")
                .append("</body></html>");
        return h.toString();
    }

    static String documentCss(String body, String title, String number) {
        double line = LINE_PT;
        return pageCss(number)
                + "body { margin: 0; font-family: " + body + "; font-size: " + pt(BODY_PT) + "; line-height: "
                + pt(line) + "; }"
                + "div.masthead { color: #" + RED + "; text-align: center; font-family: " + title + "; font-size: "
                + pt(MASTHEAD_PT) + "; line-height: " + pt(MASTHEAD_PT * 1.3) + "; letter-spacing: 0.1em;"
                + " margin-top: " + pt(line) + "; }"
                + "p.number { text-align: center; margin: " + pt(line * 2) + " 0 0 0; }"
                + "div.red-line { border-bottom: 0.6mm solid #" + RED + "; margin: 4mm 0 " + pt(line * 2) + " 0; }"
                + "h1 { margin: 0 0 " + pt(line) + " 0; text-align: center; font-weight: normal; font-family: " + title
                + "; font-size: " + pt(TITLE_PT) + "; line-height: " + pt(line * 1.25) + "; }"
                + "h2 { margin: 0; text-indent: 2em; font-weight: normal; font-family: " + title + "; font-size: "
                + pt(BODY_PT) + "; }"
                + "p { margin: 0; text-align: justify; }"
                + "p.body { text-indent: 2em; }"
                + "table { width: 100%; border-collapse: collapse; margin: 0.5em 0; font-size: " + pt(PAGE_NUMBER_PT)
                + "; line-height: 1.4; }"
                + "caption { font-family: " + title + "; padding-bottom: 0.3em; }"
                + "th, td { border: 0.3mm solid #000; padding: 1mm 2mm; text-align: center; font-weight: normal; }"
                + "div.closing { page-break-inside: avoid; margin-top: " + pt(line * 2) + "; text-align: right;"
                + " padding-right: 4em; }"
                + "div.closing p { text-align: right; }"
                + "div.printed { margin-top: " + pt(line * 2) + "; border-top: 0.35mm solid #000; border-bottom:"
                + " 0.35mm solid #000; font-size: " + pt(PAGE_NUMBER_PT) + "; padding: 1mm 1em; overflow: hidden;"
                + " page-break-inside: avoid; }"
                + "div.printed span.by { float: left; }"
                + "div.printed span.on { float: right; }";
    }
}
