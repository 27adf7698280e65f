package org.gongkai.hotline;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What happened to a ticket, past tense, for other modules ({@code @ApplicationModuleListener}); ticket numbers and
 * unit ids only, never the caller's data.
 */
@org.springframework.modulith.NamedInterface("events")
public final class HotlineEvents {

    private HotlineEvents() {}

    public record TicketReceived(String ticketNumber, String category, String channel, Instant receivedAt,
            LocalDate dueDate) {}

    public record TicketDispatched(String ticketNumber, long unitId, Instant at) {}

    /** A co-unit named in a joint dispatch; {@code leadUnitId} the unit that replies. */
    public record TicketCoDispatched(String ticketNumber, long unitId, long leadUnitId, Instant at) {}

    /** The sweeper's reminder: the answer limit runs out in {@code workingDaysLeft} working days. */
    public record TicketDueSoon(String ticketNumber, Long unitId, LocalDate dueOn, int workingDaysLeft) {}

    /** The sweeper's overdue mark, once per due date. */
    public record TicketOverdue(String ticketNumber, Long unitId, LocalDate dueOn) {}

    /**
     * The sweeper's reminder that a dispatch was not accepted (签收) nor returned within its accept limit
     * ({@code acceptDueAt}); once per dispatch, for the unit it went to and the centre.
     */
    public record TicketAcceptLate(String ticketNumber, long unitId, Instant acceptDueAt) {}

    public record TicketReturned(String ticketNumber, long unitId, Instant at) {}

    public record TicketUrged(String ticketNumber, Long unitId, int count, Instant at) {}

    public record TicketReplied(String ticketNumber, Long unitId, Instant at) {}

    public record TicketClosed(String ticketNumber, Long unitId, Instant at, boolean onTime) {}

    public record TicketCalledBack(String ticketNumber, Long unitId, int satisfaction, boolean solved, Instant at) {}

    public record TicketReopened(String ticketNumber, Instant at) {}
}
