package org.gongkai.common;

import java.math.BigInteger;
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
 * openhtmltopdf) and the DOCX (section and footers in POI).
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
}
