package org.gongkai.services.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.calendar.ClockUnit;
import org.gongkai.calendar.ShippedCalendar;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.services.ItemKind;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the promised-limit clock (issue #11), without Spring, over the shipped official calendar: 2025
 * National Day and Mid-Autumn 10-01..10-08 off, Sunday 09-28 and Saturday 10-11 made working days.
 */
class ServiceClockTest {

    static final ServiceClock CLOCK = new ServiceClock(ShippedCalendar.INSTANCE, 2);

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    /** A ledger under construction. */
    static final class Ledger {
        final ClockTerms terms;
        final List<CaseEvent> events = new ArrayList<>();

        Ledger(ItemKind kind, ClockUnit unit, int limit) {
            terms = new ClockTerms(kind, unit, limit);
        }

        Ledger add(CaseEventType type, String on, SuspensionProcedure procedure, String until) {
            events.add(new CaseEvent(events.size() + 1, type, d(on), procedure, until == null ? null : d(until), null));
            return this;
        }

        Ledger acceptedOn(String on) {
            return add(CaseEventType.ACCEPTED, on, null, null);
        }

        Ledger suspendedOn(String on, String plannedEnd) {
            return add(CaseEventType.SUSPENDED, on, SuspensionProcedure.PUBLIC_NOTICE, plannedEnd);
        }

        Ledger resumedOn(String on) {
            return add(CaseEventType.RESUMED, on, null, null);
        }

        Ledger completedOn(String on) {
            return add(CaseEventType.COMPLETED, on, null, null);
        }

        ServiceClock.Reading on(String today) {
            return CLOCK.read(terms, events, d(today));
        }
    }

    static Ledger workingDays(int limit) {
        return new Ledger(ItemKind.PROMISED, ClockUnit.WORKING_DAYS, limit);
    }

    static Ledger calendarDays(int limit) {
        return new Ledger(ItemKind.PROMISED, ClockUnit.CALENDAR_DAYS, limit);
    }

    static Ledger immediate() {
        return new Ledger(ItemKind.IMMEDIATE, ClockUnit.WORKING_DAYS, 0);
    }

    // --- the three rules the issue names -----------------------------------------------------------------

    @Test
    void aWorkingDayItemAcceptedBeforeNationalDaySkipsTheHolidayAndCountsTheAdjustedSunday() {
        // after Fri 09-26: Sun 09-28 (调休上班) 1, 09-29 2, 09-30 3, 10-01..10-08 off, 10-09 4, 10-10 5
        ServiceClock.Reading r = workingDays(5).acceptedOn("2025-09-26").on("2025-09-26");

        assertThat(r.dueOn()).isEqualTo(d("2025-10-10"));
        assertThat(r.provisional()).isFalse();
        assertThat(r.explanation()).contains("国庆节、中秋节").contains("2025-09-28（周日）").endsWith("期限 2025-10-10");
    }

    @Test
    void aCalendarDayItemCountsTheHolidayButNotItsSuspension() {
        // 10 calendar days after 09-26 → 10-06; the 公示 from 09-29 to 10-03 excludes 09-30..10-03 (4 days)
        assertThat(calendarDays(10).acceptedOn("2025-09-26").on("2025-09-27").dueOn()).isEqualTo(d("2025-10-06"));

        ServiceClock.Reading r = calendarDays(10).acceptedOn("2025-09-26").suspendedOn("2025-09-29", "2025-10-03")
                .resumedOn("2025-10-03").on("2025-10-04");

        assertThat(r.dueOn()).isEqualTo(d("2025-10-10"));
        assertThat(r.suspended()).isFalse();
        assertThat(r.explanation()).contains("公示开始").contains("4 个自然日不计入时限");
    }

    @Test
    void anImmediateItemIsDueOnTheDayItIsAccepted() {
        ServiceClock.Reading sameDay = immediate().acceptedOn("2025-10-09").completedOn("2025-10-09").on("2025-10-09");
        assertThat(sameDay.dueOn()).isEqualTo(d("2025-10-09"));
        assertThat(sameDay.overdue()).isFalse();
        assertThat(sameDay.light()).isNull();

        ServiceClock.Reading nextDay = immediate().acceptedOn("2025-10-09").completedOn("2025-10-10").on("2025-10-10");
        assertThat(nextDay.overdue()).isTrue();
        assertThat(nextDay.explanation()).endsWith("超过期限 2025-10-09 办结");
    }

    // --- edge cases ----------------------------------------------------------------------------------------

    @Test
    void anImmediateItemAcceptedOnAHolidayIsStillDueThatDay() {
        assertThat(immediate().acceptedOn("2025-10-03").on("2025-10-03").dueOn()).isEqualTo(d("2025-10-03"));
    }

    @Test
    void theDayOfAcceptanceIsNeverCounted() {
        assertThat(workingDays(1).acceptedOn("2025-11-03").on("2025-11-03").dueOn()).isEqualTo(d("2025-11-04"));
        assertThat(workingDays(1).acceptedOn("2025-11-07").on("2025-11-07").dueOn()).isEqualTo(d("2025-11-10"));
        assertThat(calendarDays(1).acceptedOn("2025-11-07").on("2025-11-07").dueOn()).isEqualTo(d("2025-11-08"));
    }

    @Test
    void aWorkingDayItemExcludesTheWorkingDaysOfItsSuspensionOnly() {
        // (09-28, 09-30] holds two working days: 5 + 2 = 7 working days after 09-26 → Mon 10-13 (Sat 10-11 counts)
        ServiceClock.Reading r = workingDays(5).acceptedOn("2025-09-26").suspendedOn("2025-09-28", "2025-09-30")
                .resumedOn("2025-09-30").on("2025-10-09");

        assertThat(r.dueOn()).isEqualTo(d("2025-10-13"));
        assertThat(r.explanation()).contains("2 个工作日不计入时限");
    }

    @Test
    void aSuspensionOverTheHolidayExcludesNoWorkingDayOfTheHoliday() {
        // (09-30, 10-08] holds no working day
        assertThat(workingDays(5).acceptedOn("2025-09-26").suspendedOn("2025-09-30", "2025-10-08")
                .resumedOn("2025-10-08").on("2025-10-09").dueOn()).isEqualTo(d("2025-10-10"));
    }

    @Test
    void anOpenSuspensionAssumesItsPlannedEndUntilThatDayHasPassed() {
        Ledger open = calendarDays(10).acceptedOn("2025-09-26").suspendedOn("2025-09-29", "2025-10-03");

        ServiceClock.Reading during = open.on("2025-09-30");
        assertThat(during.suspended()).isTrue();
        assertThat(during.provisional()).isTrue();
        assertThat(during.dueOn()).isEqualTo(d("2025-10-10"));

        ServiceClock.Reading overrun = open.on("2025-10-05"); // planned end passed: counts up to today
        assertThat(overrun.dueOn()).isEqualTo(d("2025-10-12"));
    }

    @Test
    void lightsTurnYellowAtTwoWorkingDaysLeftAndRedAfterTheDueDate() {
        Ledger l = workingDays(5).acceptedOn("2025-11-03"); // due Mon 11-10
        assertThat(l.on("2025-11-05").light()).isEqualTo(CaseLight.GREEN);
        assertThat(l.on("2025-11-05").daysLeft()).isEqualTo(3);
        assertThat(l.on("2025-11-06").light()).isEqualTo(CaseLight.YELLOW);
        assertThat(l.on("2025-11-10").light()).isEqualTo(CaseLight.YELLOW);
        assertThat(l.on("2025-11-10").overdue()).isFalse();
        assertThat(l.on("2025-11-11").light()).isEqualTo(CaseLight.RED);
        assertThat(l.on("2025-11-11").overdue()).isTrue();
    }

    @Test
    void theYellowThresholdIsASetting() {
        ServiceClock strict = new ServiceClock(ShippedCalendar.INSTANCE, 0);
        Ledger l = workingDays(5).acceptedOn("2025-11-03");
        assertThat(strict.read(l.terms, l.events, d("2025-11-06")).light()).isEqualTo(CaseLight.GREEN);
        assertThat(strict.read(l.terms, l.events, d("2025-11-10")).light()).isEqualTo(CaseLight.YELLOW);
    }

    @Test
    void aCaseCompletedOnItsDueDateIsOnTimeAndHasNoLight() {
        ServiceClock.Reading r = workingDays(5).acceptedOn("2025-11-03").completedOn("2025-11-10").on("2025-12-01");
        assertThat(r.overdue()).isFalse();
        assertThat(r.light()).isNull();
        assertThat(r.completedOn()).isEqualTo(d("2025-11-10"));
    }

    @Test
    void nothingIsDueBeforeAcceptance() {
        ServiceClock.Reading r = workingDays(5).add(CaseEventType.RECEIVED, "2025-11-03", null, null).on("2025-11-20");
        assertThat(r.dueOn()).isNull();
        assertThat(r.overdue()).isFalse();
        assertThat(r.light()).isNull();
    }

    @Test
    void aDueDateInAYearWithoutOfficialDataIsProvisional() {
        assertThat(workingDays(10).acceptedOn("2027-12-20").on("2027-12-20").provisional()).isTrue();
    }

    @Test
    void aLedgerOutOfOrderCannotBeCounted() {
        Ledger l = workingDays(5).acceptedOn("2025-11-03").suspendedOn("2025-11-05", null).resumedOn("2025-11-04");
        assertThatThrownBy(() -> l.on("2025-11-06")).isInstanceOf(GongkaiException.class).extracting("code")
                .isEqualTo(ErrorCode.CASE_LEDGER_INVALID);
    }

    @Test
    void remindersAndTheOverdueMarkDoNotMoveTheClock() {
        Ledger l = workingDays(5).acceptedOn("2025-11-03").add(CaseEventType.REMINDED, "2025-11-06", null, "2025-11-10")
                .add(CaseEventType.OVERDUE, "2025-11-11", null, "2025-11-10");
        assertThat(l.on("2025-11-12").dueOn()).isEqualTo(d("2025-11-10"));
    }
}
