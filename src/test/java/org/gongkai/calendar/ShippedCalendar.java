package org.gongkai.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The shipped official data (2019–2027) as a {@link WorkingDayCalendar}, without Spring or a database. */
public final class ShippedCalendar implements WorkingDayCalendar {

    public static final ShippedCalendar INSTANCE = new ShippedCalendar();

    private final HolidaySnapshot snapshot;

    private ShippedCalendar() {
        List<OfficialDay> days = new ArrayList<>();
        Set<Integer> years = new HashSet<>();
        for (int year = 2019; year <= 2027; year++) {
            try (InputStream in = ShippedCalendar.class.getResourceAsStream("/calendar/holidays/" + year + ".json")) {
                HolidayFile file = HolidayFile.parse(in.readAllBytes());
                days.addAll(file.days());
                if (!file.days().isEmpty()) {
                    years.add(file.year());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        snapshot = new HolidaySnapshot(days, years);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return snapshot.isWorkingDay(date);
    }

    @Override
    public Deadline addWorkingDays(LocalDate from, int n) {
        return snapshot.addWorkingDays(from, n);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return snapshot.workingDaysBetween(from, to);
    }

    @Override
    public boolean hasData(int year) {
        return snapshot.hasData(year);
    }
}
