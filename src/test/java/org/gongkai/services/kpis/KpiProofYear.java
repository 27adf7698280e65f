package org.gongkai.services.kpis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.services.RatingChannel;
import org.gongkai.services.ServiceRows;

/**
 * The cases of {@link KpiProofIntegrationTest}: generated ones and the edges of March 2026, each with the due date
 * counted here from the clock rules and the official calendar's working days (not by the code under test).
 */
final class KpiProofYear {

    record Rating(int level, RatingChannel channel, LocalDate on, LocalDate closedOn, boolean removed) {}

    /** A suspension from {@code start} to {@code end} (the days strictly after the start up to the end are excluded). */
    record Suspension(LocalDate start, LocalDate end) {}

    record Case(ServiceRows.Item item, LocalDate acceptedOn, Suspension suspension, LocalDate dueOn,
            LocalDate completedOn, List<Rating> ratings) {}

    private final WorkingDayCalendar calendar;
    private final List<ServiceRows.Item> items;
    private final LocalDate today;

    KpiProofYear(WorkingDayCalendar calendar, List<ServiceRows.Item> items, LocalDate today) {
        this.calendar = calendar;
        this.items = items;
        this.today = today;
    }

    /** Cases on the edges of March 2026 (a period checked below; its last day is a Tuesday). */
    List<Case> edges() {
        ServiceRows.Item w5 = items.get(0);
        ServiceRows.Item c10 = items.get(1);
        ServiceRows.Item now = items.get(2);
        return List.of(
                // accepted on the period's first day (a Sunday), completed on its last day: late (due 03-06)
                edge(w5, "2026-03-01", null, "2026-03-31", List.of()),
                // accepted the day before the period, completed on its first day
                edge(c10, "2026-02-28", null, "2026-03-01", List.of(new Rating(4, RatingChannel.WINDOW,
                        LocalDate.parse("2026-03-01"), null, false))),
                // an immediate case accepted on the last day and still open: due that day, not yet overdue then
                edge(now, "2026-03-31", null, null, List.of()),
                // base due 03-27 (overdue on 03-31), the suspension 03-23..03-26 moves it to 04-01: not overdue then
                edge(w5, "2026-03-20", new Suspension(LocalDate.parse("2026-03-23"), LocalDate.parse("2026-03-26")),
                        "2026-04-03", List.of()),
                // open and overdue at the period's end (due 03-09), completed in April
                edge(w5, "2026-03-02", null, "2026-04-02", List.of()),
                // due exactly on the period's last day, completed the day after: open, not overdue at the end
                edge(w5, "2026-03-24", null, "2026-04-01", List.of()),
                // rated on the last day (good, and bad closed in April) and on the day after (bad, open)
                edge(c10, "2026-03-25", null, "2026-03-30", List.of(
                        new Rating(5, RatingChannel.WINDOW, LocalDate.parse("2026-03-31"), null, false),
                        new Rating(2, RatingChannel.ONLINE, LocalDate.parse("2026-03-31"), LocalDate.parse("2026-04-10"),
                                false),
                        new Rating(1, RatingChannel.SMS, LocalDate.parse("2026-04-01"), null, false))));
    }

    private Case edge(ServiceRows.Item item, String accepted, Suspension suspension, String completed,
            List<Rating> ratings) {
        LocalDate on = LocalDate.parse(accepted);
        return new Case(item, on, suspension, due(item, on, item.promisedDays(), suspension),
                completed == null ? null : LocalDate.parse(completed), ratings);
    }

    Case generate(Random random, ServiceRows.Item item) {
        LocalDate accepted = LocalDate.parse("2025-05-01").plusDays(random.nextInt(410));
        while (!calendar.isWorkingDay(accepted)) {
            accepted = accepted.plusDays(1);
        }
        int limit = item.promisedDays();
        Suspension suspension = null;
        int before = 0; // counted days up to and including the suspension's start
        if (limit >= 2 && random.nextInt(5) == 0) {
            LocalDate base = due(item, accepted, limit, null);
            LocalDate start = accepted.plusDays(1 + random.nextInt((int) (base.toEpochDay() - accepted.toEpochDay()) - 1));
            suspension = new Suspension(start, start.plusDays(1 + random.nextInt(10)));
            before = counted(item, accepted, start, null);
            if (suspension.end().isAfter(today)) {
                suspension = null;
                before = 0;
            }
        }
        LocalDate due = due(item, accepted, limit, suspension);
        LocalDate completed = null;
        if (random.nextInt(10) < 8) {
            int used = limit == 0 ? (random.nextInt(6) == 0 ? 1 : 0) : before + 1 + random.nextInt(limit * 16 / 10);
            completed = due(item, accepted, used, suspension);
            if (completed.isAfter(today)) {
                completed = null;
            }
        }
        List<Rating> ratings = new ArrayList<>();
        LocalDate ratedFrom = completed != null ? completed : random.nextInt(8) == 0 ? accepted.plusDays(1) : null;
        if (ratedFrom != null && random.nextInt(10) < 7) {
            for (RatingChannel channel : List.of(RatingChannel.WINDOW, RatingChannel.ONLINE, RatingChannel.SMS)) {
                if (ratings.isEmpty() || random.nextInt(4) == 0) {
                    LocalDate on = ratedFrom.plusDays(random.nextInt(4));
                    if (on.isAfter(today)) {
                        continue;
                    }
                    int level = 1 + random.nextInt(5);
                    LocalDate closed = level <= 2 && random.nextBoolean() ? on.plusDays(random.nextInt(5)) : null;
                    if (closed != null && closed.isAfter(today)) {
                        closed = today;
                    }
                    ratings.add(new Rating(level, channel, on, closed, level <= 2 && closed == null
                            && random.nextInt(4) == 0));
                }
            }
        }
        return new Case(item, accepted, suspension, due, completed, ratings);
    }

    /**
     * The day the {@code days}-th counted day falls on, by the clock: the day of acceptance not counted; a
     * working-day item counts working days of the official calendar, a calendar-day item every day; the days strictly
     * after a suspension's start up to and including its end are not counted; 0 days is the day of acceptance.
     */
    LocalDate due(ServiceRows.Item item, LocalDate accepted, int days, Suspension s) {
        LocalDate d = accepted;
        for (int left = days; left > 0; ) {
            d = d.plusDays(1);
            if (counts(item, d, s)) {
                left--;
            }
        }
        return d;
    }

    /** Counted days after {@code accepted} up to and including {@code until}. */
    private int counted(ServiceRows.Item item, LocalDate accepted, LocalDate until, Suspension s) {
        int n = 0;
        for (LocalDate d = accepted.plusDays(1); !d.isAfter(until); d = d.plusDays(1)) {
            n += counts(item, d, s) ? 1 : 0;
        }
        return n;
    }

    private boolean counts(ServiceRows.Item item, LocalDate d, Suspension s) {
        boolean suspended = s != null && d.isAfter(s.start()) && !d.isAfter(s.end());
        return !suspended && ("CALENDAR_DAYS".equals(item.clockUnit()) || calendar.isWorkingDay(d));
    }
}
