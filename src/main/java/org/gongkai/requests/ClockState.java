package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.gongkai.calendar.Deadline;

/**
 * What a request's clock ledger adds up to on a given day.
 *
 * @param receivedOn         the confirmed receipt date, null until confirmed
 * @param status             where the clock stands
 * @param due                the reply deadline with the calendar's explanation; null while it cannot be known
 *                           (receipt unconfirmed, awaiting a correction)
 * @param excludedDays       WD added for consultations, payment waits and the extension so far
 * @param correctionDeadline the applicant's correction deadline while one is awaited
 * @param paymentDeadline    the applicant's payment deadline while a fee is awaited
 * @param decision           the decision, once made
 * @param decidedOn          the decision date
 * @param deliveredOn        the delivery date
 * @param lines              one explained line per ledger event, in order
 */
public record ClockState(LocalDate receivedOn, Status status, Deadline due, int excludedDays,
        LocalDate correctionDeadline, LocalDate paymentDeadline, DecisionCode decision, LocalDate decidedOn,
        LocalDate deliveredOn, List<Line> lines) {

    /** Where the clock stands. */
    public enum Status {
        AWAITING_RECEIPT("待确认收到"),
        RUNNING("办理中"),
        AWAITING_CORRECTION("等待补正"),
        IN_CONSULTATION("征求意见中"),
        AWAITING_PAYMENT("等待缴费"),
        DECIDED("已答复");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One explained ledger event. */
    public record Line(ClockEventType type, LocalDate date, String explanation) {}

    public LocalDate dueDate() {
        return due == null ? null : due.date();
    }

    public boolean provisional() {
        return due != null && due.provisional();
    }

    public boolean isOpen() {
        return status != Status.DECIDED;
    }

    /** Overdue: still open, the clock running and the due date passed. */
    public boolean overdueOn(LocalDate today) {
        return isOpen() && due != null && today.isAfter(due.date());
    }

    /** The whole clock in one line, e.g. {@code 收到申请 2025-09-26 → … → 答复期限 2025-11-13}. */
    public String summary() {
        String events = lines.stream().map(Line::explanation).collect(Collectors.joining(" → "));
        if (status == Status.DECIDED) {
            return events;
        }
        String tail = switch (status) {
            case AWAITING_RECEIPT -> "待确认收到申请后计算答复期限";
            case AWAITING_CORRECTION -> "等待补正，补正期限 " + correctionDeadline + "，补正到达后重新计算答复期限";
            default -> "答复期限 " + due.date() + (due.provisional() ? "（暂定）" : "");
        };
        return events.isEmpty() ? tail : events + " → " + tail;
    }
}
