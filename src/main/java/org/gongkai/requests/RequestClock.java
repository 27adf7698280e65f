package org.gongkai.requests;

import static org.gongkai.requests.ClockEventType.DELIVERED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.calendar.ClockEntry;
import org.gongkai.calendar.ClockReading;
import org.gongkai.calendar.LedgerClock;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;

/**
 * The statutory clock of a disclosure request (《条例》第三十至三十三条, RULES §1 and §1.2): replays a ledger of
 * {@link ClockEvent}s in order, refusing any event the rules forbid with the rule's Chinese text, and adds up
 * the due date. Pure: no database, no Spring; the same replay serves the live path and the historical import.
 *
 * <p>The counting is the calendar's {@link LedgerClock} in working days: receipt starts it, a correction notice
 * pauses it and the correction restarts it, a consultation pauses it for at most {@code consultationMax}, a fee
 * notice pauses it while payment is awaited (when {@code feePausesClock}), an extension extends it and the decision
 * stops it. This class keeps the rules of the 《条例》 (which event may follow which, and when) and their words.
 */
public final class RequestClock {

    private final WorkingDayCalendar calendar;
    private final RequestSettings settings;
    private final LedgerClock ledgerClock;

    public RequestClock(WorkingDayCalendar calendar, RequestSettings settings) {
        this.calendar = calendar;
        this.settings = settings;
        this.ledgerClock = LedgerClock.inWorkingDays(calendar);
    }

    public RequestSettings settings() {
        return settings;
    }

    /**
     * Replays the ledger as of {@code today} (open pauses count up to today).
     *
     * @throws GongkaiException (CONFLICT, field "events") naming the rule that forbids an event
     */
    public ClockState replay(List<ClockEvent> events, LocalDate today) {
        Replay r = new Replay();
        for (int i = 0; i < events.size(); i++) {
            r.apply(events.get(i));
        }
        return r.state(today);
    }

    static GongkaiException refuse(String message) {
        return new GongkaiException(ErrorCode.CONFLICT, message, "events");
    }

    private final class Replay {
        final LedgerClock.Ledger ledger = ledgerClock.ledger();
        LocalDate received;
        LocalDate last;
        boolean correctionRequested;
        LocalDate correctionDeadline;
        boolean awaitingCorrection;
        LocalDate consultationStart;
        boolean extended;
        LocalDate feeNotice;
        LocalDate paymentDeadline;
        boolean awaitingPayment;
        DecisionCode decision;
        LocalDate decidedOn;
        LocalDate deliveredOn;
        final List<ClockState.Line> lines = new ArrayList<>();

        void apply(ClockEvent e) {
            String what = e.type().label();
            if (e.type() != ClockEventType.RECEIVED && received == null) {
                throw refuse("尚未确认收到申请，不能登记“" + what + "”：答复期限自收到申请之日起算（《条例》第三十一条）");
            }
            if (received != null && e.on().isBefore(received)) {
                throw refuse("“" + what + "”的日期 " + e.on() + " 早于收到申请之日 " + received);
            }
            if (last != null && e.on().isBefore(last)) {
                throw refuse("办理事项须按时间先后登记：“" + what + "”的日期 " + e.on() + " 早于上一事项的日期 " + last);
            }
            if (decision != null && e.type() != DELIVERED) {
                throw refuse("申请已于 " + decidedOn + " 作出答复，不能再登记“" + what + "”");
            }
            String line = switch (e.type()) {
                case RECEIVED -> received(e);
                case CORRECTION_REQUESTED -> correctionRequested(e);
                case CORRECTION_RECEIVED -> correctionReceived(e);
                case CONSULTATION_STARTED -> consultationStarted(e);
                case CONSULTATION_ENDED -> consultationEnded(e);
                case EXTENDED -> extended(e);
                case FEE_NOTICE -> feeNotice(e);
                case FEE_PAID -> feePaid(e);
                case DECIDED -> decided(e);
                case DELIVERED -> delivered(e);
            };
            last = e.on();
            lines.add(new ClockState.Line(e.type(), e.on(), line));
        }

        String received(ClockEvent e) {
            if (received != null) {
                throw refuse("该申请已于 " + received + " 确认收到，不能重复确认");
            }
            received = e.on();
            ledger.apply(ClockEntry.start(e.on(), settings.replyWorkingDays(), e.type().label()));
            return "收到申请 " + e.on();
        }

        String correctionRequested(ClockEvent e) {
            if (correctionRequested) {
                throw refuse("补正通知只能发出一次（《条例》第三十条：一次性告知申请人作出补正）");
            }
            int elapsed = calendar.workingDaysBetween(received, e.on());
            if (elapsed > settings.correctionNoticeWithin()) {
                throw refuse("补正通知须在收到申请之日起 " + settings.correctionNoticeWithin()
                        + " 个工作日内发出（《条例》第三十条）；本申请收到于 " + received + "，至 " + e.on() + " 已过 "
                        + elapsed + " 个工作日");
            }
            requireNoPause(e);
            LocalDate deadline = e.deadline() != null ? e.deadline()
                    : calendar.addWorkingDays(e.on(), settings.correctionPeriod()).date();
            if (!deadline.isAfter(e.on())) {
                throw refuse("补正期限 " + deadline + " 须晚于补正通知日期 " + e.on());
            }
            correctionRequested = true;
            awaitingCorrection = true;
            ledger.apply(ClockEntry.pause(e.on(), e.type().label(), null));
            correctionDeadline = deadline;
            return "补正通知 " + e.on() + "，补正期限 " + deadline;
        }

        String correctionReceived(ClockEvent e) {
            if (!awaitingCorrection) {
                throw refuse("没有待补正的通知，不能登记补正到达");
            }
            if (e.on().isAfter(correctionDeadline)) {
                throw refuse("补正期限 " + correctionDeadline + " 已过（补正于 " + e.on()
                        + " 到达）：申请人逾期不补正的，视为放弃申请（《条例》第三十条），按（六）1 处理");
            }
            awaitingCorrection = false;
            ledger.apply(ClockEntry.restart(e.on(), e.type().label())); // the extension stays
            return "补正到达 " + e.on() + "，期限重新计算";
        }

        String consultationStarted(ClockEvent e) {
            requireNoPause(e);
            if (awaitingCorrection) {
                throw refuse("等待申请人补正期间不能征求第三方意见");
            }
            consultationStart = e.on();
            ledger.apply(ClockEntry.pause(e.on(), e.type().label(), (long) settings.consultationMax()));
            return "征求第三方意见 " + e.on() + (e.detail() == null || e.detail().isBlank() ? "" : "（" + e.detail() + "）");
        }

        String consultationEnded(ClockEvent e) {
            if (consultationStart == null) {
                throw refuse("没有进行中的征求意见，不能登记收到意见");
            }
            LocalDate limit = calendar.addWorkingDays(consultationStart, settings.consultationMax()).date();
            long excluded = ledger.apply(ClockEntry.resume(e.on(), e.type().label())).counted();
            consultationStart = null;
            return (e.on().isAfter(limit) ? "征求意见期满 " + limit + "（" + settings.consultationMax() + " 个工作日）"
                    : "收到意见 " + e.on()) + "，暂停 " + excluded + " 个工作日";
        }

        String extended(ClockEvent e) {
            if (extended) {
                throw refuse("答复期限只能延长一次（《条例》第三十三条）");
            }
            if (awaitingCorrection) {
                throw refuse("等待申请人补正期间不能延期：补正到达后答复期限重新计算");
            }
            int days = e.days() == null ? 0 : e.days();
            if (days < 1 || days > settings.maxExtension()) {
                throw new GongkaiException(ErrorCode.VALIDATION_FAILED,
                        "延长的期限须为 1 至 " + settings.maxExtension() + " 个工作日（《条例》第三十三条）", "days");
            }
            // checked only while nothing pauses the clock, so the reading is the due date so far
            LocalDate due = consultationStart != null || awaitingPayment ? null
                    : ledger.readAt(e.on().atStartOfDay()).due().date();
            if (due != null && e.on().isAfter(due)) {
                throw refuse("延期须在答复期限 " + due + " 届满前决定（《条例》第三十三条）");
            }
            extended = true;
            ledger.apply(ClockEntry.extend(e.on(), days, e.type().label()));
            return "延期 " + e.on() + "，延长 " + days + " 个工作日"
                    + (e.detail() == null || e.detail().isBlank() ? "" : "（批准人：" + e.detail() + "）");
        }

        String feeNotice(ClockEvent e) {
            if (feeNotice != null) {
                throw refuse("收费通知只能发出一次");
            }
            requireNoPause(e);
            if (awaitingCorrection) {
                throw refuse("等待申请人补正期间不能发出收费通知");
            }
            feeNotice = e.on();
            awaitingPayment = true;
            paymentDeadline = calendar.addWorkingDays(e.on(), settings.feePaymentPeriod()).date();
            if (settings.feePausesClock()) {
                ledger.apply(ClockEntry.pause(e.on(), e.type().label(), (long) settings.feePaymentPeriod()));
            }
            return "收费通知 " + e.on() + "，缴费期限 " + paymentDeadline
                    + (settings.feePausesClock() ? "，等待缴费期间不计入答复期限" : "");
        }

        String feePaid(ClockEvent e) {
            if (!awaitingPayment) {
                throw refuse("没有待缴的费用，不能登记缴费");
            }
            if (e.on().isAfter(paymentDeadline)) {
                throw refuse("缴费期限 " + paymentDeadline + " 已过（缴费于 " + e.on()
                        + "）：申请人逾期未缴费的，视为放弃申请（国办函〔2020〕109号），按（六）2 处理");
            }
            awaitingPayment = false;
            if (settings.feePausesClock()) {
                // paid by the payment deadline, so the pause's limit never cuts it
                long paused = ledger.apply(ClockEntry.resume(e.on(), e.type().label())).counted();
                return "缴纳费用 " + e.on() + "，暂停 " + paused + " 个工作日";
            }
            return "缴纳费用 " + e.on();
        }

        String decided(ClockEvent e) {
            DecisionCode code = e.code();
            if (code == null) {
                throw new GongkaiException(ErrorCode.VALIDATION_FAILED, "请选择办理结果", "decisionCode");
            }
            if (code == DecisionCode.OTHER_NO_CORRECTION) {
                if (!awaitingCorrection || !e.on().isAfter(correctionDeadline)) {
                    throw refuse("只有补正期限届满仍未补正的申请才能按（六）1 处理"
                            + (awaitingCorrection ? "：补正期限为 " + correctionDeadline : ""));
                }
            } else if (code == DecisionCode.OTHER_FEE_UNPAID) {
                if (!awaitingPayment || !e.on().isAfter(paymentDeadline)) {
                    throw refuse("只有缴费期限届满仍未缴费的申请才能按（六）2 处理"
                            + (awaitingPayment ? "：缴费期限为 " + paymentDeadline : ""));
                }
            } else if (code != DecisionCode.OTHER) {
                if (awaitingCorrection) {
                    throw refuse("等待申请人补正（期限 " + correctionDeadline + "）期间不能作出答复");
                }
                if (awaitingPayment) {
                    throw refuse("等待申请人缴费（期限 " + paymentDeadline + "）期间不能作出答复");
                }
                if (consultationStart != null) {
                    throw refuse("征求第三方意见尚未结束，请先登记收到意见");
                }
            }
            if (consultationStart != null) {
                // a withdrawal during a consultation excludes the whole consultation (as before #9: not capped)
                ledger.apply(ClockEntry.resume(e.on(), ClockEventType.CONSULTATION_ENDED.label()).countingInFull());
                consultationStart = null;
            }
            ledger.apply(ClockEntry.stop(e.on(), e.type().label())); // an awaited correction or payment is not counted
            decision = code;
            decidedOn = e.on();
            return "作出答复 " + e.on() + "：" + code.label();
        }

        String delivered(ClockEvent e) {
            if (decision == null) {
                throw refuse("尚未作出答复，不能登记送达");
            }
            if (deliveredOn != null) {
                throw refuse("答复已于 " + deliveredOn + " 送达");
            }
            deliveredOn = e.on();
            return "送达 " + e.on() + (e.detail() == null || e.detail().isBlank() ? "" : "（" + e.detail() + "）");
        }

        void requireNoPause(ClockEvent e) {
            if (consultationStart != null) {
                throw refuse("征求第三方意见期间不能登记“" + e.type().label() + "”，请先登记收到意见");
            }
            if (awaitingPayment) {
                throw refuse("等待缴费期间不能登记“" + e.type().label() + "”");
            }
        }

        ClockState state(LocalDate today) {
            if (received == null) {
                return new ClockState(null, ClockState.Status.AWAITING_RECEIPT, null, 0, null, null, null, null, null,
                        List.copyOf(lines));
            }
            ClockReading reading = ledger.readAt(today.atStartOfDay());
            ClockState.Status status = ClockState.Status.RUNNING;
            if (decision != null) {
                status = ClockState.Status.DECIDED;
            } else if (awaitingCorrection) {
                status = ClockState.Status.AWAITING_CORRECTION;
            } else if (consultationStart != null) {
                status = ClockState.Status.IN_CONSULTATION;
            } else if (awaitingPayment) {
                status = ClockState.Status.AWAITING_PAYMENT;
            }
            // while a correction is awaited the clock will restart: its pause adds nothing and there is no due date
            boolean restarting = status == ClockState.Status.AWAITING_CORRECTION;
            int running = Math.toIntExact(reading.addedTicks() - (restarting ? reading.pausedFor() : 0));
            return new ClockState(received, status, restarting ? null : reading.due().workingDays(), running,
                    awaitingCorrection ? correctionDeadline : null, awaitingPayment ? paymentDeadline : null,
                    decision, decidedOn, deliveredOn, List.copyOf(lines));
        }
    }
}
