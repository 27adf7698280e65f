package org.gongkai.calendar;

/**
 * What a {@link LedgerClock} counts in. Working days and working hours follow the official calendar (weekends and
 * holidays off, 调休 weekend days on); working hours also follow the unit's {@link OfficeHours}.
 */
public enum ClockUnit {
    /** 工作日: the start day is never counted (《条例》 and most statutory periods). */
    WORKING_DAYS("个工作日"),
    /** 自然日: every day counts; the start day is never counted. */
    CALENDAR_DAYS("个自然日"),
    /** 工作小时: only office time on working days counts, from the moment of the start. */
    WORKING_HOURS("个工作小时");

    private final String words;

    ClockUnit(String words) {
        this.words = words;
    }

    /** The Chinese unit after a number, e.g. {@code 20 个工作日}. */
    public String words() {
        return words;
    }

    /** How many counting ticks one unit is: days count in days, working hours in minutes. */
    long ticksPerUnit() {
        return this == WORKING_HOURS ? 60 : 1;
    }

    /** An amount of ticks in words, e.g. {@code 5 个工作日}, {@code 2.5 个工作小时}. */
    String amount(long ticks) {
        if (this != WORKING_HOURS || ticks % 60 == 0) {
            return ticks / ticksPerUnit() + " " + words;
        }
        return ticks / 60 + " 小时 " + ticks % 60 + " 分钟（工作时间）";
    }
}
