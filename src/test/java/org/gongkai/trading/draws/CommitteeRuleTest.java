package org.gongkai.trading.draws;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.trading.ProjectType;
import org.junit.jupiter.api.Test;

/** Step 1: committee size and the experts' share. */
class CommitteeRuleTest {

    private static String check(ProjectType type, long budgetFen, int size, int count) {
        return CommitteeRule.violation(type, budgetFen, size, count, false);
    }

    @Test
    void fiveOrMoreAndOdd() {
        assertThat(check(ProjectType.WORKS, 0, 3, 3)).isNotNull();
        assertThat(check(ProjectType.WORKS, 0, 6, 6)).isNotNull();
        assertThat(check(ProjectType.WORKS, 0, 5, 5)).isNull();
        assertThat(check(ProjectType.WORKS, 0, 9, 9)).isNull();
    }

    @Test
    void expertsAtLeastTwoThirds() {
        assertThat(check(ProjectType.WORKS, 0, 5, 4)).isNull(); // 4/5 ≥ 2/3
        assertThat(check(ProjectType.WORKS, 0, 5, 3)).isNotNull(); // 3/5 < 2/3
        assertThat(check(ProjectType.WORKS, 0, 9, 6)).isNull(); // exactly 2/3
        assertThat(check(ProjectType.WORKS, 0, 9, 5)).isNotNull();
        assertThat(check(ProjectType.WORKS, 0, 5, 6)).isNotNull(); // more experts than places
    }

    @Test
    void largeProcurementNeedsSeven() {
        long tenMillionYuan = CommitteeRule.LARGE_PROCUREMENT_FEN;
        assertThat(check(ProjectType.PROCUREMENT, tenMillionYuan, 5, 5)).contains("7人以上");
        assertThat(check(ProjectType.PROCUREMENT, tenMillionYuan - 1, 5, 5)).isNull();
        assertThat(check(ProjectType.PROCUREMENT, tenMillionYuan, 7, 5)).isNull();
        assertThat(check(ProjectType.WORKS, tenMillionYuan * 10, 5, 5)).isNull();
    }

    @Test
    void replacementsFillOneOrMorePlaces() {
        assertThat(CommitteeRule.violation(ProjectType.WORKS, 0, 5, 1, true)).isNull();
        assertThat(CommitteeRule.violation(ProjectType.WORKS, 0, 5, 0, true)).isNotNull();
        assertThat(CommitteeRule.violation(ProjectType.WORKS, 0, 4, 1, true)).isNotNull();
    }
}
