package org.gongkai.requests;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.gongkai.calendar.WorkingDayCalendar;

/**
 * The queue's due-date filters ({@code /console/requests?due=soon|overdue}), the same predicate the workbench counts
 * with. Due dates come from the statutory clock (the ledger replayed, cached as the request's due date); the distance
 * to them is counted in working days on the official calendar, never in calendar days. A paused clock has no due
 * date and matches neither.
 */
public enum DueFilter {
    /** Open, not yet overdue, due within the first reminder's working days (default 5: 5个工作日内到期). */
    SOON("soon"),
    /** Open and past the due date. */
    OVERDUE("overdue");

    private final String param;

    DueFilter(String param) {
        this.param = param;
    }

    public String param() {
        return param;
    }

    /** The filter named by the query parameter; empty for none or an unknown value (the whole queue). */
    public static Optional<DueFilter> parse(String param) {
        return Arrays.stream(values()).filter(f -> f.param.equals(param)).findFirst();
    }

    /** Whether an open request due on {@code dueOn} matches today, with "soon" meaning ≤ {@code soonDays} WD left. */
    public boolean matches(LocalDate dueOn, LocalDate today, int soonDays, WorkingDayCalendar calendar) {
        if (dueOn == null) {
            return false;
        }
        return switch (this) {
            case OVERDUE -> today.isAfter(dueOn);
            case SOON -> !today.isAfter(dueOn) && calendar.workingDaysBetween(today, dueOn) <= soonDays;
        };
    }
}
