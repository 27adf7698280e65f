package org.gongkai.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.gongkai.common.TimeConfiguration;

/** A clock that tests move forward; it starts at the real time so that demo data stays sensible. */
class MutableClock extends Clock {

    private final Instant base = Instant.now(Clock.systemUTC());
    private final long started = System.nanoTime();
    private volatile Duration offset = Duration.ZERO;

    void advance(Duration by) {
        offset = offset.plus(by);
    }

    void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return base.plusNanos(System.nanoTime() - started).plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return TimeConfiguration.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
