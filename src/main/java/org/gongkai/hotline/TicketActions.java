package org.gongkai.hotline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import org.gongkai.calendar.ClockReading;
import org.gongkai.calendar.OfficeHoursSettings;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.TimeConfiguration;
import org.gongkai.commands.CommandContext;
import org.springframework.stereotype.Component;

/**
 * The one path of every ticket action: load (404 outside the actor's scope), authorise, apply the aggregate's
 * transition, recount the due date on {@link HotlineClock}, save with the accept limits of new dispatches, publish.
 */
@Component
class TicketActions {

    private final TicketRepository tickets;
    private final HotlineScope scope;
    private final HotlineClock hotlineClock;
    private final OfficeHoursSettings officeHours;
    private final Clock clock;

    TicketActions(TicketRepository tickets, HotlineScope scope, WorkingDayCalendar calendar, HotlineSettings settings,
            OfficeHoursSettings officeHours, Clock clock) {
        this.tickets = tickets;
        this.scope = scope;
        this.hotlineClock = new HotlineClock(calendar, settings);
        this.officeHours = officeHours;
        this.clock = clock;
    }

    HotlineClock clock() {
        return hotlineClock;
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return Ticket.day(now());
    }

    /** The ticket as the actor may see it, else 404 (audited as out of scope when it exists). */
    Ticket visible(Actor actor, String number) {
        Ticket t = tickets.find(number == null ? "" : number.trim()).orElseThrow(GongkaiException::notFound);
        if (!scope.sees(actor, t, tickets)) {
            throw GongkaiException.outOfScope("HotlineTicket", number);
        }
        return t;
    }

    /** Loads the ticket, applies {@code change} (which checks the lifecycle and who may act), recounts and saves. */
    Ticket apply(CommandContext context, String number, BiConsumer<Ticket, String> change) {
        Actor actor = context.requireActor();
        Ticket t = visible(actor, number);
        change.accept(t, actor.username());
        recount(t);
        tickets.save(t, (unit, at) -> acceptDue(unit, at, t.intake().urgency()));
        return t;
    }

    /** Sets the cached due date from the ledger (and the due date at closing, which the KPIs compare with). */
    void recount(Ticket t) {
        if (t.status() == TicketStatus.MERGED) {
            return;
        }
        ClockReading reading = reading(t, today());
        LocalDate due = reading.due().date();
        t.dueOn(due);
    }

    ClockReading reading(Ticket t, LocalDate today) {
        Ticket.Intake in = t.intake();
        LocalDate closedOn = t.closedAt() == null ? null : Ticket.day(t.closedAt());
        return hotlineClock.answer(in.category(), in.urgency(), t.cycleStartedOn(), t.reopenCount() > 0,
                t.extensions(), closedOn, today.isBefore(t.cycleStartedOn()) ? t.cycleStartedOn() : today);
    }

    /** The due date a ticket would have if closed now (what {@code close} stores for the KPIs). */
    LocalDate dueNow(Ticket t) {
        return hotlineClock.answer(t.intake().category(), t.intake().urgency(), t.cycleStartedOn(),
                t.reopenCount() > 0, t.extensions(), null, t.cycleStartedOn()).due().date();
    }

    Instant acceptDue(long unitId, Instant dispatchedAt, Urgency urgency) {
        String creditCode = scope.view(unitId).map(u -> u.creditCode()).orElse(null);
        return hotlineClock.acceptDue(dispatchedAt.atZone(TimeConfiguration.ZONE).toLocalDateTime(), urgency,
                officeHours.forUnit(creditCode)).atZone(TimeConfiguration.ZONE).toInstant();
    }
}
