package org.gongkai.hotline;

import java.util.EnumSet;
import java.util.Set;

/**
 * The actions a viewer is offered on a ticket now: what the lifecycle allows, narrowed to the centre's or the holding
 * unit's share and to the aggregate's own rules (a pending extension request, a reopening left, a consultation the
 * centre may answer), so a page shows exactly the forms the server would let through.
 */
final class TicketPermissions {

    static final Set<TicketAction> CENTRE = EnumSet.of(TicketAction.DISPATCH, TicketAction.ARBITRATE,
            TicketAction.EXTEND, TicketAction.URGE, TicketAction.CLOSE, TicketAction.CALLBACK, TicketAction.REOPEN,
            TicketAction.MERGE, TicketAction.REPLY);
    static final Set<TicketAction> UNIT = EnumSet.of(TicketAction.ACCEPT, TicketAction.RETURN,
            TicketAction.REQUEST_EXTENSION, TicketAction.REPLY);

    private TicketPermissions() {}

    static Set<TicketAction> centre(Ticket t, HotlineSettings settings) {
        Set<TicketAction> out = EnumSet.noneOf(TicketAction.class);
        for (TicketAction a : HotlineLifecycle.TABLE.allowedActions(t.status())) {
            if (!CENTRE.contains(a)) {
                continue;
            }
            if (a == TicketAction.REPLY && !"CONSULTATION".equals(t.intake().category())) {
                continue;
            }
            if (a == TicketAction.REPLY && t.status() != TicketStatus.RECEIVED) {
                continue;
            }
            if (a == TicketAction.EXTEND && t.extensionRequested() == null) {
                continue;
            }
            if (a == TicketAction.REOPEN && !reopenable(t, settings)) {
                continue;
            }
            out.add(a);
        }
        return out;
    }

    static Set<TicketAction> unit(Ticket t, Set<Long> ownUnits) {
        Set<TicketAction> out = EnumSet.noneOf(TicketAction.class);
        boolean partDue = t.coUnitParts().entrySet().stream()
                .anyMatch(e -> e.getValue() == null && ownUnits.contains(e.getKey()));
        if (partDue && HotlineLifecycle.TABLE.allowedActions(t.status()).contains(TicketAction.CONTRIBUTE)) {
            out.add(TicketAction.CONTRIBUTE);
        }
        if (t.unitId() == null || !ownUnits.contains(t.unitId())) {
            return out;
        }
        for (TicketAction a : HotlineLifecycle.TABLE.allowedActions(t.status())) {
            if (!UNIT.contains(a) || (a == TicketAction.REPLY && t.status() == TicketStatus.RECEIVED)) {
                continue;
            }
            if (a == TicketAction.REPLY && t.partsMissing()) {
                continue; // the lead unit replies once every co-unit's part is in
            }
            if (a == TicketAction.REQUEST_EXTENSION && t.extensionRequested() != null) {
                continue;
            }
            out.add(a);
        }
        return out;
    }

    static boolean reopenable(Ticket t, HotlineSettings settings) {
        TicketEvent last = t.lastCallback();
        boolean unsatisfied = last != null && (last.satisfaction() <= 2 || !Boolean.TRUE.equals(last.solved()));
        return unsatisfied && t.reopenCount() < settings.reopenLimit();
    }
}
