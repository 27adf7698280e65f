package org.gongkai;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.gongkai.common.TimeConfiguration;

/**
 * The one clock of every integration and browser test (issue #9): it starts at {@link #START}, a Monday
 * in June 2026 with official calendar data on both sides, whatever day the tests run, and then moves with
 * real elapsed time so that ordering, sessions and single-use TOTP steps behave as in production.
 * A test that needs another moment moves it explicitly ({@link #advance}, {@link #setTo}); it is put back to
 * {@link #START} after every test method by {@link TestClockReset}.
 */
public final class TestClock extends Clock {

    /** 2026-06-15 10:00 in Asia/Shanghai: a working day, mid-year, calendar data for 2025–2027 around it. */
    public static final ZonedDateTime START = ZonedDateTime.of(2026, 6, 15, 10, 0, 0, 0, TimeConfiguration.ZONE);

    private final long startedNanos = System.nanoTime();
    private volatile Instant base = START.toInstant();
    private volatile long baseNanos = startedNanos;

    /** Moves the clock forward (or back, with a negative duration). */
    public void advance(Duration by) {
        base = instant().plus(by);
        baseNanos = System.nanoTime();
    }

    /** Puts the clock at the given moment; it keeps running from there. */
    public void setTo(Instant moment) {
        base = moment;
        baseNanos = System.nanoTime();
    }

    /** Puts the clock at the given local date-time in Asia/Shanghai. */
    public void setTo(LocalDateTime moment) {
        setTo(moment.atZone(TimeConfiguration.ZONE).toInstant());
    }

    /** Back to {@link #START}. */
    public void reset() {
        setTo(START.toInstant());
    }

    @Override
    public Instant instant() {
        return base.plusNanos(System.nanoTime() - baseNanos);
    }

    @Override
    public ZoneId getZone() {
        return TimeConfiguration.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
