package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.requests.RequestAction.*;
import static org.gongkai.requests.RequestFixtures.aRequest;
import static org.gongkai.requests.Step.*;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.lifecycle.LifecycleAssertions;
import org.junit.jupiter.api.Test;

/** The request lifecycle: every step × action pair of the table, and what the clock's state allows on top. */
class RequestLifecycleTest {

    @Test
    void everyStepAndActionPairIsAllowedExactlyWhenTheTableSaysSo() {
        var expected = LifecycleAssertions.assertThatLifecycle(RequestLifecycle.TABLE)
                .allows(REGISTERED, ACCEPT, REVIEWING)
                .allows(REVIEWING, REVIEW, PROCESSING)
                .allows(REPLIED, DELIVER, REPLIED)
                .allows(REPLIED, ARCHIVE, ARCHIVED);
        for (Step open : List.of(REGISTERED, REVIEWING, PROCESSING)) {
            expected.allows(open, DECIDE, REPLIED).allows(open, WITHDRAW, REPLIED);
            for (RequestAction stays : List.of(REQUEST_CORRECTION, RECORD_CORRECTION, START_CONSULTATION,
                    END_CONSULTATION, EXTEND, SEND_FEE_NOTICE, RECORD_PAYMENT, ASSIGN, TRANSFER)) {
                expected.allows(open, stays, open);
            }
        }
        for (Step decided : List.of(REPLIED, ARCHIVED)) {
            expected.allows(decided, RECORD_REVIEW, decided).allows(decided, CONCLUDE_REVIEW, decided);
        }
        for (Step any : Step.values()) {
            expected.allows(any, ADD_NOTE, any).allows(any, ADD_ATTACHMENT, any);
        }
        expected.andNothingElse();
    }

    @Test
    void nothingLeavesTheArchiveAndNothingGoesBackToRegistration() {
        for (Step from : Step.values()) {
            assertThat(RequestLifecycle.TABLE.connects(ARCHIVED, from)).isEqualTo(from == ARCHIVED);
            assertThat(RequestLifecycle.TABLE.connects(from, REGISTERED)).isEqualTo(from == REGISTERED);
        }
    }

    static DisclosureRequest request(Step step, RequestFixtures.LedgerBuilder ledger, List<Review> reviews) {
        return new DisclosureRequest(1L, "YS20250926000001", 1, Channel.LETTER,
                new Applicant(ApplicantType.NATURAL_PERSON, "张三", null, null, null, null), "某文件",
                DeliveryForm.PAPER, DeliveryChannel.PICKUP, Instant.EPOCH, false, step, null, null, null, 0,
                ledger.events(), reviews);
    }

    static Set<RequestAction> available(Step step, RequestFixtures.LedgerBuilder ledger, String today) {
        return RequestLifecycle.available(request(step, ledger, List.of()), ledger.on(today));
    }

    @Test
    void theClocksStateNarrowsWhatThePageOffers() {
        Set<RequestAction> always = EnumSet.of(ASSIGN, TRANSFER, ADD_NOTE, ADD_ATTACHMENT);

        var unconfirmed = aRequest();
        assertThat(RequestLifecycle.available(request(REGISTERED, unconfirmed, List.of()),
                unconfirmed.clock().replay(List.of(), RequestFixtures.d("2025-10-01"))))
                .isEqualTo(union(always, ACCEPT));

        var running = aRequest().receivedOn("2025-09-26");
        assertThat(available(REVIEWING, running, "2025-10-01")).isEqualTo(union(always, REVIEW, REQUEST_CORRECTION,
                START_CONSULTATION, EXTEND, SEND_FEE_NOTICE, DECIDE, WITHDRAW));

        var extended = aRequest().receivedOn("2025-09-26").extendedOn("2025-10-20", 10);
        assertThat(available(PROCESSING, extended, "2025-10-21")).doesNotContain(EXTEND).contains(DECIDE);

        var awaitingCorrection = aRequest().receivedOn("2025-09-26").correctionRequestedOn("2025-09-30");
        assertThat(available(PROCESSING, awaitingCorrection, "2025-10-01")).isEqualTo(union(always,
                RECORD_CORRECTION, DECIDE, WITHDRAW));

        var consulting = aRequest().receivedOn("2025-09-26").consultationStartedOn("2025-10-09");
        assertThat(available(PROCESSING, consulting, "2025-10-10")).isEqualTo(union(always, END_CONSULTATION,
                EXTEND, DECIDE, WITHDRAW));

        var awaitingPayment = aRequest().receivedOn("2025-09-26").feeNoticeOn("2025-10-09");
        assertThat(available(PROCESSING, awaitingPayment, "2025-10-10")).isEqualTo(union(always, RECORD_PAYMENT,
                EXTEND, DECIDE, WITHDRAW));

        var decided = aRequest().receivedOn("2025-09-26").decidedOn("2025-10-09", DecisionCode.DISCLOSED);
        assertThat(available(REPLIED, decided, "2025-10-10")).isEqualTo(EnumSet.of(DELIVER, RECORD_REVIEW,
                ADD_NOTE, ADD_ATTACHMENT));

        var delivered = aRequest().receivedOn("2025-09-26").decidedOn("2025-10-09", DecisionCode.DISCLOSED)
                .deliveredOn("2025-10-10");
        assertThat(available(REPLIED, delivered, "2025-10-10")).isEqualTo(EnumSet.of(ARCHIVE, RECORD_REVIEW,
                ADD_NOTE, ADD_ATTACHMENT));
        assertThat(available(ARCHIVED, delivered, "2025-10-10")).isEqualTo(EnumSet.of(RECORD_REVIEW, ADD_NOTE,
                ADD_ATTACHMENT));
    }

    @Test
    void everyStateAnOfficerCanReachOffersAWayForwardUntilTheArchive() {
        List<RequestFixtures.LedgerBuilder> ledgers = List.of(aRequest().receivedOn("2025-09-26"),
                aRequest().receivedOn("2025-09-26").correctionRequestedOn("2025-09-30"),
                aRequest().receivedOn("2025-09-26").consultationStartedOn("2025-10-09"),
                aRequest().receivedOn("2025-09-26").feeNoticeOn("2025-10-09"),
                aRequest().receivedOn("2025-09-26").extendedOn("2025-10-20", 20));
        for (Step open : List.of(REGISTERED, REVIEWING, PROCESSING)) {
            for (var ledger : ledgers) {
                assertThat(available(open, ledger, "2025-12-31")).as(open + " " + ledger.events())
                        .contains(DECIDE, WITHDRAW);
            }
        }
        var decided = aRequest().receivedOn("2025-09-26").decidedOn("2025-10-09", DecisionCode.DISCLOSED);
        assertThat(available(REPLIED, decided, "2025-12-31")).contains(DELIVER);
    }

    @Test
    void refusalsCarrySpecificCodes() {
        var extended = aRequest().receivedOn("2025-09-26").extendedOn("2025-10-20", 10);
        assertThatThrownBy(() -> RequestLifecycle.require(request(PROCESSING, extended, List.of()),
                extended.on("2025-10-21"), EXTEND))
                .isInstanceOf(GongkaiException.class).extracting("code").isEqualTo(ErrorCode.EXTENSION_ALREADY_USED);

        var decided = aRequest().receivedOn("2025-09-26").decidedOn("2025-10-09", DecisionCode.DISCLOSED);
        assertThatThrownBy(() -> RequestLifecycle.require(request(REPLIED, decided, List.of()),
                decided.on("2025-10-10"), DECIDE))
                .isInstanceOf(GongkaiException.class).extracting("code").isEqualTo(ErrorCode.ALREADY_DECIDED);
        assertThatThrownBy(() -> RequestLifecycle.require(request(REPLIED, decided, List.of()),
                decided.on("2025-10-10"), ARCHIVE))
                .isInstanceOf(GongkaiException.class).extracting("code").isEqualTo(ErrorCode.NOT_DELIVERED);

        var running = aRequest().receivedOn("2025-09-26");
        assertThatThrownBy(() -> RequestLifecycle.require(request(PROCESSING, running, List.of()),
                running.on("2025-10-10"), RECORD_REVIEW))
                .isInstanceOf(GongkaiException.class).extracting("code").isEqualTo(ErrorCode.NOT_YET_DECIDED);
        assertThatThrownBy(() -> RequestLifecycle.require(request(PROCESSING, running, List.of()),
                running.on("2025-10-10"), RECORD_PAYMENT))
                .isInstanceOf(GongkaiException.class).extracting("code").isEqualTo(ErrorCode.NO_PAYMENT_AWAITED);
        assertThat(RequestLifecycle.require(request(REVIEWING, running, List.of()), running.on("2025-10-10"), REVIEW))
                .isEqualTo(PROCESSING);
    }

    private static Set<RequestAction> union(Set<RequestAction> base, RequestAction... more) {
        Set<RequestAction> out = EnumSet.copyOf(base);
        out.addAll(List.of(more));
        return out;
    }
}
