package org.gongkai.hotline;

import static org.gongkai.hotline.TicketAction.ACCEPT;
import static org.gongkai.hotline.TicketAction.ARBITRATE;
import static org.gongkai.hotline.TicketAction.CALLBACK;
import static org.gongkai.hotline.TicketAction.CLOSE;
import static org.gongkai.hotline.TicketAction.CONTRIBUTE;
import static org.gongkai.hotline.TicketAction.DISPATCH;
import static org.gongkai.hotline.TicketAction.EXTEND;
import static org.gongkai.hotline.TicketAction.MERGE;
import static org.gongkai.hotline.TicketAction.REOPEN;
import static org.gongkai.hotline.TicketAction.REPLY;
import static org.gongkai.hotline.TicketAction.REQUEST_EXTENSION;
import static org.gongkai.hotline.TicketAction.RETURN;
import static org.gongkai.hotline.TicketAction.URGE;
import static org.gongkai.hotline.TicketStatus.ACCEPTED;
import static org.gongkai.hotline.TicketStatus.CALLED_BACK;
import static org.gongkai.hotline.TicketStatus.CLOSED;
import static org.gongkai.hotline.TicketStatus.DISPATCHED;
import static org.gongkai.hotline.TicketStatus.MERGED;
import static org.gongkai.hotline.TicketStatus.RECEIVED;
import static org.gongkai.hotline.TicketStatus.REPLIED;
import static org.gongkai.hotline.TicketStatus.RETURNED;

import java.util.Set;
import org.gongkai.common.lifecycle.Lifecycle;

/**
 * THE transition table of a ticket. The centre dispatches a received ticket (or, for a consultation, replies
 * itself: RECEIVED × REPLY, checked by the handler); the unit accepts or returns it; the centre arbitrates a return
 * by redispatching (to the same or another unit); the unit asks for an extension, which only the centre grants; the
 * centre urges a unit that holds the ticket; the unit replies, the centre closes and calls back; an unsatisfied
 * citizen's ticket may be reopened (how often is a setting, checked by the handler) and goes back to the centre.
 * A duplicate still waiting for a unit is merged into another ticket. In joint handling the co-units give their
 * parts (CONTRIBUTE) while the lead unit holds the ticket; the lead unit replies once every part is in.
 */
public final class HotlineLifecycle {

    public static final Lifecycle<TicketStatus, TicketAction> TABLE = Lifecycle.of(TicketStatus.class,
            TicketAction.class)
            .edge(RECEIVED, DISPATCH, DISPATCHED)
            .edge(RECEIVED, REPLY, REPLIED)
            .edge(DISPATCHED, ACCEPT, ACCEPTED)
            .edge(DISPATCHED, RETURN, RETURNED)
            .edge(RETURNED, ARBITRATE, DISPATCHED)
            .edge(DISPATCHED, CONTRIBUTE, DISPATCHED)
            .edge(ACCEPTED, CONTRIBUTE, ACCEPTED)
            .edge(ACCEPTED, REQUEST_EXTENSION, ACCEPTED)
            .edge(ACCEPTED, EXTEND, ACCEPTED)
            .edge(DISPATCHED, URGE, DISPATCHED)
            .edge(ACCEPTED, URGE, ACCEPTED)
            .edge(ACCEPTED, REPLY, REPLIED)
            .edge(REPLIED, CLOSE, CLOSED)
            .edge(CLOSED, CALLBACK, CALLED_BACK)
            .edge(CALLED_BACK, REOPEN, RECEIVED)
            .edges(Set.of(RECEIVED, DISPATCHED, RETURNED), MERGE, MERGED)
            .build();

    /** The action a viewer would take next in a status (the primary button of the ticket page). */
    public static TicketAction next(TicketStatus status) {
        return switch (status) {
            case RECEIVED -> DISPATCH;
            case DISPATCHED -> ACCEPT;
            case RETURNED -> ARBITRATE;
            case ACCEPTED -> REPLY;
            case REPLIED -> CLOSE;
            case CLOSED -> CALLBACK;
            case CALLED_BACK, MERGED -> null;
        };
    }

    private HotlineLifecycle() {}
}
