package org.gongkai.calendar;

import java.time.LocalDate;

/**
 * The calendar module's published service: working-day arithmetic over the official holiday data. Every
 * statutory or promised time limit in Gongkai is computed here.
 */
public interface WorkingDayCalendar {

    /** Monday–Friday unless an official day off, plus weekend days made working days (调休上班). */
    boolean isWorkingDay(LocalDate date);

    /**
     * The N-th working day strictly after {@code from} ({@code from} itself is never counted; N = 0 gives
     * {@code from}), with its explanation and whether it is provisional.
     *
     * @throws IllegalArgumentException when {@code n} is negative
     */
    Deadline addWorkingDays(LocalDate from, int n);

    /** Working days strictly after {@code from} up to and including {@code to}; 0 when {@code to <= from}. */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /** Whether the official arrangement for this calendar year is known. */
    boolean hasData(int year);
}
