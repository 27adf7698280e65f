package org.gongkai.calendar;

import java.time.LocalDate;

/**
 * One day fixed by a State Council notice: an official day off ({@code offDay}) or a weekend day made a
 * working day (调休上班, {@code offDay == false}).
 *
 * @param name       the holiday it belongs to, e.g. 国庆节
 * @param noticeYear the year of the notice (the 2019 notice also fixes 2018-12-29)
 */
public record OfficialDay(LocalDate date, boolean offDay, String name, int noticeYear) {}
