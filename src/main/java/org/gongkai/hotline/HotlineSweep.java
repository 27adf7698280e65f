package org.gongkai.hotline;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.gongkai.calendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hourly sweep over open tickets, once across the cluster (ShedLock {@code hotline-sweep}) and one transaction PER
 * TICKET (a ticket whose ledger cannot be read is logged and skipped; the others still get theirs), as
 * {@code requests/RequestSweep} and {@code services/cases/CaseSweep}: it refreshes a cached due date that the calendar
 * moved, records the reminder (临期提醒) on the working day when {@link #REMIND_WORKING_DAYS} or fewer working days are
 * left, and the overdue mark (超期) the day after the due date, each once per ticket and due date
 * ({@code hotline_reminder}), and publishes {@link HotlineEvents.TicketDueSoon} and {@link HotlineEvents.TicketOverdue}
 * for the unit holding the ticket (or the centre, for one it has not dispatched). It also reminds, once per dispatch,
 * a unit that has neither accepted (签收) nor returned a dispatch within its accept limit (working hours, decision 020):
 * {@link HotlineEvents.TicketAcceptLate}, told to the unit and to the centre, which may urge it.
 */
@Component
class HotlineSweep {

    private static final Logger log = LoggerFactory.getLogger(HotlineSweep.class);

    /** The reminder comes when this many working days or fewer are left (the light turns yellow). */
    static final int REMIND_WORKING_DAYS = 1;

    /** What one sweep did. */
    record Result(int reminded, int overdue, int refreshed, int failed) {}

    private enum Outcome { NOTHING, REFRESHED, REMINDED, OVERDUE }

    private final TicketRepository tickets;
    private final TicketActions actions;
    private final WorkingDayCalendar calendar;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate perTicket;
    private final Clock clock;

    HotlineSweep(TicketRepository tickets, TicketActions actions, WorkingDayCalendar calendar,
            ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.tickets = tickets;
        this.actions = actions;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
        this.perTicket = new TransactionTemplate(transactions);
        this.perTicket.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Scheduled(cron = "${gongkai.hotline.sweep-cron:0 23 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "hotline-sweep", lockAtMostFor = "PT30M")
    void scheduled() {
        Result r = sweep(LocalDate.now(clock.withZone(org.gongkai.common.TimeConfiguration.ZONE)));
        int late = remindLateAccepts(clock.instant());
        if (r.reminded() + r.overdue() + r.failed() + late > 0) {
            log.info("hotline sweep: {} reminded, {} overdue, {} due dates refreshed, {} skipped, {} late acceptances",
                    r.reminded(), r.overdue(), r.refreshed(), r.failed(), late);
        }
    }

    /**
     * Reminds each dispatch whose accept limit passed before {@code now} without 签收 or 退单, once (one transaction
     * per dispatch); returns how many were reminded.
     */
    int remindLateAccepts(java.time.Instant now) {
        int reminded = 0;
        for (TicketRepository.LateAccept late : tickets.lateAccepts(now)) {
            try {
                Boolean sent = perTicket.execute(status -> {
                    if (!tickets.markAcceptReminded(late.dispatchId(), now)) {
                        return false;
                    }
                    events.publishEvent(new HotlineEvents.TicketAcceptLate(late.ticketNumber(), late.unitId(),
                            late.acceptDueAt()));
                    return true;
                });
                reminded += Boolean.TRUE.equals(sent) ? 1 : 0;
            } catch (RuntimeException e) {
                log.error("hotline sweep: late acceptance of {} skipped ({})", late.ticketNumber(), e.toString());
            }
        }
        return reminded;
    }

    Result sweep(LocalDate today) {
        int reminded = 0;
        int overdue = 0;
        int refreshed = 0;
        int failed = 0;
        for (String number : tickets.openNumbers()) {
            Outcome outcome;
            try {
                outcome = perTicket.execute(status -> sweepOne(number, today));
            } catch (RuntimeException e) {
                failed++;
                log.error("hotline sweep: skipped {} ({})", number, e.toString());
                continue;
            }
            switch (outcome == null ? Outcome.NOTHING : outcome) {
                case REMINDED -> reminded++;
                case OVERDUE -> overdue++;
                case REFRESHED -> refreshed++;
                default -> { }
            }
        }
        return new Result(reminded, overdue, refreshed, failed);
    }

    private Outcome sweepOne(String number, LocalDate today) {
        Ticket t = tickets.find(number).orElseThrow();
        if (!t.status().open()) {
            return Outcome.NOTHING;
        }
        LocalDate cached = t.dueOn();
        actions.recount(t);
        LocalDate due = t.dueOn();
        Outcome outcome = Outcome.NOTHING;
        if (!due.equals(cached)) {
            tickets.updateDue(t.id(), due);
            outcome = Outcome.REFRESHED;
        }
        if (today.isAfter(due)) {
            if (tickets.remind(t.id(), "OVERDUE", due, t.unitId(), actions.now())) {
                events.publishEvent(new HotlineEvents.TicketOverdue(t.number(), t.unitId(), due));
                return Outcome.OVERDUE;
            }
        } else if (calendar.isWorkingDay(today)) {
            int left = calendar.workingDaysBetween(today, due);
            if (left <= REMIND_WORKING_DAYS && tickets.remind(t.id(), "DUE_SOON", due, t.unitId(), actions.now())) {
                events.publishEvent(new HotlineEvents.TicketDueSoon(t.number(), t.unitId(), due, left));
                return Outcome.REMINDED;
            }
        }
        return outcome;
    }
}
