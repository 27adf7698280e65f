package org.gongkai.trading.draws;

/**
 * Why an expert with the requested specialty is not in a draw's pool; the first six are checked in this order
 * (issue #14, step 2), the last two only in a replacement draw (补抽), after them: a declined expert was drawn before,
 * so DECLINED is checked before ALREADY_DRAWN (else it could never be recorded).
 */
public enum ExclusionReason {
    NOT_ACTIVE("不在可抽取状态"),
    EMPLOYED_BY_BIDDER("任职于投标人"),
    EMPLOYED_BY_BUYER("任职于采购人（招标人、出让人）"),
    EMPLOYED_BY_SUPERVISOR("任职于监督部门"),
    FORMER_EMPLOYEE_OF_BIDDER("离开投标人不满三年"),
    CONFLICT_OF_INTEREST("申报了与当事人的利害关系"),
    DECLINED("本项目已拒绝或缺席"),
    ALREADY_DRAWN("本项目已被抽中");

    private final String label;

    ExclusionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
