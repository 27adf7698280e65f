package org.gongkai.services.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.calendar.ClockEntry;
import org.gongkai.calendar.ClockReading;
import org.gongkai.calendar.LedgerClock;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;

/**
 * The promised-limit clock of a service case (issue #11), on the calendar's {@link LedgerClock}. Pure: no database,
 * no Spring; live cases, the historical import and the sweeper replay the same ledger.
 *
 * <p>Rules: the limit counts from acceptance, the day of acceptance not counted; a {@code WORKING_DAYS} item counts
 * working days of the official calendar, a {@code CALENDAR_DAYS} item every day; a suspension (特别程序) excludes the
 * days strictly after its start up to and including its end, in the item's unit; an {@code IMMEDIATE} item is due on
 * the day it is accepted; completion stops the clock. While a suspension is open the due date assumes it ends on its
 * planned end (or today, once that has passed) and is marked provisional. The light is red after the due date,
 * yellow when at most {@code yellowWorkingDays} working days are left, green otherwise.
 */
public final class ServiceClock {

    private final WorkingDayCalendar calendar;
    private final int yellowWorkingDays;

    public ServiceClock(WorkingDayCalendar calendar, int yellowWorkingDays) {
        if (yellowWorkingDays < 0) {
            throw new IllegalArgumentException("yellowWorkingDays must not be negative");
        }
        this.calendar = calendar;
        this.yellowWorkingDays = yellowWorkingDays;
    }

    /**
     * What the ledger adds up to on {@code today}.
     *
     * @param dueOn          the due date (null before acceptance)
     * @param provisional    the due date assumes an open suspension ends on its planned end, or a year without
     *                       official calendar data is crossed
     * @param suspended      a suspension is open
     * @param overdue        completed after the due date, or still open after it
     * @param light          the light of an open case; null before acceptance and once completed
     * @param daysLeft       working days from today to the due date (0 on or after it); null unless open
     * @param explanation    the whole count in Chinese, one step per event
     * @param words          each clock event's explained step, by ledger seq
     */
    public record Reading(LocalDate acceptedOn, LocalDate dueOn, boolean provisional, boolean suspended,
            LocalDate completedOn, boolean overdue, CaseLight light, Integer daysLeft, String explanation,
            Map<Integer, String> words) {}

    /**
     * Replays the ledger.
     *
     * @throws GongkaiException CASE_LEDGER_INVALID for a ledger that cannot be counted (e.g. out of date order)
     */
    public Reading read(ClockTerms terms, List<CaseEvent> events, LocalDate today) {
        LedgerClock clock = new LedgerClock(calendar, terms.unit(), null);
        LedgerClock.Ledger ledger = clock.ledger();
        Map<Integer, String> words = new HashMap<>();
        LocalDate accepted = null;
        LocalDate completed = null;
        LocalDate plannedEnd = null;
        List<String> steps = new ArrayList<>();
        for (CaseEvent e : events) {
            if (!e.movesClock()) {
                continue;
            }
            ClockEntry entry = switch (e.type()) {
                case ACCEPTED -> ClockEntry.start(e.on(), terms.countedLimit(), "受理（" + terms.words() + "）");
                case SUSPENDED -> ClockEntry.pause(e.on(), (e.procedure() == null ? "特别程序"
                        : e.procedure().label()) + "开始", null);
                case RESUMED -> ClockEntry.resume(e.on(), "特别程序结束");
                case COMPLETED -> ClockEntry.stop(e.on(), "办结");
                default -> throw new IllegalStateException(e.type().name());
            };
            ClockReading.Step step;
            try {
                step = ledger.apply(entry);
            } catch (GongkaiException refused) {
                throw new GongkaiException(ErrorCode.CASE_LEDGER_INVALID, refused.getMessage(), refused.field());
            }
            words.put(e.seq(), step.words());
            steps.add(step.words());
            switch (e.type()) {
                case ACCEPTED -> accepted = e.on();
                case SUSPENDED -> plannedEnd = e.until();
                case RESUMED -> plannedEnd = null;
                case COMPLETED -> completed = e.on();
                default -> { }
            }
        }
        if (accepted == null) {
            return new Reading(null, null, false, false, null, false, null, null, "尚未受理，未开始计时", words);
        }
        boolean suspended = ledger.paused();
        LocalDate readAt = suspended && plannedEnd != null && plannedEnd.isAfter(today) ? plannedEnd : today;
        ClockReading reading = ledger.readAt(readAt.atStartOfDay());
        LocalDate due = reading.due().date();
        boolean provisional = reading.due().provisional() || suspended;
        boolean overdue = completed != null ? completed.isAfter(due) : today.isAfter(due);
        CaseLight light = null;
        Integer left = null;
        if (completed == null) {
            left = calendar.workingDaysBetween(today, due);
            light = today.isAfter(due) ? CaseLight.RED : left <= yellowWorkingDays ? CaseLight.YELLOW : CaseLight.GREEN;
        }
        String tail = completed != null
                ? (overdue ? "超过期限 " + due + " 办结" : "在期限 " + due + " 内办结")
                : "期限 " + due + (suspended ? "（特别程序按计划结束日 " + (plannedEnd == null ? today : readAt)
                        + " 暂算）" : reading.due().provisional() ? "（暂定）" : "");
        String explanation = String.join(" → ", steps) + " → " + reading.due().explanation() + "；" + tail;
        return new Reading(accepted, due, provisional, suspended, completed, overdue, light, left, explanation, words);
    }

    public int yellowWorkingDays() {
        return yellowWorkingDays;
    }
}
