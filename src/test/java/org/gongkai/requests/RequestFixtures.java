package org.gongkai.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Fixture builders for clock ledgers: {@code aRequest().receivedOn("2025-09-26").correctionRequestedOn(..)}. */
final class RequestFixtures {

    private RequestFixtures() {}

    static LedgerBuilder aRequest() {
        return new LedgerBuilder();
    }

    static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    static final class LedgerBuilder {
        private final List<ClockEvent> events = new ArrayList<>();
        private RequestSettings settings = RequestSettings.defaults();

        LedgerBuilder receivedOn(String on) {
            return add(ClockEvent.of(ClockEventType.RECEIVED, d(on)));
        }

        LedgerBuilder correctionRequestedOn(String on) {
            return add(ClockEvent.of(ClockEventType.CORRECTION_REQUESTED, d(on)));
        }

        LedgerBuilder correctionRequestedOn(String on, String deadline) {
            return add(new ClockEvent(ClockEventType.CORRECTION_REQUESTED, d(on), null, d(deadline), null, null));
        }

        LedgerBuilder correctionReceivedOn(String on) {
            return add(ClockEvent.of(ClockEventType.CORRECTION_RECEIVED, d(on)));
        }

        LedgerBuilder consultationStartedOn(String on) {
            return add(ClockEvent.of(ClockEventType.CONSULTATION_STARTED, d(on), "第三方企业"));
        }

        LedgerBuilder consultationEndedOn(String on) {
            return add(ClockEvent.of(ClockEventType.CONSULTATION_ENDED, d(on)));
        }

        LedgerBuilder extendedOn(String on, int days) {
            return add(new ClockEvent(ClockEventType.EXTENDED, d(on), days, null, null, "办公室主任"));
        }

        LedgerBuilder feeNoticeOn(String on) {
            return add(ClockEvent.of(ClockEventType.FEE_NOTICE, d(on)));
        }

        LedgerBuilder feePaidOn(String on) {
            return add(ClockEvent.of(ClockEventType.FEE_PAID, d(on)));
        }

        LedgerBuilder decidedOn(String on, DecisionCode code) {
            return add(new ClockEvent(ClockEventType.DECIDED, d(on), null, null, code, null));
        }

        LedgerBuilder deliveredOn(String on) {
            return add(ClockEvent.of(ClockEventType.DELIVERED, d(on), "电子邮件"));
        }

        LedgerBuilder feePausesClock(boolean pauses) {
            settings = settings.withFeePausesClock(pauses);
            return this;
        }

        LedgerBuilder add(ClockEvent event) {
            events.add(event);
            return this;
        }

        List<ClockEvent> events() {
            return List.copyOf(events);
        }

        RequestClock clock() {
            return new RequestClock(TestCalendar.INSTANCE, settings);
        }

        ClockState on(String today) {
            return clock().replay(events(), d(today));
        }

        /** Replays as of the last event's day. */
        ClockState state() {
            return on(events.get(events.size() - 1).on().toString());
        }
    }
}
