package org.gongkai.requests;

/**
 * 办理结果: the rows of the annual report's table 三 (RULES §1.1), in the table's order. Every decision records
 * exactly one. Published: the reports module counts by it; never rename or reorder a constant.
 */
public enum DecisionCode {
    DISCLOSED(Group.DISCLOSED, ""),
    PARTIALLY_DISCLOSED(Group.PARTIALLY_DISCLOSED, ""),
    WITHHELD_STATE_SECRET(Group.WITHHELD, "1.属于国家秘密"),
    WITHHELD_PROHIBITED_BY_LAW(Group.WITHHELD, "2.其他法律行政法规禁止公开"),
    WITHHELD_SECURITY_STABILITY(Group.WITHHELD, "3.危及“三安全一稳定”"),
    WITHHELD_THIRD_PARTY_RIGHTS(Group.WITHHELD, "4.保护第三方合法权益"),
    WITHHELD_INTERNAL_AFFAIRS(Group.WITHHELD, "5.属于三类内部事务信息"),
    WITHHELD_PROCESS_INFORMATION(Group.WITHHELD, "6.属于四类过程性信息"),
    WITHHELD_ENFORCEMENT_FILE(Group.WITHHELD, "7.属于行政执法案卷"),
    WITHHELD_ADMINISTRATIVE_QUERY(Group.WITHHELD, "8.属于行政查询事项"),
    UNAVAILABLE_NOT_HELD(Group.UNAVAILABLE, "1.本机关不掌握相关政府信息"),
    UNAVAILABLE_NEEDS_CREATION(Group.UNAVAILABLE, "2.没有现成信息需要另行制作"),
    UNAVAILABLE_UNCLEAR_AFTER_CORRECTION(Group.UNAVAILABLE, "3.补正后申请内容仍不明确"),
    NOT_HANDLED_PETITION(Group.NOT_HANDLED, "1.信访举报投诉类申请"),
    NOT_HANDLED_REPEATED(Group.NOT_HANDLED, "2.重复申请"),
    NOT_HANDLED_PUBLICATION(Group.NOT_HANDLED, "3.要求提供公开出版物"),
    NOT_HANDLED_EXCESSIVE(Group.NOT_HANDLED, "4.无正当理由大量反复申请"),
    NOT_HANDLED_CONFIRMATION(Group.NOT_HANDLED, "5.要求行政机关确认或重新出具已获取信息"),
    OTHER_NO_CORRECTION(Group.OTHER, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    OTHER_FEE_UNPAID(Group.OTHER, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    OTHER(Group.OTHER, "3.其他");

    /** The groups （一）…（六） of the table, with their exact labels. */
    public enum Group {
        DISCLOSED("（一）予以公开"),
        PARTIALLY_DISCLOSED("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
        WITHHELD("（三）不予公开"),
        UNAVAILABLE("（四）无法提供"),
        NOT_HANDLED("（五）不予处理"),
        OTHER("（六）其他处理");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Group group;
    private final String subLabel;

    DecisionCode(Group group, String subLabel) {
        this.group = group;
        this.subLabel = subLabel;
    }

    public Group group() {
        return group;
    }

    public String groupLabel() {
        return group.label();
    }

    /** The row label within its group, exactly as the table has it (e.g. {@code 1.属于国家秘密}); empty for （一）（二）. */
    public String subLabel() {
        return subLabel;
    }

    /** Group and row, e.g. {@code （三）不予公开 1.属于国家秘密}. */
    public String label() {
        return subLabel.isEmpty() ? group.label() : group.label() + " " + subLabel;
    }
}
