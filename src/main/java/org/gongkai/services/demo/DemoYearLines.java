package org.gongkai.services.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gongkai.calendar.WorkingDayCalendar;
import tools.jackson.databind.json.JsonMapper;

/**
 * A year of invented cases and ratings for the demo county, as lines of the historical import
 * ({@code POST /api/v1/staff/service-cases/import}): accepted on working days over the 365 days up to {@code today},
 * most on time, some late, a few suspended for a special procedure, the last weeks' still open (a few older ones
 * overdue), three in four completed cases rated, mostly 非常满意, a few bad ratings whose rectifications are closed
 * or still open. Deterministic for the same items, day, size and seed. Pure: the due dates are only estimated here
 * (to choose early or late completion days); the import counts the real ones with the case clock.
 */
final class DemoYearLines {

    /** A published item cases can be imported for. */
    record Item(String code, String unitCode, boolean immediate, int promisedDays, boolean calendarDays) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WorkingDayCalendar calendar;
    private final LocalDate today;
    private final Random random;

    DemoYearLines(WorkingDayCalendar calendar, LocalDate today, long seed) {
        this.calendar = calendar;
        this.today = today;
        this.random = new Random(seed);
    }

    /** {@code count} lines over {@code items} (即办件 weighted three to one: they are most of a hall's traffic). */
    List<String> generate(List<Item> items, int count) {
        List<Item> weighted = new ArrayList<>();
        for (Item i : items) {
            for (int k = i.immediate() ? 3 : 1; k > 0; k--) {
                weighted.add(i);
            }
        }
        List<String> lines = new ArrayList<>(count);
        for (int n = 0; n < count && !weighted.isEmpty(); n++) {
            lines.add(JSON.writeValueAsString(line(weighted.get(random.nextInt(weighted.size())))));
        }
        return lines;
    }

    private Map<String, Object> line(Item item) {
        LocalDate accepted = workingDayOnOrBefore(today.minusDays(random.nextInt(365)));
        int draw = random.nextInt(100);
        String channel = draw < 60 ? "WINDOW" : draw < 90 ? "ONLINE" : "AGENT";
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("itemCode", item.code());
        line.put("channel", channel);
        line.put("unitCode", item.unitCode());
        line.put("acceptedOn", accepted.toString());
        List<Map<String, Object>> events = new ArrayList<>();
        LocalDate[] suspension = null;
        if (!item.immediate() && item.promisedDays() >= 3 && random.nextInt(100) < 6) {
            LocalDate start = advance(item, accepted, 1 + random.nextInt(item.promisedDays() - 1), null);
            suspension = new LocalDate[] { start, start.plusDays(3 + random.nextInt(12)) };
            if (!suspension[1].isAfter(today)) {
                events.add(Map.of("type", "SUSPENDED", "on", start.toString()));
                events.add(Map.of("type", "RESUMED", "on", suspension[1].toString()));
            } else {
                suspension = null;
            }
        }
        line.put("events", events);
        boolean late = false;
        LocalDate completed;
        if (item.immediate()) {
            late = random.nextInt(100) < 4;
            completed = late ? advance(item, accepted, 1, null) : accepted;
        } else {
            int limit = item.promisedDays();
            int outcome = random.nextInt(100);
            late = outcome >= 92;
            int used = late ? limit + 1 + random.nextInt(Math.max(1, limit / 2)) : 1 + random.nextInt(limit);
            completed = advance(item, accepted, used, suspension);
            if (suspension != null && !completed.isAfter(suspension[1])) {
                completed = advance(item, suspension[1], 1, null);
            }
            if (outcome >= 97) {
                completed = null; // forgotten: open, and overdue once its limit has passed
            }
        }
        if (completed != null && completed.isAfter(today)) {
            completed = null;
        }
        if (completed != null) {
            line.put("completedOn", completed.toString());
        }
        line.put("ratings", completed == null ? List.of() : ratings(channel, completed, late));
        return line;
    }

    private List<Map<String, Object>> ratings(String caseChannel, LocalDate completed, boolean late) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (random.nextInt(100) >= 75) {
            return out;
        }
        out.add(rating(caseChannel, completed.plusDays("WINDOW".equals(caseChannel) ? 0 : random.nextInt(3)), late));
        if (random.nextInt(100) < 10 && !"ONLINE".equals(caseChannel)) {
            out.add(rating("SMS", completed.plusDays(1 + random.nextInt(2)), late));
        }
        out.removeIf(r -> LocalDate.parse((String) r.get("on")).isAfter(today));
        return out;
    }

    private Map<String, Object> rating(String channel, LocalDate on, boolean late) {
        int draw = random.nextInt(100);
        int level = late ? (draw < 45 ? 5 : draw < 70 ? 4 : draw < 85 ? 3 : draw < 95 ? 2 : 1)
                : (draw < 83 ? 5 : draw < 94 ? 4 : draw < 98 ? 3 : draw < 99 ? 2 : 1);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("level", level);
        r.put("channel", channel);
        r.put("on", on.toString());
        if (level <= 2 && on.plusDays(20).isBefore(today) && random.nextInt(100) < 85) {
            r.put("rectificationClosedOn", on.plusDays(3 + random.nextInt(16)).toString());
        }
        return r;
    }

    private LocalDate workingDayOnOrBefore(LocalDate day) {
        LocalDate d = day;
        while (!calendar.isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** {@code days} counted days after {@code from} (working or calendar days), skipping a suspension's days. */
    private LocalDate advance(Item item, LocalDate from, int days, LocalDate[] suspension) {
        LocalDate d = from;
        for (int left = days; left > 0; ) {
            d = d.plusDays(1);
            boolean paused = suspension != null && d.isAfter(suspension[0]) && !d.isAfter(suspension[1]);
            if (!paused && (item.calendarDays() || calendar.isWorkingDay(d))) {
                left--;
            }
        }
        return d;
    }
}
