package org.gongkai.requests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.calendar.Deadline;
import org.gongkai.calendar.WorkingDayCalendar;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped official holiday data (2019–2027) as a {@link WorkingDayCalendar}, without Spring or a database. */
final class TestCalendar implements WorkingDayCalendar {

    static final TestCalendar INSTANCE = new TestCalendar();

    private final Map<LocalDate, Boolean> official = new HashMap<>();
    private final Map<LocalDate, String> names = new HashMap<>();
    private final Set<Integer> years = new HashSet<>();

    private TestCalendar() {
        JsonMapper json = JsonMapper.builder().build();
        for (int year = 2019; year <= 2027; year++) {
            try (InputStream in = TestCalendar.class.getResourceAsStream("/calendar/holidays/" + year + ".json")) {
                JsonNode root = json.readTree(in.readAllBytes());
                for (JsonNode day : root.get("days")) {
                    LocalDate date = LocalDate.parse(day.get("date").asString());
                    official.put(date, !day.get("isOffDay").asBoolean());
                    names.put(date, day.get("name").asString());
                    years.add(year);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        Boolean working = official.get(date);
        if (working != null) {
            return working;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Override
    public Deadline addWorkingDays(LocalDate from, int n) {
        List<Deadline.Day> skipped = new ArrayList<>();
        List<Deadline.Day> adjusted = new ArrayList<>();
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (isWorkingDay(day)) {
                counted++;
                if (weekend) {
                    adjusted.add(new Deadline.Day(day, names.get(day)));
                }
            } else {
                skipped.add(new Deadline.Day(day, names.getOrDefault(day, "周末")));
            }
        }
        boolean provisional = !hasData(from.getYear()) || !hasData(day.getYear());
        return new Deadline(from, n, day, provisional, skipped, adjusted, List.of());
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public boolean hasData(int year) {
        return years.contains(year);
    }
}
