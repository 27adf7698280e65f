package org.gongkai.supervision.indicators;

import java.util.List;
import java.util.Map;

/** The API codes of the indicators issue #15 names, with their Chinese names and what each counts. */
final class IndicatorCodes {

    static final String DOCUMENTS_ON_TIME_RATE = "DOCUMENTS_ON_TIME_RATE";
    static final String REQUESTS_ON_TIME_RATE = "REQUESTS_ON_TIME_RATE";
    static final String REVIEWS_CORRECTED_RATE = "REVIEWS_CORRECTED_RATE";
    static final String SERVICE_ON_TIME_RATE = "SERVICE_ON_TIME_RATE";
    static final String HOTLINE_CLOSED_ON_TIME_RATE = "HOTLINE_CLOSED_ON_TIME_RATE";
    static final String HOTLINE_SATISFACTION_RATE = "HOTLINE_SATISFACTION_RATE";

    /** Kept in the read model ({@code supervision_fact}) from events: their drill-down lists the facts. */
    static final List<String> FROM_EVENTS = List.of(DOCUMENTS_ON_TIME_RATE, REQUESTS_ON_TIME_RATE,
            REVIEWS_CORRECTED_RATE);

    /** Display order: the table, then other sources' codes alphabetically. */
    static final List<String> ORDER = List.of(DOCUMENTS_ON_TIME_RATE, REQUESTS_ON_TIME_RATE, REVIEWS_CORRECTED_RATE,
            SERVICE_ON_TIME_RATE, HOTLINE_CLOSED_ON_TIME_RATE, HOTLINE_SATISFACTION_RATE, "SUBMISSION_POINTS",
            "PUBLIC_EVALUATION", "POLICY_INTERPRETED_ON_TIME_RATE", "CONSULTATIONS_WITHOUT_FEEDBACK");

    private static final Map<String, String[]> TEXTS = Map.of(
            DOCUMENTS_ON_TIME_RATE, new String[] { "文件按时公开率", "成文后20个工作日内公开的文件", "当月公开的文件" },
            REQUESTS_ON_TIME_RATE, new String[] { "依申请按时答复率", "在答复期限内作出答复的申请", "当月作出答复的申请" },
            REVIEWS_CORRECTED_RATE, new String[] { "复议诉讼纠错率", "结果为纠正的复议和诉讼", "当月提起的复议和诉讼" },
            SERVICE_ON_TIME_RATE, new String[] { "办件按时办结率", "按时办结的办件", "当月办结的办件" },
            HOTLINE_CLOSED_ON_TIME_RATE, new String[] { "12345按期办结率", "按期办结的工单", "当月办结的工单" },
            HOTLINE_SATISFACTION_RATE, new String[] { "12345满意率", "满意度为4或5的回访", "当月的回访" },
            "SUBMISSION_POINTS", new String[] { "政务信息报送积分", "当月采用的信息积分", null },
            "PUBLIC_EVALUATION", new String[] { "社会评议", "当月评议得分之和", "当月评议次数" },
            "POLICY_INTERPRETED_ON_TIME_RATE", new String[] { "政策解读同步率", "按时解读的政策文件", "当月公开的政策文件" },
            "CONSULTATIONS_WITHOUT_FEEDBACK", new String[] { "征求意见未反馈数", "月末已截止、未公布意见采纳情况反馈的征求意见", null });

    private IndicatorCodes() {}

    static String name(String code) {
        String[] t = TEXTS.get(code);
        return t == null ? code : t[0];
    }

    static String numeratorText(String code) {
        String[] t = TEXTS.get(code);
        return t == null ? "分子" : t[1];
    }

    static String denominatorText(String code) {
        String[] t = TEXTS.get(code);
        return t == null ? "分母" : t[2];
    }

    static int order(String code) {
        int i = ORDER.indexOf(code);
        return i < 0 ? ORDER.size() : i;
    }
}
