package org.gongkai.calendar;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;

/**
 * The one deadline clock of every case-handling module: replays a ledger of dated {@link ClockEntry entries}
 * (start, pause, resume, restart, extend, stop) and counts in {@link ClockUnit working days, calendar days or
 * working hours} over the official calendar, explaining each step in Chinese. Pure: no database, no Spring, no
 * "now" of its own; the same replay serves live cases, imports and tests.
 *
 * <p>Rules: the due moment is the start plus the limit, the extensions and every pause; a pause with a limit
 * counts at most that limit; a restart counts from its own moment and forgets time used and pauses before it
 * (extensions stay); a stop ends the ledger, and a pause still open then is not counted (resume first to count
 * it). A module's own rules (who may pause, how often one may extend) stay in the module; this clock refuses only
 * ledgers that cannot be counted.
 */
public final class LedgerClock {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ClockUnit unit;
    private final TimeCounter counter;

    public LedgerClock(WorkingDayCalendar calendar, ClockUnit unit, OfficeHours hours) {
        this.unit = unit;
        this.counter = TimeCounter.of(unit, calendar, hours == null ? OfficeHours.defaults() : hours);
    }

    public static LedgerClock inWorkingDays(WorkingDayCalendar calendar) {
        return new LedgerClock(calendar, ClockUnit.WORKING_DAYS, null);
    }

    public static LedgerClock inCalendarDays(WorkingDayCalendar calendar) {
        return new LedgerClock(calendar, ClockUnit.CALENDAR_DAYS, null);
    }

    public static LedgerClock inWorkingHours(WorkingDayCalendar calendar, OfficeHours hours) {
        return new LedgerClock(calendar, ClockUnit.WORKING_HOURS, hours);
    }

    public ClockUnit unit() {
        return unit;
    }

    /**
     * Replays the ledger and reads it at {@code at} (an open pause counts up to then).
     *
     * @throws GongkaiException (CONFLICT, field "events") for a ledger that cannot be counted
     */
    public ClockReading read(List<ClockEntry> entries, LocalDateTime at) {
        Ledger ledger = ledger();
        entries.forEach(ledger::apply);
        return ledger.readAt(at);
    }

    /** An empty ledger to apply entries to one by one (a module checks its own rules between entries). */
    public Ledger ledger() {
        return new Ledger();
    }

    /** The moment in words: a date for day clocks, date and minute for working hours. */
    static String moment(LocalDateTime at, ClockUnit unit) {
        return unit == ClockUnit.WORKING_HOURS ? at.format(MINUTES) : at.toLocalDate().toString();
    }

    /** A ledger being replayed. */
    public final class Ledger {

        private LocalDateTime start;
        private long limit;
        private long extended;
        private long excluded;
        private LocalDateTime pausedAt;
        private Long pauseLimit;
        private LocalDateTime last;
        private LocalDateTime stoppedAt;
        private final List<ClockReading.Step> steps = new ArrayList<>();

        /** Applies one entry and returns its explained step. */
        public ClockReading.Step apply(ClockEntry e) {
            String what = e.label() == null || e.label().isBlank() ? kindWords(e.kind()) : e.label();
            if (start == null && e.kind() != ClockEntry.Kind.START) {
                throw refuse("尚未开始计时，不能登记“" + what + "”");
            }
            if (last != null && e.at().isBefore(last)) {
                throw refuse("须按时间先后登记：“" + what + "”的时间 " + moment(e.at(), unit) + " 早于上一事项的时间 "
                        + moment(last, unit));
            }
            if (stoppedAt != null) {
                throw refuse("已于 " + moment(stoppedAt, unit) + " 停止计时，不能再登记“" + what + "”");
            }
            long counted = 0;
            String words = switch (e.kind()) {
                case START -> {
                    if (start != null) {
                        throw refuse("已于 " + moment(start, unit) + " 开始计时，不能再次开始");
                    }
                    start = e.at();
                    limit = e.amount();
                    yield "开始计时，时限 " + e.amount() + " " + unit.words();
                }
                case PAUSE -> {
                    if (pausedAt != null) {
                        throw refuse("自 " + moment(pausedAt, unit) + " 起已暂停计时，不能再次暂停");
                    }
                    pausedAt = e.at();
                    pauseLimit = e.limit();
                    yield "暂停计时" + (e.limit() == null ? "" : "，暂停最多计 " + e.limit() + " " + unit.words());
                }
                case RESUME -> {
                    if (pausedAt == null) {
                        throw refuse("没有暂停，不能恢复计时");
                    }
                    LocalDateTime end = e.inFull() ? e.at() : pauseEnd(e.at());
                    counted = counter.between(pausedAt, end);
                    excluded += counted;
                    String capped = end.isBefore(e.at()) ? "（暂停以 " + pauseLimit + " " + unit.words() + "为限，至 "
                            + moment(end, unit) + "）" : "";
                    pausedAt = null;
                    pauseLimit = null;
                    yield "恢复计时，暂停期间 " + unit.amount(counted) + "不计入时限" + capped;
                }
                case RESTART -> {
                    start = e.at();
                    excluded = 0;
                    pausedAt = null;
                    pauseLimit = null;
                    yield "重新计时，此前已用时间和暂停不再计算" + (extended > 0 ? "，已批准的延长 " + extended + " "
                            + unit.words() + "保留" : "");
                }
                case EXTEND -> {
                    if (e.amount() < 1) {
                        throw refuse("延长的时限须大于 0");
                    }
                    extended += e.amount();
                    counted = e.amount() * unit.ticksPerUnit();
                    yield "延长 " + e.amount() + " " + unit.words();
                }
                case STOP -> {
                    String open = pausedAt == null ? "" : "（暂停中停止，暂停期间不计）";
                    pausedAt = null;
                    pauseLimit = null;
                    stoppedAt = e.at();
                    yield "停止计时" + open;
                }
            };
            last = e.at();
            boolean labelled = e.label() != null && !e.label().isBlank();
            ClockReading.Step step = new ClockReading.Step(e, counted,
                    moment(e.at(), unit) + " " + (labelled ? e.label() + "：" + words : words));
            steps.add(step);
            return step;
        }

        /** Reads the ledger at {@code at}: an open pause counts up to then (within its limit). */
        public ClockReading readAt(LocalDateTime at) {
            if (start == null) {
                return new ClockReading(ClockReading.Status.NOT_STARTED, unit, null, 0, 0, 0, 0, null, steps);
            }
            long paused = pausedAt == null ? 0 : counter.between(pausedAt, pauseEnd(at));
            ClockReading.Status status = stoppedAt != null ? ClockReading.Status.STOPPED
                    : pausedAt != null ? ClockReading.Status.PAUSED : ClockReading.Status.RUNNING;
            long ticks = (limit + extended) * unit.ticksPerUnit() + excluded + paused;
            return new ClockReading(status, unit, start, limit, extended, excluded, paused, counter.due(start, ticks),
                    steps);
        }

        /** Whether a pause is open. */
        public boolean paused() {
            return pausedAt != null;
        }

        /** The last moment an open pause counts until (its limit), or {@code at} when it has none. */
        private LocalDateTime pauseEnd(LocalDateTime at) {
            if (pauseLimit == null) {
                return at;
            }
            LocalDateTime limitEnd = counter.add(pausedAt, pauseLimit * unit.ticksPerUnit());
            return at.isAfter(limitEnd) ? limitEnd : at;
        }
    }

    private static String kindWords(ClockEntry.Kind kind) {
        return switch (kind) {
            case START -> "开始计时";
            case PAUSE -> "暂停计时";
            case RESUME -> "恢复计时";
            case RESTART -> "重新计时";
            case EXTEND -> "延长时限";
            case STOP -> "停止计时";
        };
    }

    static GongkaiException refuse(String message) {
        return new GongkaiException(ErrorCode.CONFLICT, message, "events");
    }
}
