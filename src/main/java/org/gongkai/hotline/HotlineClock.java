package org.gongkai.hotline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.calendar.ClockDue;
import org.gongkai.calendar.ClockEntry;
import org.gongkai.calendar.ClockReading;
import org.gongkai.calendar.LedgerClock;
import org.gongkai.calendar.OfficeHours;
import org.gongkai.calendar.WorkingDayCalendar;

/**
 * The limits of a ticket (issue #12) on the calendar's {@link LedgerClock}. Pure: no database, no Spring; the live
 * path, the import and the tests replay the same way.
 *
 * <ul>
 * <li>Accept (签收): within {@link HotlineSettings#acceptHours} working hours of the dispatch, counted in the office
 * hours of the unit dispatched to.</li>
 * <li>Answer: {@link HotlineSettings#answerDays} working days per category and urgency, counted from the calendar day
 * (Asia/Shanghai) the ticket was received, whatever the hour, that day not counted; an approved extension adds its
 * working days; a reopened ticket counts afresh from the day it was reopened (its extensions before drop).</li>
 * </ul>
 */
public final class HotlineClock {

    /** An approved extension. */
    public record Extension(LocalDate on, int days) {}

    private final HotlineSettings settings;
    private final LedgerClock days;
    private final WorkingDayCalendar calendar;

    public HotlineClock(WorkingDayCalendar calendar, HotlineSettings settings) {
        this.calendar = calendar;
        this.settings = settings;
        this.days = LedgerClock.inWorkingDays(calendar);
    }

    public HotlineSettings settings() {
        return settings;
    }

    /**
     * The answer clock of one cycle (from receipt, or from the last reopening), read on {@code today}.
     *
     * @param closedOn the day the ticket was closed in this cycle, or null while open
     */
    public ClockReading answer(String category, Urgency urgency, LocalDate cycleStart, boolean reopened,
            List<Extension> extensions, LocalDate closedOn, LocalDate today) {
        int limit = settings.answerDays(category, urgency);
        List<ClockEntry> entries = new ArrayList<>();
        entries.add(ClockEntry.start(cycleStart, limit, (reopened ? "重新办理" : "受理") + "（" + settings.label(category)
                + "，" + urgency.label() + "）"));
        for (Extension e : extensions) {
            entries.add(ClockEntry.extend(e.on(), e.days(), "中心批准延期"));
        }
        if (closedOn != null) {
            entries.add(ClockEntry.stop(closedOn, "办结"));
        }
        return days.read(entries, today.atStartOfDay());
    }

    /** The due day of an answer cycle (a convenience over {@link #answer}). */
    public LocalDate answerDue(String category, Urgency urgency, LocalDate cycleStart, List<Extension> extensions) {
        return answer(category, urgency, cycleStart, false, extensions, null, cycleStart).due().date();
    }

    /** The moment a dispatch must be accepted by, in the office hours of the unit it went to. */
    public LocalDateTime acceptDue(LocalDateTime dispatchedAt, Urgency urgency, OfficeHours unitHours) {
        ClockDue due = LedgerClock.inWorkingHours(calendar, unitHours)
                .read(List.of(ClockEntry.start(dispatchedAt, settings.acceptHours(urgency), "派单")), dispatchedAt)
                .due();
        return due.date().atTime(due.time());
    }
}
