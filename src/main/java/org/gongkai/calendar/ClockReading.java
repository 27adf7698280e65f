package org.gongkai.calendar;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a {@link LedgerClock} ledger adds up to at a given moment.
 *
 * @param status    where the clock stands
 * @param unit      what it counts in
 * @param start     the moment counting (re)started; null before START
 * @param limit     the time limit in units, before extensions
 * @param extended  units added by extensions
 * @param excluded  ticks of closed pauses since the last (re)start (days, or minutes for working hours)
 * @param pausedFor ticks of the open pause up to the moment of reading (within its limit); 0 when not paused
 * @param due       when the clock runs out, assuming an open pause ends at the moment of reading; null before START
 * @param steps     one explained step per ledger entry, in order
 */
public record ClockReading(Status status, ClockUnit unit, LocalDateTime start, long limit, long extended,
        long excluded, long pausedFor, ClockDue due, List<Step> steps) {

    /** Where the clock stands. */
    public enum Status {
        NOT_STARTED("未开始计时"),
        RUNNING("计时中"),
        PAUSED("暂停计时"),
        STOPPED("已停止计时");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One explained entry.
     *
     * @param entry   the entry
     * @param counted ticks this entry added (RESUME: the pause counted; EXTEND: the extension), else 0
     * @param words   the step in Chinese, e.g. {@code 2025-10-20 收到第三方意见：恢复计时，暂停期间 5 个工作日不计入时限}
     */
    public record Step(ClockEntry entry, long counted, String words) {}

    public ClockReading {
        steps = List.copyOf(steps);
    }

    /** Ticks added to the limit so far: extensions, closed pauses and the open pause. */
    public long addedTicks() {
        return extended * unit.ticksPerUnit() + excluded + pausedFor;
    }

    /** Overdue at {@code now}: still counting (running or paused) and past the due moment. */
    public boolean overdueAt(LocalDateTime now) {
        return status != Status.STOPPED && due != null && due.overdueAt(now);
    }

    /** The whole ledger in one line, e.g. {@code 2025-09-26 收到申请：开始计时，时限 20 个工作日 → … → 期限 2025-10-30}. */
    public String explanation() {
        String lines = steps.stream().map(Step::words).collect(Collectors.joining(" → "));
        String tail = due == null ? status.label() : "期限 " + due.words() + (due.provisional() ? "（暂定）" : "");
        return lines.isEmpty() ? tail : lines + " → " + tail;
    }
}
