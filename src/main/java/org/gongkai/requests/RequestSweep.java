package org.gongkai.requests;

import java.time.LocalDate;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.requests.RequestCommands.DecideRequest;
import org.gongkai.requests.RequestService.SweepResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hourly sweep over open requests, one transaction PER REQUEST (a request whose ledger cannot be read is
 * logged and skipped; the others still get their reminders): ends requests whose correction or payment deadline
 * passed (as the system, through {@code DecideRequest}), refreshes due dates that pauses move, and records
 * reminders at the configured working days before the due date and the overdue flag (each once).
 */
@Component
class RequestSweep {

    private static final Logger log = LoggerFactory.getLogger(RequestSweep.class);

    private enum Outcome { NOTHING, REMINDED, OVERDUE, ENDED }

    private final RequestActions actions;
    private final WorkingDayCalendar calendar;
    private final ApplicationEventPublisher events;
    private final CommandDispatcher commands;
    private final TransactionTemplate perRequest;

    RequestSweep(RequestActions actions, WorkingDayCalendar calendar, ApplicationEventPublisher events,
            CommandDispatcher commands, PlatformTransactionManager transactions) {
        this.actions = actions;
        this.calendar = calendar;
        this.events = events;
        this.commands = commands;
        this.perRequest = new TransactionTemplate(transactions);
        this.perRequest.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    SweepResult sweep(LocalDate today) {
        int reminders = 0;
        int overdue = 0;
        int ended = 0;
        int failed = 0;
        for (QueueRow row : actions.repository.open()) {
            Outcome outcome;
            try {
                outcome = perRequest.execute(status -> sweepOne(row, today));
            } catch (RuntimeException e) {
                failed++;
                log.error("request sweep: skipped {} ({})", row.trackingNumber(), e.toString());
                continue;
            }
            switch (outcome) {
                case REMINDED -> reminders++;
                case OVERDUE -> overdue++;
                case ENDED -> ended++;
                default -> { }
            }
        }
        return new SweepResult(reminders, overdue, ended, failed);
    }

    private Outcome sweepOne(QueueRow row, LocalDate today) {
        DisclosureRequest request = actions.repository.findById(row.id()).orElseThrow();
        ClockState state = request.clock(actions.clock, today);
        if (state.status() == ClockState.Status.AWAITING_CORRECTION && today.isAfter(state.correctionDeadline())) {
            commands.dispatchAsSystem(new DecideRequest(request.trackingNumber(), today,
                    DecisionCode.OTHER_NO_CORRECTION,
                    "申请人无正当理由逾期不补正（补正期限 " + state.correctionDeadline() + "），视为放弃申请"));
            return Outcome.ENDED;
        }
        if (state.status() == ClockState.Status.AWAITING_PAYMENT && today.isAfter(state.paymentDeadline())) {
            commands.dispatchAsSystem(new DecideRequest(request.trackingNumber(), today, DecisionCode.OTHER_FEE_UNPAID,
                    "申请人逾期未缴纳信息处理费（缴费期限 " + state.paymentDeadline() + "），视为放弃申请"));
            return Outcome.ENDED;
        }
        if (state.dueDate() == null) {
            return Outcome.NOTHING;
        }
        if (!state.dueDate().equals(row.dueOn())) {
            actions.repository.update(request, state.dueDate(), state, "system", actions.time.instant());
        }
        int left = calendar.workingDaysBetween(today, state.dueDate());
        if (state.overdueOn(today)) {
            if (actions.repository.insertReminder(request.id(), "OVERDUE", state.dueDate(),
                    "已超过答复期限 " + state.dueDate(), actions.time.instant())) {
                events.publishEvent(new RequestEvents.RequestOverdue(request.trackingNumber(), request.unitId(),
                        request.assigneeId(), state.dueDate()));
                return Outcome.OVERDUE;
            }
        } else if (actions.settings().reminderDays().contains(left) && calendar.isWorkingDay(today)) {
            if (actions.repository.insertReminder(request.id(), "DUE_IN_" + left, state.dueDate(),
                    "距答复期限 " + state.dueDate() + " 还有 " + left + " 个工作日", actions.time.instant())) {
                events.publishEvent(new RequestEvents.DeadlineApproaching(request.trackingNumber(),
                        request.unitId(), request.assigneeId(), state.dueDate(), left));
                return Outcome.REMINDED;
            }
        }
        return Outcome.NOTHING;
    }
}
