package org.gongkai.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * Counting rules of one {@link ClockUnit}, in ticks (days, or minutes of office time). {@code add} gives the
 * moment the given ticks are used up; {@code between} the ticks in (from, to]; {@code explain} the due moment
 * in words with the days that were not counted.
 */
sealed interface TimeCounter {

    LocalDateTime add(LocalDateTime from, long ticks);

    long between(LocalDateTime from, LocalDateTime to);

    ClockDue due(LocalDateTime from, long ticks);

    static TimeCounter of(ClockUnit unit, WorkingDayCalendar calendar, OfficeHours hours) {
        return switch (unit) {
            case WORKING_DAYS -> new WorkingDays(calendar);
            case CALENDAR_DAYS -> new CalendarDays();
            case WORKING_HOURS -> new WorkingHours(calendar, hours);
        };
    }

    /** Working days strictly after the start day, through {@link WorkingDayCalendar}. */
    record WorkingDays(WorkingDayCalendar calendar) implements TimeCounter {

        @Override
        public LocalDateTime add(LocalDateTime from, long ticks) {
            return calendar.addWorkingDays(from.toLocalDate(), Math.toIntExact(ticks)).date().atStartOfDay();
        }

        @Override
        public long between(LocalDateTime from, LocalDateTime to) {
            return calendar.workingDaysBetween(from.toLocalDate(), to.toLocalDate());
        }

        @Override
        public ClockDue due(LocalDateTime from, long ticks) {
            Deadline deadline = calendar.addWorkingDays(from.toLocalDate(), Math.toIntExact(ticks));
            return new ClockDue(deadline.date(), null, deadline.provisional(), deadline.explanation(), deadline);
        }
    }

    /** Calendar days strictly after the start day. */
    record CalendarDays() implements TimeCounter {

        @Override
        public LocalDateTime add(LocalDateTime from, long ticks) {
            return from.toLocalDate().plusDays(ticks).atStartOfDay();
        }

        @Override
        public long between(LocalDateTime from, LocalDateTime to) {
            return Math.max(0, ChronoUnit.DAYS.between(from.toLocalDate(), to.toLocalDate()));
        }

        @Override
        public ClockDue due(LocalDateTime from, long ticks) {
            LocalDate date = from.toLocalDate().plusDays(ticks);
            String words = "自 " + from.toLocalDate() + " 起算 " + ticks + " 个自然日"
                    + (ticks == 0 ? "" : "（起算当日不计，周末和节假日照计）") + " → " + date;
            return new ClockDue(date, null, false, words, null);
        }
    }

    /** Minutes of office time on working days, from the exact moment of the start. */
    record WorkingHours(WorkingDayCalendar calendar, OfficeHours hours) implements TimeCounter {

        /** Ten years of days: a guard against a calendar without working days. */
        private static final int MAX_DAYS = 3660;

        @Override
        public LocalDateTime add(LocalDateTime from, long ticks) {
            LocalDate day = from.toLocalDate();
            LocalTime time = from.toLocalTime();
            long left = ticks;
            if (left == 0) {
                return from;
            }
            for (int i = 0; i < MAX_DAYS; i++) {
                if (calendar.isWorkingDay(day)) {
                    for (OfficeHours.Span span : hours.spans()) {
                        LocalTime start = time.isAfter(span.from()) ? time : span.from();
                        if (!start.isBefore(span.to())) {
                            continue;
                        }
                        long available = ChronoUnit.MINUTES.between(start, span.to());
                        if (left <= available) {
                            return day.atTime(start.plusMinutes(left));
                        }
                        left -= available;
                    }
                }
                day = day.plusDays(1);
                time = LocalTime.MIN;
            }
            throw new IllegalStateException("no office time within ten years of " + from);
        }

        @Override
        public long between(LocalDateTime from, LocalDateTime to) {
            if (!to.isAfter(from)) {
                return 0;
            }
            long minutes = 0;
            for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
                if (!calendar.isWorkingDay(day)) {
                    continue;
                }
                LocalTime lower = day.equals(from.toLocalDate()) ? from.toLocalTime() : LocalTime.MIN;
                boolean lastDay = day.equals(to.toLocalDate());
                for (OfficeHours.Span span : hours.spans()) {
                    LocalTime start = lower.isAfter(span.from()) ? lower : span.from();
                    LocalTime end = lastDay && to.toLocalTime().isBefore(span.to()) ? to.toLocalTime() : span.to();
                    if (end.isAfter(start)) {
                        minutes += ChronoUnit.MINUTES.between(start, end);
                    }
                }
            }
            return minutes;
        }

        @Override
        public ClockDue due(LocalDateTime from, long ticks) {
            LocalDateTime at = add(from, ticks);
            LocalDate start = from.toLocalDate();
            Deadline days = calendar.addWorkingDays(start, calendar.workingDaysBetween(start, at.toLocalDate()));
            StringBuilder words = new StringBuilder("自 ").append(LedgerClock.moment(from, ClockUnit.WORKING_HOURS))
                    .append(" 起算 ").append(ClockUnit.WORKING_HOURS.amount(ticks))
                    .append("（办公时间 ").append(hours.words()).append("，周末和节假日不计）");
            String skipped = days.daysText();
            if (!skipped.isEmpty()) {
                words.append("：").append(skipped);
            }
            words.append(" → ").append(LedgerClock.moment(at, ClockUnit.WORKING_HOURS));
            if (days.provisional()) {
                words.append("。").append(days.provisionalText());
            }
            return new ClockDue(at.toLocalDate(), at.toLocalTime(), days.provisional(), words.toString(), null);
        }
    }
}
