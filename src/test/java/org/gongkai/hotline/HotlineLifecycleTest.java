package org.gongkai.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.hotline.TicketAction.ACCEPT;
import static org.gongkai.hotline.TicketAction.ARBITRATE;
import static org.gongkai.hotline.TicketAction.CALLBACK;
import static org.gongkai.hotline.TicketAction.CLOSE;
import static org.gongkai.hotline.TicketAction.CONTRIBUTE;
import static org.gongkai.hotline.TicketAction.DISPATCH;
import static org.gongkai.hotline.TicketAction.EXTEND;
import static org.gongkai.hotline.TicketAction.MERGE;
import static org.gongkai.hotline.TicketAction.REOPEN;
import static org.gongkai.hotline.TicketAction.REPLY;
import static org.gongkai.hotline.TicketAction.REQUEST_EXTENSION;
import static org.gongkai.hotline.TicketAction.RETURN;
import static org.gongkai.hotline.TicketAction.URGE;
import static org.gongkai.hotline.TicketStatus.ACCEPTED;
import static org.gongkai.hotline.TicketStatus.CALLED_BACK;
import static org.gongkai.hotline.TicketStatus.CLOSED;
import static org.gongkai.hotline.TicketStatus.DISPATCHED;
import static org.gongkai.hotline.TicketStatus.MERGED;
import static org.gongkai.hotline.TicketStatus.RECEIVED;
import static org.gongkai.hotline.TicketStatus.REPLIED;
import static org.gongkai.hotline.TicketStatus.RETURNED;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.lifecycle.LifecycleAssertions;
import org.junit.jupiter.api.Test;

/** The ticket loop: every status × action pair of the table, and the aggregate's own rules on top. */
class HotlineLifecycleTest {

    static final Instant T0 = Instant.parse("2026-06-15T02:00:00Z");

    @Test
    void everyStatusAndActionPairIsAllowedExactlyWhenTheTableSaysSo() {
        LifecycleAssertions.assertThatLifecycle(HotlineLifecycle.TABLE)
                .allows(RECEIVED, DISPATCH, DISPATCHED)
                .allows(RECEIVED, REPLY, REPLIED)
                .allows(RECEIVED, MERGE, MERGED)
                .allows(DISPATCHED, ACCEPT, ACCEPTED)
                .allows(DISPATCHED, RETURN, RETURNED)
                .allows(DISPATCHED, URGE, DISPATCHED)
                .allows(DISPATCHED, MERGE, MERGED)
                .allows(RETURNED, ARBITRATE, DISPATCHED)
                .allows(RETURNED, MERGE, MERGED)
                .allows(DISPATCHED, CONTRIBUTE, DISPATCHED)
                .allows(ACCEPTED, CONTRIBUTE, ACCEPTED)
                .allows(ACCEPTED, REQUEST_EXTENSION, ACCEPTED)
                .allows(ACCEPTED, EXTEND, ACCEPTED)
                .allows(ACCEPTED, URGE, ACCEPTED)
                .allows(ACCEPTED, REPLY, REPLIED)
                .allows(REPLIED, CLOSE, CLOSED)
                .allows(CLOSED, CALLBACK, CALLED_BACK)
                .allows(CALLED_BACK, REOPEN, RECEIVED)
                .andNothingElse();
    }

    @Test
    void nothingLeavesAMergedTicket() {
        assertThat(HotlineLifecycle.TABLE.allowedActions(MERGED)).isEmpty();
    }

    static Ticket received(String category) {
        return Ticket.received("RX20260615000001", new Ticket.Intake(category, Urgency.NORMAL, TicketChannel.PHONE,
                "路灯不亮", "某路路灯不亮", null, null, null, null, "张三", "13800000000", false), T0, false, "op");
    }

    @Test
    void theCentreAnswersOnlyAConsultationItself() {
        Ticket complaint = received("COMPLAINT");
        GongkaiException refused = assertThrows(GongkaiException.class, () -> complaint.reply("已答复", T0, "op"));
        assertThat(refused.code()).isEqualTo(ErrorCode.HOTLINE_CENTRE_ANSWERS_CONSULTATIONS_ONLY);

        Ticket consultation = received("CONSULTATION");
        consultation.reply("请携带身份证到政务服务中心办理", T0, "op");
        assertThat(consultation.status()).isEqualTo(REPLIED);
        assertThat(consultation.unitId()).isNull();
    }

    @Test
    void anExtensionNeedsTheUnitsRequestAndOnlyOneIsPendingAtATime() {
        Ticket t = received("COMPLAINT");
        t.dispatch(7, T0, null, "op");
        t.accept(T0, "unit");
        GongkaiException none = assertThrows(GongkaiException.class, () -> t.decideExtension(true, 5, null, T0, "op"));
        assertThat(none.code()).isEqualTo(ErrorCode.HOTLINE_NO_EXTENSION_REQUESTED);

        t.requestExtension(5, "需现场勘查", T0, "unit");
        GongkaiException pending = assertThrows(GongkaiException.class,
                () -> t.requestExtension(3, "再延", T0, "unit"));
        assertThat(pending.code()).isEqualTo(ErrorCode.HOTLINE_EXTENSION_PENDING);
        t.decideExtension(true, 5, null, T0, "op");
        assertThat(t.extensions()).containsExactly(new HotlineClock.Extension(
                java.time.LocalDate.of(2026, 6, 15), 5));
    }

    @Test
    void anUnsatisfiedCitizensTicketReopensOnceAndUrgingsAreCounted() {
        Ticket t = received("HELP");
        t.dispatch(7, T0, null, "op");
        t.urge("请尽快签收", T0, "op");
        t.accept(T0, "unit");
        t.urge(null, T0, "op");
        assertThat(t.urgeCount()).isEqualTo(2);
        t.reply("已处理", T0, "unit");
        t.close(java.time.LocalDate.of(2026, 6, 22), T0, "op");
        t.callback(2, false, "仍未解决", T0, "op");
        t.reopen(1, "市民不满意", T0.plusSeconds(60), "op");
        assertThat(t.status()).isEqualTo(RECEIVED);
        t.dispatch(7, T0.plusSeconds(60), null, "op");
        t.accept(T0.plusSeconds(60), "unit");
        t.reply("再次处理", T0.plusSeconds(60), "unit");
        t.close(java.time.LocalDate.of(2026, 6, 22), T0.plusSeconds(60), "op");
        t.callback(1, false, null, T0.plusSeconds(60), "op");
        GongkaiException limit = assertThrows(GongkaiException.class,
                () -> t.reopen(1, "还是不满意", T0.plusSeconds(120), "op"));
        assertThat(limit.code()).isEqualTo(ErrorCode.HOTLINE_REOPEN_LIMIT);
    }

    @Test
    void aSatisfiedAndSolvedTicketIsNotReopened() {
        Ticket t = received("CONSULTATION");
        t.reply("答复", T0, "op");
        t.close(java.time.LocalDate.of(2026, 6, 16), T0, "op");
        t.callback(5, true, null, T0, "op");
        GongkaiException refused = assertThrows(GongkaiException.class, () -> t.reopen(1, "x", T0, "op"));
        assertThat(refused.code()).isEqualTo(ErrorCode.HOTLINE_NOT_UNSATISFIED);
    }

    @Test
    void inJointHandlingTheLeadRepliesOnceEveryCoUnitsPartIsInAndAReopeningStartsAfresh() {
        Ticket t = received("COMPLAINT");
        GongkaiException self = assertThrows(GongkaiException.class,
                () -> t.dispatch(7, java.util.List.of(8L, 7L), T0, null, "op"));
        assertThat(self.field()).isEqualTo("coUnitCodes");
        assertThat(t.status()).isEqualTo(RECEIVED);
        t.dispatch(7, java.util.List.of(8L, 9L), T0, null, "op");
        assertThat(t.coUnitParts()).containsOnlyKeys(8L, 9L);
        t.contribute(8, "第一部分", T0, "co8"); // before the lead accepts: allowed
        t.accept(T0, "unit");
        GongkaiException twice = assertThrows(GongkaiException.class, () -> t.contribute(8, "再交", T0, "co8"));
        assertThat(twice.code()).isEqualTo(ErrorCode.HOTLINE_PART_ALREADY_GIVEN);
        GongkaiException notCo = assertThrows(GongkaiException.class, () -> t.contribute(7, "主办", T0, "unit"));
        assertThat(notCo.code()).isEqualTo(ErrorCode.FORBIDDEN);
        GongkaiException early = assertThrows(GongkaiException.class, () -> t.reply("答复", T0, "unit"));
        assertThat(early.code()).isEqualTo(ErrorCode.HOTLINE_CO_UNIT_PARTS_MISSING);
        t.contribute(9, "第二部分", T0, "co9");
        t.reply("汇总答复", T0, "unit");
        t.close(java.time.LocalDate.of(2026, 6, 29), T0, "op");
        GongkaiException closed = assertThrows(GongkaiException.class, () -> t.contribute(9, "迟到", T0, "co9"));
        assertThat(closed.code()).isEqualTo(ErrorCode.TRANSITION_NOT_ALLOWED);
        t.callback(1, false, null, T0, "op");
        t.reopen(1, "不满意", T0, "op");
        assertThat(t.coUnitParts()).isEmpty(); // redispatched afresh, with or without co-units
    }

    @Test
    void aRefusedTransitionNamesTheStatus() {
        Ticket t = received("HELP");
        GongkaiException refused = assertThrows(GongkaiException.class, () -> t.accept(T0, "unit"));
        assertThat(refused.code()).isEqualTo(ErrorCode.TRANSITION_NOT_ALLOWED);
        assertThat(refused.getMessage()).contains("已受理");
    }
}
