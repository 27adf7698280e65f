package org.gongkai.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One dated entry of a {@link LedgerClock} ledger. Day-counted clocks use the date only; clocks counted in
 * working hours use the time too.
 *
 * @param kind   what happens to the clock
 * @param at     when
 * @param amount START: the time limit; EXTEND: the extension; in units of the clock (0 otherwise)
 * @param limit  PAUSE: the longest the pause may count, in units of the clock; null = unlimited
 * @param label  what happened, in the words the citizen or officer sees (e.g. 征求第三方意见); may be null
 * @param inFull RESUME: count the whole pause even beyond its limit
 */
public record ClockEntry(Kind kind, LocalDateTime at, long amount, Long limit, String label, boolean inFull) {

    /** What an entry does to the clock. */
    public enum Kind {
        /** The clock starts with its time limit. */
        START,
        /** The clock stops counting (consultation, awaiting payment, 挂起); time until RESUME is added to the limit. */
        PAUSE,
        /** The clock counts again. */
        RESUME,
        /** The clock starts again from this moment (补正到达): time used and pauses so far drop; extensions stay. */
        RESTART,
        /** The limit grows by the amount (延期). */
        EXTEND,
        /** The clock stops for good (办结, 答复): nothing may follow. */
        STOP
    }

    public ClockEntry {
        if (kind == null || at == null) {
            throw new IllegalArgumentException("kind and time are required");
        }
        if (amount < 0 || (limit != null && limit < 0)) {
            throw new IllegalArgumentException("amounts must not be negative");
        }
    }

    public static ClockEntry start(LocalDateTime at, long limit, String label) {
        return new ClockEntry(Kind.START, at, limit, null, label, false);
    }

    public static ClockEntry start(LocalDate on, long limit, String label) {
        return start(on.atStartOfDay(), limit, label);
    }

    public static ClockEntry pause(LocalDateTime at, String label, Long limit) {
        return new ClockEntry(Kind.PAUSE, at, 0, limit, label, false);
    }

    public static ClockEntry pause(LocalDate on, String label, Long limit) {
        return pause(on.atStartOfDay(), label, limit);
    }

    public static ClockEntry resume(LocalDateTime at, String label) {
        return new ClockEntry(Kind.RESUME, at, 0, null, label, false);
    }

    public static ClockEntry resume(LocalDate on, String label) {
        return resume(on.atStartOfDay(), label);
    }

    /** A resume that counts the whole pause, ignoring the pause's limit. */
    public ClockEntry countingInFull() {
        return new ClockEntry(kind, at, amount, limit, label, true);
    }

    public static ClockEntry restart(LocalDateTime at, String label) {
        return new ClockEntry(Kind.RESTART, at, 0, null, label, false);
    }

    public static ClockEntry restart(LocalDate on, String label) {
        return restart(on.atStartOfDay(), label);
    }

    public static ClockEntry extend(LocalDateTime at, long amount, String label) {
        return new ClockEntry(Kind.EXTEND, at, amount, null, label, false);
    }

    public static ClockEntry extend(LocalDate on, long amount, String label) {
        return extend(on.atStartOfDay(), amount, label);
    }

    public static ClockEntry stop(LocalDateTime at, String label) {
        return new ClockEntry(Kind.STOP, at, 0, null, label, false);
    }

    public static ClockEntry stop(LocalDate on, String label) {
        return stop(on.atStartOfDay(), label);
    }
}
