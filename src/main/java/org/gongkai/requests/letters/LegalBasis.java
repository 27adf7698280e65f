package org.gongkai.requests.letters;

import java.util.Map;

/**
 * The articles of 《中华人民共和国政府信息公开条例》 (2019) that each decision code rests on, filled into a
 * reply as {@code {{decisionBasis}}}.
 */
final class LegalBasis {

    private LegalBasis() {}

    private static final Map<String, String> BY_CODE = Map.ofEntries(
            Map.entry("DISCLOSED", "第三十六条第（一）项、第（二）项"),
            Map.entry("PARTIALLY_DISCLOSED", "第三十六条第（二）项、第（三）项和第三十七条"),
            Map.entry("WITHHELD_STATE_SECRET", "第十四条和第三十六条第（三）项"),
            Map.entry("WITHHELD_PROHIBITED_BY_LAW", "第十四条和第三十六条第（三）项"),
            Map.entry("WITHHELD_SECURITY_STABILITY", "第十四条和第三十六条第（三）项"),
            Map.entry("WITHHELD_THIRD_PARTY_RIGHTS", "第十五条、第三十二条和第三十六条第（三）项"),
            Map.entry("WITHHELD_INTERNAL_AFFAIRS", "第十六条第一款和第三十六条第（三）项"),
            Map.entry("WITHHELD_PROCESS_INFORMATION", "第十六条第二款和第三十六条第（三）项"),
            Map.entry("WITHHELD_ENFORCEMENT_FILE", "第十六条第二款和第三十六条第（三）项"),
            Map.entry("WITHHELD_ADMINISTRATIVE_QUERY", "第三十六条第（七）项"),
            Map.entry("UNAVAILABLE_NOT_HELD", "第三十六条第（四）项、第（五）项"),
            Map.entry("UNAVAILABLE_NEEDS_CREATION", "第三十八条"),
            Map.entry("UNAVAILABLE_UNCLEAR_AFTER_CORRECTION", "第二十九条和第三十条"),
            Map.entry("NOT_HANDLED_PETITION", "第三十九条第一款"),
            Map.entry("NOT_HANDLED_REPEATED", "第三十六条第（六）项"),
            Map.entry("NOT_HANDLED_PUBLICATION", "第三十九条第二款"),
            Map.entry("NOT_HANDLED_EXCESSIVE", "第三十五条"),
            Map.entry("NOT_HANDLED_CONFIRMATION", "第三十八条、第三十九条"),
            Map.entry("OTHER_NO_CORRECTION", "第三十条"),
            Map.entry("OTHER_FEE_UNPAID", "第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）"),
            Map.entry("OTHER", "第三十六条"));

    /** The articles for a decision code; the group's general article for a code this table does not know. */
    static String of(String decisionCode) {
        if (decisionCode == null) {
            return "";
        }
        String basis = BY_CODE.get(decisionCode.trim());
        if (basis != null) {
            return basis;
        }
        return switch (LetterRenderer.ReplyGroup.ofDecisionCode(decisionCode)) {
            case DISCLOSED, OTHER -> "第三十六条";
            case PARTIALLY_DISCLOSED -> "第三十七条";
            case WITHHELD -> "第三十六条第（三）项";
            case UNAVAILABLE -> "第三十六条、第三十八条";
            case NOT_HANDLED -> "第三十九条";
        };
    }

    static boolean knows(String decisionCode) {
        return BY_CODE.containsKey(decisionCode);
    }
}
