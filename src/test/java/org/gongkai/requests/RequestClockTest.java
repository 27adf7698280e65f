package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.requests.RequestFixtures.aRequest;
import static org.gongkai.requests.RequestFixtures.d;

import org.gongkai.common.GongkaiException;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the statutory clock (RULES §1), over the official 2025 calendar: National Day and Mid-Autumn
 * 10-01..10-08 off, Sunday 09-28 and Saturday 10-11 made working days.
 */
class RequestClockTest {

    // --- due date -------------------------------------------------------------------------------------

    @Test
    void dueDateIsTwentyWorkingDaysAfterReceiptCountingTheAdjustedWeekendsOfNationalDay() {
        ClockState state = aRequest().receivedOn("2025-09-26").state();

        assertThat(state.dueDate()).isEqualTo(d("2025-10-30"));
        assertThat(state.provisional()).isFalse();
        assertThat(state.due().explanation())
                .startsWith("自 2025-09-26 起算 20 个工作日（起算当日不计）")
                .contains("国庆节、中秋节 2025-10-01 至 2025-10-08")
                .contains("2025-09-28（周日）、2025-10-11（周六）调休上班，计入")
                .endsWith("→ 2025-10-30");
    }

    @Test
    void receiptDayItselfIsNotCounted() {
        assertThat(aRequest().receivedOn("2025-11-03").state().dueDate()).isEqualTo(d("2025-12-01"));
    }

    @Test
    void applicationReceivedDuringTheHolidayStartsCountingOnTheNextWorkingDay() {
        assertThat(aRequest().receivedOn("2025-10-03").state().dueDate()).isEqualTo(d("2025-11-04"));
    }

    @Test
    void dueDateIsProvisionalWhenItCrossesIntoAYearWithoutOfficialData() {
        ClockState state = aRequest().receivedOn("2027-12-20").state();

        assertThat(state.provisional()).isTrue();
        assertThat(state.summary()).endsWith("（暂定）");
    }

    @Test
    void nothingIsDueBeforeReceiptIsConfirmed() {
        ClockState state = new RequestClock(TestCalendar.INSTANCE, RequestSettings.defaults())
                .replay(java.util.List.of(), d("2025-09-26"));

        assertThat(state.status()).isEqualTo(ClockState.Status.AWAITING_RECEIPT);
        assertThat(state.dueDate()).isNull();
    }

    // --- correction (补正) ---------------------------------------------------------------------------

    @Test
    void restartsClockWhenCorrectionArrives() {
        ClockState state = aRequest().receivedOn("2025-09-26").correctionRequestedOn("2025-09-30")
                .correctionReceivedOn("2025-10-10").state();

        assertThat(state.status()).isEqualTo(ClockState.Status.RUNNING);
        assertThat(state.dueDate()).isEqualTo(d("2025-11-06"));
        assertThat(state.due().start()).isEqualTo(d("2025-10-10"));
        assertThat(state.lines().get(2).explanation()).isEqualTo("补正到达 2025-10-10，期限重新计算");
    }

    @Test
    void explainsTheWholeClockAsTheCitizenSeesIt() {
        ClockState state = aRequest().receivedOn("2025-09-26").correctionRequestedOn("2025-09-30")
                .correctionReceivedOn("2025-10-10").consultationStartedOn("2025-10-13")
                .consultationEndedOn("2025-10-20").state();

        assertThat(state.dueDate()).isEqualTo(d("2025-11-13"));
        assertThat(state.summary()).isEqualTo("收到申请 2025-09-26 → 补正通知 2025-09-30，补正期限 2025-10-28 → "
                + "补正到达 2025-10-10，期限重新计算 → 征求第三方意见 2025-10-13（第三方企业） → "
                + "收到意见 2025-10-20，暂停 5 个工作日 → 答复期限 2025-11-13");
    }

    @Test
    void noDueDateWhileAwaitingCorrection() {
        ClockState state = aRequest().receivedOn("2025-09-26").correctionRequestedOn("2025-09-30", "2025-10-20")
                .on("2025-10-09");

        assertThat(state.status()).isEqualTo(ClockState.Status.AWAITING_CORRECTION);
        assertThat(state.dueDate()).isNull();
        assertThat(state.correctionDeadline()).isEqualTo(d("2025-10-20"));
        assertThat(state.summary()).endsWith("等待补正，补正期限 2025-10-20，补正到达后重新计算答复期限");
    }

    @Test
    void defaultCorrectionDeadlineIsFifteenWorkingDaysAfterTheNotice() {
        ClockState state = aRequest().receivedOn("2025-09-26").correctionRequestedOn("2025-09-30").state();

        assertThat(state.correctionDeadline()).isEqualTo(d("2025-10-28"));
    }

    @Test
    void correctionNoticeOnTheSeventhWorkingDayIsAllowed() {
        // 09-28 (adjusted Sunday), 09-29, 09-30, 10-09, 10-10, 10-11 (adjusted Saturday), 10-13
        assertThat(aRequest().receivedOn("2025-09-26").correctionRequestedOn("2025-10-13").state().status())
                .isEqualTo(ClockState.Status.AWAITING_CORRECTION);
    }

    @Test
    void refusesCorrectionNoticeAfterSevenWorkingDays() {
        assertThatThrownBy(() -> aRequest().receivedOn("2025-09-26").correctionRequestedOn("2025-10-14").state())
                .isInstanceOf(GongkaiException.class)
                .hasMessageContaining("补正通知须在收到申请之日起 7 个工作日内发出（《条例》第三十条）")
                .hasMessageContaining("已过 8 个工作日");
    }

    @Test
    void refusesASecondCorrectionNotice() {
        assertThatThrownBy(() -> aRequest().receivedOn("2025-09-26").correctionRequestedOn("2025-09-29")
                .correctionReceivedOn("2025-09-30").correctionRequestedOn("2025-10-09").state())
                .hasMessageContaining("补正通知只能发出一次");
    }

    @Test
    void refusesACorrectionArrivingAfterItsDeadline() {
        assertThatThrownBy(() -> aRequest().receivedOn("2025-09-26").correctionRequestedOn("2025-09-30", "2025-10-10")
                .correctionReceivedOn("2025-10-13").state())
                .hasMessageContaining("补正期限 2025-10-10 已过");
    }

    @Test
    void refusesACorrectionNobodyAskedFor() {
        assertThatThrownBy(() -> aRequest().receivedOn("2025-09-26").correctionReceivedOn("2025-09-30").state())
                .hasMessageContaining("没有待补正的通知");
    }

    @Test
    void endsAsNoCorrectionOnlyAfterTheDeadlinePassed() {
        ClockState ended = aRequest().receivedOn("2025-09-26").correctionRequestedOn("2025-09-30", "2025-10-10")
                .decidedOn("2025-10-11", DecisionCode.OTHER_NO_CORRECTION).state();
        assertThat(ended.decision()).isEqualTo(DecisionCode.OTHER_NO_CORRECTION);

        assertThatThrownBy(() -> aRequest().receivedOn("2025-09-26").correctionRequestedOn("2025-09-30", "2025-10-10")
                .decidedOn("2025-10-10", DecisionCode.OTHER_NO_CORRECTION).state())
                .hasMessageContaining("只有补正期限届满仍未补正的申请才能按（六）1 处理");
    }

    @Test
    void refusesAnAnswerWhileAwaitingCorrection() {
        assertThatThrownBy(() -> aRequest().receivedOn("2025-09-26").correctionRequestedOn("2025-09-30")
                .decidedOn("2025-10-09", DecisionCode.DISCLOSED).state())
                .hasMessageContaining("等待申请人补正");
    }

    // --- consultation (征求意见) --------------------------------------------------------------------

    @Test
    void consultationMovesTheDueDateByTheWorkingDaysAfterSendingUpToTheAnswer() {
        ClockState state = aRequest().receivedOn("2025-09-26").consultationStartedOn("2025-09-30")
                .consultationEndedOn("2025-10-10").state();

        // 10-09 and 10-10 only: the holiday is not a working day
        assertThat(state.excludedDays()).isEqualTo(2);
        assertThat(state.dueDate()).isEqualTo(d("2025-11-03"));
    }

    @Test
    void consultationExclusionStopsAfterFifteenWorkingDays() {
        ClockState state = aRequest().receivedOn("2025-10-09").consultationStartedOn("2025-10-13")
                .consultationEndedOn("2025-11-28").state();

        assertThat(state.excludedDays()).isEqualTo(15);
        assertThat(state.lines().get(2).explanation()).isEqualTo("征求意见期满 2025-11-03（15 个工作日），暂停 15 个工作日");
    }

    @Test
    void openConsultationKeepsPushingTheDueDateDayByDay() {
        var ledger = aRequest().receivedOn("2025-09-26").consultationStartedOn("2025-10-13");

        assertThat(ledger.on("2025-10-13").dueDate()).isEqualTo(d("2025-10-30"));
        assertThat(ledger.on("2025-10-15").dueDate()).isEqualTo(d("2025-11-03"));
        assertThat(ledger.on("2025-10-15").status()).isEqualTo(ClockState.Status.IN_CONSULTATION);
    }

    @Test
    void refusesEndingAConsultationThatWasNeverStarted() {
        assertThatThrownBy(() -> aRequest().receivedOn("2025-09-26").consultationEndedOn("2025-09-30").state())
                .hasMessageContaining("没有进行中的征求意见");
    }

    // --- extension (延期) ----------------------------------------------------------------------------

    @Test
    void extensionMovesTheDueDateByItsWorkingDays() {
        ClockState state = aRequest().receivedOn("2025-09-26").extendedOn("2025-10-28", 10).state();

        assertThat(state.dueDate()).isEqualTo(d("2025-11-13"));
        assertThat(state.lines().get(1).explanation()).isEqualTo("延期 2025-10-28，延长 10 个工作日（批准人：办公室主任）");
    }

    @Test
    void refusesASecondExtension() {
        assertThatThrownBy(() -> aRequest().receivedOn("2025-09-26").extendedOn("2025-10-20", 5)
                .extendedOn("2025-10-21", 5).state())
                .hasMessageContaining("答复期限只能延长一次（《条例》第三十三条）");
    }

    @Test
    void refusesAnExtensionLongerThanTwentyOrShorterThanOneWorkingDay() {
        assertThatThrownBy(() -> aRequest().receivedOn("2025-09-26").extendedOn("2025-10-20", 21).state())
                .hasMessageContaining("1 至 20 个工作日");
        assertThatThrownBy(() -> aRequest().receivedOn("2025-09-26").extendedOn("2025-10-20", 0).state())
                .hasMessageContaining("1 至 20 个工作日");
    }

    @Test
    void refusesAnExtensionAfterTheDueDatePassed() {
        assertThatThrownBy(() -> aRequest().receivedOn("2025-09-26").extendedOn("2025-10-31", 5).state())
                .hasMessageContaining("延期须在答复期限 2025-10-30 届满前决定");
    }

    @Test
    void extensionSurvivesARestartAfterCorrection() {
        ClockState state = aRequest().receivedOn("2025-09-26").consultationStartedOn("2025-09-29")
                .consultationEndedOn("2025-09-30").correctionRequestedOn("2025-10-09")
                .correctionReceivedOn("2025-10-10").extendedOn("2025-10-13", 5).state();

        // restart from 10-10 (the consultation before the correction no longer counts) plus 5 WD
        assertThat(state.dueDate()).isEqualTo(d("2025-11-13"));
    }

    // --- fee (信息处理费) ----------------------------------------------------------------------------

    @Test
    void waitingForPaymentPausesTheClockByDefault() {
        ClockState state = aRequest().receivedOn("2025-09-26").feeNoticeOn("2025-10-13").feePaidOn("2025-10-17").state();

        assertThat(state.excludedDays()).isEqualTo(4);
        assertThat(state.dueDate()).isEqualTo(d("2025-11-05"));
    }

    @Test
    void waitingForPaymentDoesNotPauseWhenTheSettingSaysSo() {
        ClockState state = aRequest().feePausesClock(false).receivedOn("2025-09-26").feeNoticeOn("2025-10-13")
                .feePaidOn("2025-10-17").state();

        assertThat(state.dueDate()).isEqualTo(d("2025-10-30"));
    }

    @Test
    void applicantHasTwentyWorkingDaysToPay() {
        ClockState state = aRequest().receivedOn("2025-09-26").feeNoticeOn("2025-10-13").on("2025-10-14");

        assertThat(state.status()).isEqualTo(ClockState.Status.AWAITING_PAYMENT);
        assertThat(state.paymentDeadline()).isEqualTo(d("2025-11-10"));
    }

    @Test
    void refusesAPaymentAfterTheDeadlineAndEndsAsFeeUnpaid() {
        assertThatThrownBy(() -> aRequest().receivedOn("2025-09-26").feeNoticeOn("2025-10-13")
                .feePaidOn("2025-11-11").state())
                .hasMessageContaining("缴费期限 2025-11-10 已过");

        ClockState ended = aRequest().receivedOn("2025-09-26").feeNoticeOn("2025-10-13")
                .decidedOn("2025-11-11", DecisionCode.OTHER_FEE_UNPAID).state();
        assertThat(ended.decision()).isEqualTo(DecisionCode.OTHER_FEE_UNPAID);
    }

    @Test
    void refusesFeeUnpaidBeforeThePaymentDeadline() {
        assertThatThrownBy(() -> aRequest().receivedOn("2025-09-26").feeNoticeOn("2025-10-13")
                .decidedOn("2025-11-10", DecisionCode.OTHER_FEE_UNPAID).state())
                .hasMessageContaining("（六）2");
    }

    @Test
    void refusesASecondFeeNoticeAndAPaymentWithoutNotice() {
        assertThatThrownBy(() -> aRequest().receivedOn("2025-09-26").feeNoticeOn("2025-10-13").feePaidOn("2025-10-14")
                .feeNoticeOn("2025-10-15").state())
                .hasMessageContaining("收费通知只能发出一次");
        assertThatThrownBy(() -> aRequest().receivedOn("2025-09-26").feePaidOn("2025-10-14").state())
                .hasMessageContaining("没有待缴的费用");
    }

    // --- order and decisions ---------------------------------------------------------------------------

    @Test
    void refusesADecisionBeforeReceipt() {
        assertThatThrownBy(() -> aRequest().decidedOn("2025-09-26", DecisionCode.DISCLOSED).state())
                .hasMessageContaining("尚未确认收到申请");
    }

    @Test
    void refusesAnEventDatedBeforeTheReceipt() {
        assertThatThrownBy(() -> aRequest().receivedOn("2025-09-26").decidedOn("2025-09-25", DecisionCode.DISCLOSED).state())
                .hasMessageContaining("早于收到申请之日 2025-09-26");
    }

    @Test
    void refusesEventsOutOfOrder() {
        assertThatThrownBy(() -> aRequest().receivedOn("2025-09-26").consultationStartedOn("2025-10-13")
                .consultationEndedOn("2025-10-10").state())
                .hasMessageContaining("须按时间先后登记");
    }

    @Test
    void refusesAnythingButDeliveryAfterTheDecision() {
        assertThatThrownBy(() -> aRequest().receivedOn("2025-09-26").decidedOn("2025-10-09", DecisionCode.DISCLOSED)
                .extendedOn("2025-10-10", 5).state())
                .hasMessageContaining("已于 2025-10-09 作出答复");
        ClockState delivered = aRequest().receivedOn("2025-09-26").decidedOn("2025-10-09", DecisionCode.DISCLOSED)
                .deliveredOn("2025-10-10").state();
        assertThat(delivered.deliveredOn()).isEqualTo(d("2025-10-10"));
    }

    @Test
    void refusesDeliveryBeforeADecision() {
        assertThatThrownBy(() -> aRequest().receivedOn("2025-09-26").deliveredOn("2025-10-10").state())
                .hasMessageContaining("尚未作出答复");
    }

    @Test
    void refusesAnAnswerWhileAConsultationIsOpenButAllowsAWithdrawal() {
        assertThatThrownBy(() -> aRequest().receivedOn("2025-09-26").consultationStartedOn("2025-09-29")
                .decidedOn("2025-09-30", DecisionCode.DISCLOSED).state())
                .hasMessageContaining("征求第三方意见尚未结束");
        assertThat(aRequest().receivedOn("2025-09-26").consultationStartedOn("2025-09-29")
                .decidedOn("2025-09-30", DecisionCode.OTHER).state().decision()).isEqualTo(DecisionCode.OTHER);
    }

    @Test
    void everyDecisionCodeCanEndAPlainRequest() {
        for (DecisionCode code : DecisionCode.values()) {
            if (code == DecisionCode.OTHER_NO_CORRECTION || code == DecisionCode.OTHER_FEE_UNPAID) {
                continue; // their own preconditions are tested above
            }
            ClockState state = aRequest().receivedOn("2025-09-26").decidedOn("2025-10-09", code).state();
            assertThat(state.decision()).isEqualTo(code);
            assertThat(state.lines().get(1).explanation()).isEqualTo("作出答复 2025-10-09：" + code.label());
        }
    }

    @Test
    void overdueWhenOpenPastTheDueDate() {
        var ledger = aRequest().receivedOn("2025-09-26");

        assertThat(ledger.on("2025-10-30").overdueOn(d("2025-10-30"))).isFalse();
        assertThat(ledger.on("2025-10-31").overdueOn(d("2025-10-31"))).isTrue();
        assertThat(ledger.decidedOn("2025-11-03", DecisionCode.DISCLOSED).state().overdueOn(d("2025-11-04"))).isFalse();
    }
}
