package org.gongkai.calendar;

import java.time.Instant;

/**
 * What is known about one year.
 *
 * @param hasData  whether the official arrangement is known; deadlines through a year without it are provisional
 * @param source   where the data came from (shipped holiday-cn file, an administrator's import)
 * @param dayCount official days recorded for the year's notice
 */
public record CalendarYear(int year, boolean hasData, String source, Instant updatedAt, int dayCount) {

    public boolean provisional() {
        return !hasData;
    }
}
