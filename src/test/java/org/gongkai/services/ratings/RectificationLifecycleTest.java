package org.gongkai.services.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.services.ratings.RectificationAction.*;
import static org.gongkai.services.ratings.RectificationStatus.*;

import java.time.LocalDate;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.lifecycle.LifecycleAssertions;
import org.junit.jupiter.api.Test;

/** The rectification lifecycle: every status × action pair, and the rules the aggregate adds on top. */
class RectificationLifecycleTest {

    @Test
    void everyStatusAndActionPairIsAllowedExactlyWhenTheTableSaysSo() {
        LifecycleAssertions.assertThatLifecycle(RectificationLifecycle.TABLE)
                .allows(OPEN, CONFIRM, RECTIFYING)
                .allows(OPEN, EXPLAIN, CALLING_BACK)
                .allows(RECTIFYING, RECORD_RECTIFICATION, CALLING_BACK)
                .allows(CALLING_BACK, CLOSE, CLOSED)
                .allows(OPEN, APPEAL, APPEALED)
                .allows(RECTIFYING, APPEAL, APPEALED)
                .allows(APPEALED, UPHOLD_APPEAL, REMOVED)
                .allows(APPEALED, REJECT_APPEAL, OPEN)
                .andNothingElse();
    }

    @Test
    void nothingLeavesClosedOrRemoved() {
        assertThat(RectificationLifecycle.TABLE.allowedActions(CLOSED)).isEmpty();
        assertThat(RectificationLifecycle.TABLE.allowedActions(REMOVED)).isEmpty();
    }

    static Rectification open() {
        LocalDate rated = LocalDate.parse("2026-06-10");
        return new Rectification(1, 7, 7, new Rectification.Rated(3, 4, "FW1", "事项", 1, "ONLINE", null, rated, false),
                OPEN, rated, LocalDate.parse("2026-06-17"), LocalDate.parse("2026-07-01"), 0);
    }

    @Test
    void foundedRatingIsRectifiedCalledBackAndPublished() {
        Rectification x = open();
        x.confirm(LocalDate.parse("2026-06-11"), "officer", "属实，已致歉");
        x.recordRectification(LocalDate.parse("2026-06-12"), "窗口增加引导人员");
        assertThat(x.published).isFalse();
        x.close(LocalDate.parse("2026-06-15"), "officer", "电话回访，群众认可", "已整改");
        assertThat(x.status()).isEqualTo(CLOSED);
        assertThat(x.founded()).isTrue();
        assertThat(x.published).isTrue();
        assertThat(x.closedOn()).isEqualTo(LocalDate.parse("2026-06-15"));
    }

    @Test
    void unfoundedRatingIsExplainedWithoutRectification() {
        Rectification x = open();
        x.explain(LocalDate.parse("2026-06-11"), "officer", "材料不全，已一次性告知");
        assertThat(x.status()).isEqualTo(CALLING_BACK);
        assertThat(x.founded()).isFalse();
        assertThatThrownBy(() -> x.recordRectification(LocalDate.parse("2026-06-12"), "无"))
                .isInstanceOfSatisfying(GongkaiException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.TRANSITION_NOT_ALLOWED));
    }

    @Test
    void appealIsNeverDecidedByWhoeverFiledIt() {
        Rectification x = open();
        x.appeal(LocalDate.parse("2026-06-11"), "officer", "恶意差评：评价人并非申请人");
        assertThatThrownBy(() -> x.decideAppeal(LocalDate.parse("2026-06-12"), "officer", true, "同意"))
                .isInstanceOfSatisfying(GongkaiException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.APPEAL_SELF_DECISION));
        x.decideAppeal(LocalDate.parse("2026-06-12"), "supervisor", false, "证据不足");
        assertThat(x.status()).isEqualTo(OPEN);
        assertThat(x.appealDecision()).isEqualTo("REJECTED");
    }

    @Test
    void aStepCannotBeDatedBeforeTheRating() {
        Rectification x = open();
        assertThatThrownBy(() -> x.confirm(LocalDate.parse("2026-06-09"), "officer", "属实"))
                .isInstanceOfSatisfying(GongkaiException.class, e -> assertThat(e.field()).isEqualTo("on"));
    }

    @Test
    void lateWhenNotVerifiedByTheRespondDate() {
        Rectification x = open();
        assertThat(x.late(LocalDate.parse("2026-06-17"))).isFalse();
        assertThat(x.late(LocalDate.parse("2026-06-18"))).isTrue();
    }
}
