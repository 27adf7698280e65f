package org.gongkai.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.DecisionCode;

/**
 * The keys and exact labels of the national tables (RULES §3), in their order. The JSON API, the imports,
 * the frozen snapshot and every rendering use these keys.
 *
 * <p>Table 二 keys (our choice, documented in the API): blocks {@code RULES} and {@code NORMATIVE_DOCUMENTS}
 * with {@code ISSUED}, {@code REPEALED}, {@code IN_FORCE}; {@code ADMINISTRATIVE_LICENSING},
 * {@code ADMINISTRATIVE_PENALTY}, {@code ADMINISTRATIVE_COERCION} with {@code DECISIONS};
 * {@code ADMINISTRATIVE_FEES} with {@code AMOUNT_FEN} (the API adds {@code AMOUNT_TEN_THOUSAND_YUAN}).
 */
public final class ReportLayout {

    private ReportLayout() {}

    // --- table 二 -----------------------------------------------------------------------------------------

    public static final String RULES = "RULES";
    public static final String NORMATIVE_DOCUMENTS = "NORMATIVE_DOCUMENTS";
    public static final String LICENSING = "ADMINISTRATIVE_LICENSING";
    public static final String PENALTY = "ADMINISTRATIVE_PENALTY";
    public static final String COERCION = "ADMINISTRATIVE_COERCION";
    public static final String FEES = "ADMINISTRATIVE_FEES";
    public static final String ISSUED = "ISSUED";
    public static final String REPEALED = "REPEALED";
    public static final String IN_FORCE = "IN_FORCE";
    public static final String DECISIONS = "DECISIONS";
    public static final String AMOUNT_FEN = "AMOUNT_FEN";

    public static final Map<String, List<String>> TABLE2_KEYS = orderedMap(
            RULES, List.of(ISSUED, REPEALED, IN_FORCE),
            NORMATIVE_DOCUMENTS, List.of(ISSUED, REPEALED, IN_FORCE),
            LICENSING, List.of(DECISIONS),
            PENALTY, List.of(DECISIONS),
            COERCION, List.of(DECISIONS),
            FEES, List.of(AMOUNT_FEN));

    public static final Map<String, String> TABLE2_LABELS = Map.of(RULES, "规章", NORMATIVE_DOCUMENTS, "行政规范性文件",
            LICENSING, "行政许可", PENALTY, "行政处罚", COERCION, "行政强制", FEES, "行政事业性收费");

    // --- table 三 -----------------------------------------------------------------------------------------

    public static final String NEW_THIS_YEAR = "NEW_THIS_YEAR";
    public static final String CARRIED_OVER = "CARRIED_OVER_FROM_LAST_YEAR";
    public static final String TOTAL_HANDLED = "TOTAL_HANDLED";
    public static final String CARRIED_TO_NEXT = "CARRIED_TO_NEXT_YEAR";
    /** 2019 format: （六）其他处理 was one row. */
    public static final String OTHER_PROCESSING = "OTHER_PROCESSING";
    public static final String TOTAL = "TOTAL";

    public static final String NEW_LABEL = "一、本年新收政府信息公开申请数量";
    public static final String CARRIED_OVER_LABEL = "二、上年结转政府信息公开申请数量";
    public static final String RESULTS_LABEL = "三、本年度办理结果";
    public static final String TOTAL_HANDLED_LABEL = "（七）总计";
    public static final String CARRIED_TO_NEXT_LABEL = "四、结转下年度继续办理";
    public static final String TABLE3_CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    /** The seven data columns: six applicant categories then 总计. */
    public static final List<String> COLUMNS;

    static {
        List<String> columns = new ArrayList<>();
        for (ApplicantType t : ApplicantType.values()) {
            columns.add(t.name());
        }
        columns.add(TOTAL);
        COLUMNS = List.copyOf(columns);
    }

    public static String columnLabel(String column) {
        return TOTAL.equals(column) ? "总计" : ApplicantType.valueOf(column).label();
    }

    /** The outcome rows （一）…（六） of 三、本年度办理结果 in the format (21 in 2021, 19 in 2019). */
    public static List<String> outcomeRows(ReportFormat format) {
        List<String> rows = new ArrayList<>();
        for (DecisionCode code : DecisionCode.values()) {
            if (format == ReportFormat.F2019 && code.group() == DecisionCode.Group.OTHER) {
                if (!rows.contains(OTHER_PROCESSING)) {
                    rows.add(OTHER_PROCESSING);
                }
            } else {
                rows.add(code.name());
            }
        }
        return rows;
    }

    /** Every row key of table 三 in order. */
    public static List<String> table3Rows(ReportFormat format) {
        List<String> rows = new ArrayList<>();
        rows.add(NEW_THIS_YEAR);
        rows.add(CARRIED_OVER);
        rows.addAll(outcomeRows(format));
        rows.add(TOTAL_HANDLED);
        rows.add(CARRIED_TO_NEXT);
        return rows;
    }

    /** The full label of a row, e.g. {@code （三）不予公开 1.属于国家秘密}. */
    public static String rowLabel(String row) {
        return switch (row) {
            case NEW_THIS_YEAR -> NEW_LABEL;
            case CARRIED_OVER -> CARRIED_OVER_LABEL;
            case TOTAL_HANDLED -> TOTAL_HANDLED_LABEL;
            case CARRIED_TO_NEXT -> CARRIED_TO_NEXT_LABEL;
            case OTHER_PROCESSING -> DecisionCode.Group.OTHER.label();
            default -> DecisionCode.valueOf(row).label();
        };
    }

    // --- table 四 -----------------------------------------------------------------------------------------

    public static final List<String> TABLE4_KINDS = List.of("RECONSIDERATION", "LITIGATION_DIRECT",
            "LITIGATION_AFTER_RECONSIDERATION");
    public static final List<String> TABLE4_RESULTS = List.of("UPHELD", "CORRECTED", "OTHER", "PENDING", TOTAL);
    public static final Map<String, String> TABLE4_RESULT_LABELS = orderedMap("UPHELD", "结果维持", "CORRECTED",
            "结果纠正", "OTHER", "其他结果", "PENDING", "尚未审结", TOTAL, "总计");
    public static final Map<String, String> TABLE4_KIND_LABELS = orderedMap("RECONSIDERATION", "行政复议",
            "LITIGATION_DIRECT", "未经复议直接起诉", "LITIGATION_AFTER_RECONSIDERATION", "复议后起诉");

    @SuppressWarnings("unchecked")
    static <V> Map<String, V> orderedMap(Object... keyValues) {
        Map<String, V> out = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            out.put((String) keyValues[i], (V) keyValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
