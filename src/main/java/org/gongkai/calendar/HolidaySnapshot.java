package org.gongkai.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable in-memory copy of the official days, for fast arithmetic. The counting rules live here:
 * a working day is Monday–Friday unless an official day off, plus weekend days made working days; the
 * day a period starts from is never counted.
 */
final class HolidaySnapshot {

    private final Map<LocalDate, OfficialDay> days;
    private final Set<Integer> yearsWithData;

    HolidaySnapshot(Collection<OfficialDay> days, Set<Integer> yearsWithData) {
        Map<LocalDate, OfficialDay> byDate = new HashMap<>();
        for (OfficialDay day : days) {
            byDate.put(day.date(), day);
        }
        this.days = Map.copyOf(byDate);
        this.yearsWithData = Set.copyOf(yearsWithData);
    }

    static HolidaySnapshot empty() {
        return new HolidaySnapshot(List.of(), Set.of());
    }

    boolean hasData(int year) {
        return yearsWithData.contains(year);
    }

    boolean isWorkingDay(LocalDate date) {
        OfficialDay official = days.get(date);
        if (official != null) {
            return !official.offDay();
        }
        return !isWeekend(date);
    }

    /** The N-th working day strictly after {@code from}, with its explanation. */
    Deadline addWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + n);
        }
        List<Deadline.Day> skipped = new ArrayList<>();
        List<Deadline.Day> adjusted = new ArrayList<>();
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            OfficialDay official = days.get(day);
            if (isWorkingDay(day)) {
                counted++;
                if (isWeekend(day)) {
                    adjusted.add(new Deadline.Day(day, official == null ? "调休上班" : official.name()));
                }
            } else {
                skipped.add(new Deadline.Day(day, official != null ? official.name() : Deadline.WEEKEND));
            }
        }
        List<Integer> missing = new ArrayList<>();
        for (int year = from.getYear(); year <= day.getYear(); year++) {
            if (!hasData(year)) {
                missing.add(year);
            }
        }
        return new Deadline(from, n, day, !missing.isEmpty(), skipped, adjusted, missing);
    }

    /** Working days strictly after {@code from} up to and including {@code to}; 0 when {@code to <= from}. */
    int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
