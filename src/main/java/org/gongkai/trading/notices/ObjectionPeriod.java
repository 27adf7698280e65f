package org.gongkai.trading.notices;

import java.time.LocalDate;

/**
 * The objection period of a candidates' publicity (中标候选人公示): the days the officer wrote, both ends included,
 * and the period in effect once published. A publicity published after its written first day starts on its publication
 * day, and lasts at least {@code minDays} calendar days from then (招标投标法实施条例 Art. 54: 不得少于3日), so review
 * delays never shorten the period the public has. Pure: no clock.
 */
public record ObjectionPeriod(LocalDate start, LocalDate end) {

    public ObjectionPeriod {
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("objection period " + start + " – " + end);
        }
    }

    /** The period in effect for a publicity published on {@code publishedOn}. */
    public ObjectionPeriod effective(LocalDate publishedOn, int minDays) {
        LocalDate from = publishedOn != null && publishedOn.isAfter(start) ? publishedOn : start;
        LocalDate shortest = from.plusDays(Math.max(1, minDays) - 1L);
        return new ObjectionPeriod(from, end.isBefore(shortest) ? shortest : end);
    }

    /** Whether objections may still be raised on {@code day}. */
    public boolean openOn(LocalDate day) {
        return !day.isAfter(end);
    }

    /** Whether {@code day} is inside the period. */
    public boolean runningOn(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public long days() {
        return end.toEpochDay() - start.toEpochDay() + 1;
    }
}
