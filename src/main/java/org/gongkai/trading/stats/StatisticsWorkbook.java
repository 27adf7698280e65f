package org.gongkai.trading.stats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.trading.stats.TradingStatistics.Figures;

/**
 * The statistics as an XLSX workbook: sheets 按类型, 按月份 and 按单位, each a title row, a header row and one row per
 * type (per month and type, per unit and type); amounts in 元 as numbers with two decimals, rates as percentages, an
 * undefined figure as an empty cell.
 */
public final class StatisticsWorkbook {

    static final List<String> FIGURES = List.of("类型", "项目数", "预算（元）", "成交（元）", "节约资金（元）", "节资率",
            "底价（元）", "增收（元）");

    private StatisticsWorkbook() {}

    public static byte[] write(TradingStatistics.Period period, List<Figures> types, List<TradingStatistics.Month> months,
            List<TradingStatistics.Unit> units) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            CellStyle rate = book.createCellStyle();
            rate.setDataFormat(book.createDataFormat().getFormat("0.00%"));
            String when = "（成交日期 " + period.from() + " 至 " + period.to() + "）";

            Sheet sheet = book.createSheet("按类型");
            header(sheet, "公共资源交易统计：按类型" + when, List.of());
            int r = 2;
            for (Figures f : types) {
                figures(sheet.createRow(r++), 0, f, money, rate);
            }
            sheet = book.createSheet("按月份");
            header(sheet, "公共资源交易统计：按月份" + when, List.of("月份"));
            r = 2;
            for (TradingStatistics.Month m : months) {
                for (Figures f : m.types()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(m.month().toString());
                    figures(row, 1, f, money, rate);
                }
            }
            sheet = book.createSheet("按单位");
            header(sheet, "公共资源交易统计：按采购人（招标人、出让人）" + when, List.of("统一社会信用代码", "单位名称"));
            r = 2;
            for (TradingStatistics.Unit u : units) {
                for (Figures f : u.types()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(u.buyerCode());
                    row.createCell(1).setCellValue(u.name() == null ? "" : u.name());
                    figures(row, 2, f, money, rate);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new GongkaiException(ErrorCode.INTERNAL_ERROR, "统计表生成失败");
        }
    }

    private static void header(Sheet sheet, String title, List<String> keys) {
        sheet.createRow(0).createCell(0).setCellValue(title);
        Row row = sheet.createRow(1);
        int c = 0;
        for (String k : keys) {
            row.createCell(c++).setCellValue(k);
        }
        for (String h : FIGURES) {
            row.createCell(c++).setCellValue(h);
        }
    }

    private static void figures(Row row, int at, Figures f, CellStyle money, CellStyle rate) {
        row.createCell(at).setCellValue(f.type().label());
        row.createCell(at + 1).setCellValue(f.projects());
        yuan(row, at + 2, f.budgetFen(), money);
        yuan(row, at + 3, f.dealFen(), money);
        yuan(row, at + 4, f.savingsFen(), money);
        if (f.savingsRate() != null) {
            var cell = row.createCell(at + 5);
            cell.setCellValue(f.savingsRate().doubleValue());
            cell.setCellStyle(rate);
        }
        yuan(row, at + 6, f.type().reportsSavings() ? null : f.reserveFen(), money);
        yuan(row, at + 7, f.addedRevenueFen(), money);
    }

    private static void yuan(Row row, int at, Long fen, CellStyle money) {
        if (fen != null) {
            var cell = row.createCell(at);
            cell.setCellValue(fen / 100.0);
            cell.setCellStyle(money);
        }
    }
}
