package org.gongkai.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.gongkai.common.DocumentFonts;
import org.gongkai.common.Gbt9704;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The downloads of a report: PDF (selectable Chinese text), DOCX and XLSX, all from the same {@link Grid}s. */
@Component
public class ReportExports {

    private final ITemplateEngine templates;
    private final DocumentFonts properties;

    ReportExports(ITemplateEngine templates, DocumentFonts properties) {
        this.templates = templates;
        this.properties = properties;
    }

    public byte[] pdf(ReportView report) {
        Context context = new Context(java.util.Locale.SIMPLIFIED_CHINESE);
        context.setVariable("report", report);
        String fallback = "'" + properties.fontFamily() + "'";
        context.setVariable("pageCss", Gbt9704.pageCss(fallback));
        context.setVariable("bodyFonts", "'" + properties.bodyFamily() + "', " + fallback);
        context.setVariable("titleFonts", "'" + properties.titleFamily() + "', " + fallback);
        context.setVariable("headingFonts", "'" + properties.titleFamily() + "', " + fallback);
        String html = templates.process("reports/document", context);
        return properties.pdf(html);
    }

    public byte[] docx(ReportView report) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (report.draft()) {
                XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
                policy.createWatermark("草稿");
            }
            Gbt9704.docxPage(doc, properties.docxFont());
            if (report.draft()) {
                // odd and even pages have their own headers (GB/T 9704 page numbers): the mark goes on each
                for (var header : doc.getHeaderList()) {
                    XWPFParagraph p = header.createParagraph();
                    p.setAlignment(ParagraphAlignment.CENTER);
                    XWPFRun mark = p.createRun();
                    mark.setText(report.draftMark());
                    mark.setFontSize(9);
                    mark.setColor("B00000");
                    mark.setFontFamily(properties.docxFont(), XWPFRun.FontCharRange.eastAsia);
                }
            }
            title(doc, report.title());
            String meta = meta(report);
            if (meta != null) {
                paragraph(doc, meta, Kind.META);
            }
            section(doc, "一、总体情况", report.narrative().overview());
            for (Grid grid : report.grids()) {
                paragraph(doc, grid.caption(), Kind.HEADING);
                table(doc, grid);
            }
            section(doc, "五、存在的主要问题及改进情况", report.narrative().problems());
            section(doc, "六、其他需要报告的事项", report.narrative().otherMatters());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private enum Kind { HEADING, BODY, META }

    private void section(XWPFDocument doc, String heading, String text) {
        paragraph(doc, heading, Kind.HEADING);
        for (String line : (text == null ? "" : text).split("\\R")) {
            paragraph(doc, line, Kind.BODY);
        }
    }

    /** The title: 二号 in the title font, centred, a blank line after it. */
    private void title(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBetween(36, LineSpacingRule.EXACT);
        p.setSpacingAfter(Gbt9704.twips(Gbt9704.LINE_PT));
        run(p, text, properties.docxTitleFont(), Gbt9704.TITLE_PT);
    }

    /** Headings in the title font (黑体), body in the body font (仿宋) indented two characters, 三号 on the grid. */
    private void paragraph(XWPFDocument doc, String text, Kind kind) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(0);
        if (kind == Kind.META) {
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, text, properties.docxFont(), 10.5);
            return;
        }
        p.setSpacingBetween(Gbt9704.LINE_PT, LineSpacingRule.EXACT);
        if (kind == Kind.BODY) {
            p.setAlignment(ParagraphAlignment.BOTH);
            p.setIndentationFirstLine(Gbt9704.twips(2 * Gbt9704.BODY_PT));
        } else {
            p.setKeepNext(true);
        }
        run(p, text, kind == Kind.HEADING ? properties.docxTitleFont() : properties.docxFont(), Gbt9704.BODY_PT);
    }

    private static void run(XWPFParagraph p, String text, String font, double size) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
    }

    private void table(XWPFDocument doc, Grid grid) {
        XWPFTable table = doc.createTable(grid.rows().size(), grid.columns());
        table.setWidth("100%");
        for (Grid.Placed p : grid.placed()) {
            Grid.Cell cell = p.cell();
            for (int dr = 0; dr < cell.rowspan(); dr++) {
                for (int dc = 0; dc < cell.colspan(); dc++) {
                    XWPFTableCell target = table.getRow(p.row() + dr).getCell(p.column() + dc);
                    var pr = target.getCTTc().isSetTcPr() ? target.getCTTc().getTcPr() : target.getCTTc().addNewTcPr();
                    if (cell.colspan() > 1) {
                        pr.addNewHMerge().setVal(dc == 0 ? STMerge.RESTART : STMerge.CONTINUE);
                    }
                    if (cell.rowspan() > 1) {
                        pr.addNewVMerge().setVal(dr == 0 ? STMerge.RESTART : STMerge.CONTINUE);
                    }
                }
            }
            XWPFTableCell first = table.getRow(p.row()).getCell(p.column());
            XWPFParagraph para = first.getParagraphs().get(0);
            para.setAlignment(cell.numeric() ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            XWPFRun run = para.createRun();
            run.setText(cell.text());
            run.setBold(cell.header());
            run.setFontSize(9);
            run.setFontFamily(properties.docxFont(), XWPFRun.FontCharRange.eastAsia);
        }
        table.getCTTbl().getTblPr().addNewTblW().setW(BigInteger.valueOf(5000));
    }

    public byte[] xlsx(ReportView report) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle text = book.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.CENTER);
            for (CellStyle s : List.of(text)) {
                s.setBorderTop(BorderStyle.THIN);
                s.setBorderBottom(BorderStyle.THIN);
                s.setBorderLeft(BorderStyle.THIN);
                s.setBorderRight(BorderStyle.THIN);
            }
            CellStyle number = book.createCellStyle();
            number.cloneStyleFrom(text);
            number.setAlignment(HorizontalAlignment.CENTER);
            for (Grid grid : report.grids()) {
                Sheet sheet = book.createSheet(grid.caption().substring(0, 1) + "、" + sheetName(grid.id()));
                String meta = meta(report);
                sheet.createRow(0).createCell(0).setCellValue(report.title() + " " + grid.caption()
                        + (meta == null ? "" : "（" + meta + "）"));
                int offset = 1;
                if (report.draft()) {
                    sheet.getHeader().setCenter(report.draftMark());
                }
                for (int r = 0; r < grid.rows().size(); r++) {
                    var row = sheet.createRow(r + offset);
                    for (int c = 0; c < grid.columns(); c++) {
                        row.createCell(c).setCellStyle(text);
                    }
                }
                for (Grid.Placed p : grid.placed()) {
                    Grid.Cell cell = p.cell();
                    var target = sheet.getRow(p.row() + offset).getCell(p.column());
                    if (cell.numeric() && !cell.text().contains(".")) {
                        target.setCellValue(Long.parseLong(cell.text()));
                        target.setCellStyle(number);
                    } else if (cell.numeric()) {
                        target.setCellValue(Double.parseDouble(cell.text()));
                        target.setCellStyle(number);
                    } else {
                        target.setCellValue(cell.text());
                    }
                    if (cell.colspan() > 1 || cell.rowspan() > 1) {
                        sheet.addMergedRegion(new CellRangeAddress(p.row() + offset, p.row() + offset + cell.rowspan() - 1,
                                p.column(), p.column() + cell.colspan() - 1));
                    }
                }
                sheet.setColumnWidth(0, 20 * 256);
                sheet.setColumnWidth(1, 20 * 256);
                sheet.setColumnWidth(2, 36 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line under the title: a draft's mark (with the time it was made) and when the numbers were frozen. */
    static String meta(ReportView report) {
        String frozen = report.frozenAtText() == null ? null : "数据锁定时间：" + report.frozenAtText() + "（北京时间）";
        if (report.draft()) {
            return frozen == null ? report.draftMark() : report.draftMark() + "；" + frozen;
        }
        return frozen;
    }

    private static String sheetName(String id) {
        return switch (id) {
            case "table2" -> "主动公开";
            case "table3" -> "依申请公开";
            default -> "复议诉讼";
        };
    }
}
