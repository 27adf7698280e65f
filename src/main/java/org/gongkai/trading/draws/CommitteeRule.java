package org.gongkai.trading.draws;

import org.gongkai.trading.ProjectType;

/**
 * Step 1 of the draw (issue #14): a committee of 5 or more, odd; experts at least two thirds of it (the buyer's
 * representative may fill the rest); a procurement with a budget of 10,000,000 元 or more needs 7 or more. A
 * replacement draw (补抽) fills places of a committee already checked: 1 to committee size experts.
 */
public final class CommitteeRule {

    /** 10,000,000 元 in fen. */
    public static final long LARGE_PROCUREMENT_FEN = 1_000_000_000L;

    private CommitteeRule() {}

    /** Why the request breaks the rule (Chinese, for the problem JSON), or {@code null} when it holds. */
    public static String violation(ProjectType type, long budgetFen, int committeeSize, int count, boolean replacement) {
        if (committeeSize < 5 || committeeSize % 2 == 0) {
            return "评标委员会人数应为5人以上的单数";
        }
        if (type == ProjectType.PROCUREMENT && budgetFen >= LARGE_PROCUREMENT_FEN && committeeSize < 7) {
            return "预算金额1000万元以上的政府采购项目，评标委员会应为7人以上";
        }
        if (count > committeeSize) {
            return "抽取的专家人数不能超过评标委员会人数";
        }
        if (replacement) {
            return count < 1 ? "补抽人数至少为1人" : null;
        }
        if (3 * count < 2 * committeeSize) {
            return "评审专家不得少于评标委员会成员总数的三分之二";
        }
        return null;
    }
}
