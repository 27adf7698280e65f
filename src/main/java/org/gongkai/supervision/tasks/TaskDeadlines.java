package org.gongkai.supervision.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.calendar.ClockEntry;
import org.gongkai.calendar.ClockReading;
import org.gongkai.calendar.LedgerClock;
import org.gongkai.calendar.WorkingDayCalendar;

/**
 * The deadline of a task on the calendar's ledger clock, in working days: the assignment starts the clock with the
 * task's limit, the acceptance stops it. The light of a task: 超期 past the due date, 临期 when
 * {@link TaskSettings#dueSoonWorkingDays} or fewer working days are left, 正常 otherwise (none once accepted). Pure.
 */
final class TaskDeadlines {

    /** The light of the task list (正常/临期/超期); NONE for a task not running. */
    enum Light {
        NORMAL("正常"), DUE_SOON("临期"), OVERDUE("超期"), NONE("—");

        private final String label;

        Light(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    private final WorkingDayCalendar calendar;
    private final LedgerClock clock;
    private final int dueSoon;

    TaskDeadlines(WorkingDayCalendar calendar, int dueSoonWorkingDays) {
        this.calendar = calendar;
        this.clock = LedgerClock.inWorkingDays(calendar);
        this.dueSoon = dueSoonWorkingDays;
    }

    /** The ledger read on {@code on}: started at the assignment, stopped at the acceptance if there was one. */
    ClockReading reading(LocalDate assignedOn, int limit, LocalDate acceptedOn, LocalDate on) {
        List<ClockEntry> entries = new ArrayList<>();
        entries.add(ClockEntry.start(assignedOn, limit, "交办"));
        if (acceptedOn != null) {
            entries.add(ClockEntry.stop(acceptedOn, "验收通过"));
        }
        return clock.read(entries, (on.isBefore(assignedOn) ? assignedOn : on).atStartOfDay());
    }

    LocalDate due(LocalDate assignedOn, int limit) {
        return reading(assignedOn, limit, null, assignedOn).due().date();
    }

    Light light(Task t, LocalDate today) {
        if (!t.status().open() || t.dueOn() == null) {
            return Light.NONE;
        }
        if (today.isAfter(t.dueOn())) {
            return Light.OVERDUE;
        }
        return calendar.workingDaysBetween(today, t.dueOn()) <= dueSoon ? Light.DUE_SOON : Light.NORMAL;
    }

    /** Working days from the due date to {@code today} (0 when not past it). */
    int workingDaysPast(LocalDate due, LocalDate today) {
        return today.isAfter(due) ? calendar.workingDaysBetween(due, today) : 0;
    }
}
