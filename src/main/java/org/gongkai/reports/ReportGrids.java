package org.gongkai.reports;

import static org.gongkai.reports.ReportLayout.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.reports.Grid.Cell;
import org.gongkai.reports.Grid.Row;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.DecisionCode;

/** Tables 二, 三, 四 laid out exactly as the national format (RULES §3) with their spans and header ids. */
public final class ReportGrids {

    private ReportGrids() {}

    public static List<Grid> all(ReportTables t) {
        return List.of(table2(t), table3(t), table4(t));
    }

    /** 万元 with four decimals (1 元 = 0.0001 万元). */
    public static String tenThousandYuan(long fen) {
        return BigDecimal.valueOf(fen).movePointLeft(6).setScale(4, RoundingMode.HALF_UP).toPlainString();
    }

    public static Grid table2(ReportTables t) {
        List<Row> rows = new ArrayList<>();
        block(rows, "t2-b1", "第二十条第（一）项", List.of("本年制发件数", "本年废止件数", "现行有效件数"),
                List.of(RULES, NORMATIVE_DOCUMENTS), t);
        block(rows, "t2-b5", "第二十条第（五）项", List.of("本年处理决定数量"), List.of(LICENSING), t);
        block(rows, "t2-b6", "第二十条第（六）项", List.of("本年处理决定数量"), List.of(PENALTY, COERCION), t);
        block(rows, "t2-b8", "第二十条第（八）项", List.of("本年收费金额（单位：万元）"), List.of(FEES), t);
        return new Grid("table2", "二、主动公开政府信息情况", 4, rows);
    }

    private static void block(List<Row> rows, String id, String title, List<String> columns, List<String> items,
            ReportTables t) {
        rows.add(new Row(false, List.of(Cell.th(title, id, "colgroup", 4, 1))));
        List<Cell> head = new ArrayList<>();
        head.add(Cell.th("信息内容", id + "-item", "col", 1, 1));
        int span = 3 / columns.size();
        for (int i = 0; i < columns.size(); i++) {
            head.add(Cell.th(columns.get(i), id + "-c" + i, "col", span, 1));
        }
        rows.add(new Row(false, head));
        for (String item : items) {
            List<Cell> line = new ArrayList<>();
            String rowId = "t2-" + item;
            line.add(Cell.th(TABLE2_LABELS.get(item), rowId, "row", 1, 1));
            List<String> keys = TABLE2_KEYS.get(item);
            for (int i = 0; i < keys.size(); i++) {
                long v = t.t2(item, keys.get(i));
                String text = FEES.equals(item) ? tenThousandYuan(v) : Long.toString(v);
                line.add(Cell.td(text, id + " " + id + "-c" + i + " " + rowId, span));
            }
            rows.add(new Row(false, line));
        }
    }

    public static Grid table3(ReportTables t) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(true, List.of(new Cell(TABLE3_CORNER, 3, 3, false, null, null, null, false),
                Cell.th("申请人情况", "t3-applicant", "colgroup", 7, 1))));
        rows.add(new Row(true, List.of(Cell.th("自然人", "t3-c-NATURAL_PERSON", "col", 1, 2),
                Cell.th("法人或其他组织", "t3-organisations", "colgroup", 5, 1),
                Cell.th("总计", "t3-c-TOTAL", "col", 1, 2))));
        List<Cell> orgs = new ArrayList<>();
        for (ApplicantType type : ApplicantType.values()) {
            if (type.isOrganisation()) {
                orgs.add(Cell.th(type.label(), "t3-c-" + type.name(), "col", 1, 1));
            }
        }
        rows.add(new Row(true, orgs));

        rows.add(line(t, NEW_THIS_YEAR, List.of(Cell.th(NEW_LABEL, "t3-" + NEW_THIS_YEAR, "row", 3, 1)), ""));
        rows.add(line(t, CARRIED_OVER, List.of(Cell.th(CARRIED_OVER_LABEL, "t3-" + CARRIED_OVER, "row", 3, 1)), ""));
        List<String> outcomes = outcomeRows(t.format());
        DecisionCode.Group previous = null;
        for (int i = 0; i < outcomes.size(); i++) {
            String row = outcomes.get(i);
            List<Cell> heads = new ArrayList<>();
            if (i == 0) {
                heads.add(Cell.th(RESULTS_LABEL, "t3-results", "rowgroup", 1, outcomes.size() + 1));
            }
            String groupHeader = "t3-results";
            if (OTHER_PROCESSING.equals(row)) {
                heads.add(Cell.th(rowLabel(row), "t3-" + row, "row", 2, 1));
            } else {
                DecisionCode code = DecisionCode.valueOf(row);
                if (code.subLabel().isEmpty()) {
                    heads.add(Cell.th(code.groupLabel(), "t3-" + row, "row", 2, 1));
                } else {
                    String groupId = "t3-g-" + code.group().name();
                    if (code.group() != previous) {
                        long size = outcomes.stream().filter(r -> !OTHER_PROCESSING.equals(r))
                                .filter(r -> DecisionCode.valueOf(r).group() == code.group()).count();
                        heads.add(Cell.th(code.groupLabel(), groupId, "rowgroup", 1, (int) size));
                    }
                    groupHeader += " " + groupId;
                    heads.add(Cell.th(code.subLabel(), "t3-" + row, "row", 1, 1));
                }
                previous = code.group();
            }
            rows.add(line(t, row, heads, groupHeader));
        }
        rows.add(line(t, TOTAL_HANDLED, List.of(Cell.th(TOTAL_HANDLED_LABEL, "t3-" + TOTAL_HANDLED, "row", 2, 1)),
                "t3-results"));
        rows.add(line(t, CARRIED_TO_NEXT, List.of(Cell.th(CARRIED_TO_NEXT_LABEL, "t3-" + CARRIED_TO_NEXT, "row", 3, 1)),
                ""));
        return new Grid("table3", "三、收到和处理政府信息公开申请情况", 10, rows);
    }

    private static Row line(ReportTables t, String row, List<Cell> heads, String extraHeaders) {
        List<Cell> cells = new ArrayList<>(heads);
        String rowHeaders = (extraHeaders.isEmpty() ? "" : extraHeaders + " ") + "t3-" + row;
        for (String column : COLUMNS) {
            String columnHeaders = TOTAL.equals(column) ? "t3-c-TOTAL"
                    : "t3-applicant " + (ApplicantType.valueOf(column).isOrganisation() ? "t3-organisations " : "")
                            + "t3-c-" + column;
            cells.add(Cell.td(Long.toString(t.t3(row, column)), rowHeaders + " " + columnHeaders, 1));
        }
        return new Row(false, cells);
    }

    public static Grid table4(ReportTables t) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(true, List.of(Cell.th("行政复议", "t4-RECONSIDERATION", "colgroup", 5, 2),
                Cell.th("行政诉讼", "t4-litigation", "colgroup", 10, 1))));
        rows.add(new Row(true, List.of(Cell.th(TABLE4_KIND_LABELS.get("LITIGATION_DIRECT"), "t4-LITIGATION_DIRECT",
                "colgroup", 5, 1), Cell.th(TABLE4_KIND_LABELS.get("LITIGATION_AFTER_RECONSIDERATION"),
                        "t4-LITIGATION_AFTER_RECONSIDERATION", "colgroup", 5, 1))));
        List<Cell> results = new ArrayList<>();
        List<Cell> data = new ArrayList<>();
        for (String kind : TABLE4_KINDS) {
            String kindHeaders = kind.startsWith("LITIGATION") ? "t4-litigation t4-" + kind : "t4-" + kind;
            for (String result : TABLE4_RESULTS) {
                String id = "t4-" + kind + "-" + result;
                results.add(Cell.th(TABLE4_RESULT_LABELS.get(result), id, "col", 1, 1));
                data.add(Cell.td(Long.toString(t.t4(kind, result)), kindHeaders + " " + id, 1));
            }
        }
        rows.add(new Row(true, results));
        rows.add(new Row(false, data));
        return new Grid("table4", "四、政府信息公开行政复议、行政诉讼情况", 15, rows);
    }
}
