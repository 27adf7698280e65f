package org.gongkai.requests.letters;

import java.util.Map;

/**
 * The one provision of 《中华人民共和国政府信息公开条例》 (2019) each decision code rests on, filled into a reply as
 * {@code {{decisionBasis}}} (#10: one article, and its item or paragraph where it has them — never a list).
 * Where the annual-report row covers several provisions, the one that decides the row is cited:
 * <ul>
 *   <li>予以公开: Art. 36 (二) (the information can be disclosed; an already published one is still this row);</li>
 *   <li>不予公开: the exemption itself — Art. 14 (secrets, prohibited by law, the 三安全一稳定), Art. 15 (third party),
 *       Art. 16 ¶1 (internal affairs), Art. 16 ¶2 (process information and enforcement files) — and Art. 36 (七)
 *       for information with its own access route by law (行政查询事项);</li>
 *   <li>本机关不掌握: Art. 36 (四) (the information does not exist here);</li>
 *   <li>要求确认或重新出具: Art. 38 (only information already made or obtained is provided);</li>
 *   <li>逾期未缴费: Art. 42 ¶1 (the fee); the abandonment rule is in 国办函〔2020〕109号, which the template names.</li>
 * </ul>
 */
final class LegalBasis {

    private LegalBasis() {}

    private static final Map<String, String> BY_CODE = Map.ofEntries(
            Map.entry("DISCLOSED", "第三十六条第（二）项"),
            Map.entry("PARTIALLY_DISCLOSED", "第三十七条"),
            Map.entry("WITHHELD_STATE_SECRET", "第十四条"),
            Map.entry("WITHHELD_PROHIBITED_BY_LAW", "第十四条"),
            Map.entry("WITHHELD_SECURITY_STABILITY", "第十四条"),
            Map.entry("WITHHELD_THIRD_PARTY_RIGHTS", "第十五条"),
            Map.entry("WITHHELD_INTERNAL_AFFAIRS", "第十六条第一款"),
            Map.entry("WITHHELD_PROCESS_INFORMATION", "第十六条第二款"),
            Map.entry("WITHHELD_ENFORCEMENT_FILE", "第十六条第二款"),
            Map.entry("WITHHELD_ADMINISTRATIVE_QUERY", "第三十六条第（七）项"),
            Map.entry("UNAVAILABLE_NOT_HELD", "第三十六条第（四）项"),
            Map.entry("UNAVAILABLE_NEEDS_CREATION", "第三十八条"),
            Map.entry("UNAVAILABLE_UNCLEAR_AFTER_CORRECTION", "第三十条"),
            Map.entry("NOT_HANDLED_PETITION", "第三十九条第一款"),
            Map.entry("NOT_HANDLED_REPEATED", "第三十六条第（六）项"),
            Map.entry("NOT_HANDLED_PUBLICATION", "第三十九条第二款"),
            Map.entry("NOT_HANDLED_EXCESSIVE", "第三十五条"),
            Map.entry("NOT_HANDLED_CONFIRMATION", "第三十八条"),
            Map.entry("OTHER_NO_CORRECTION", "第三十条"),
            Map.entry("OTHER_FEE_UNPAID", "第四十二条第一款"),
            Map.entry("OTHER", "第三十六条"));

    /** The provision for a decision code; the group's provision for a code this table does not know. */
    static String of(String decisionCode) {
        if (decisionCode == null) {
            return "";
        }
        String basis = BY_CODE.get(decisionCode.trim());
        if (basis != null) {
            return basis;
        }
        return switch (LetterRenderer.ReplyGroup.ofDecisionCode(decisionCode)) {
            case DISCLOSED -> "第三十六条第（二）项";
            case PARTIALLY_DISCLOSED -> "第三十七条";
            case WITHHELD -> "第三十六条第（三）项";
            case UNAVAILABLE -> "第三十六条第（四）项";
            case NOT_HANDLED -> "第三十九条第一款";
            case OTHER -> "第三十六条";
        };
    }

    static boolean knows(String decisionCode) {
        return BY_CODE.containsKey(decisionCode);
    }
}
