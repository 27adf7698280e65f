package org.gongkai.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * When a {@link LedgerClock} runs out, explained.
 *
 * @param date        the due day
 * @param time        the due moment on that day for clocks in working hours; null for day-counted clocks (due by
 *                    the end of the day)
 * @param provisional true when a calendar year crossed has no official data yet
 * @param explanation the count in Chinese words, with the days not counted
 * @param workingDays the calendar's {@link Deadline} for clocks in working days (null otherwise)
 */
public record ClockDue(LocalDate date, LocalTime time, boolean provisional, String explanation, Deadline workingDays) {

    /** Overdue at {@code now}: after the due day (day clocks) or after the due moment (hour clocks). */
    public boolean overdueAt(LocalDateTime now) {
        return time == null ? now.toLocalDate().isAfter(date) : now.isAfter(date.atTime(time));
    }

    /** {@code 2025-10-30} or {@code 2025-10-09 11:30}. */
    public String words() {
        return time == null ? date.toString() : date + " " + time;
    }
}
