package org.gongkai.hotline;

import java.util.Optional;
import org.gongkai.common.PersonalData;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How to reach a ticket's caller, decrypted on demand for the one ticket asked: notify asks here when it writes the
 * receipt and the reply notice (events never carry contacts), and fills the query code in only when it sends.
 */
@Component
@org.springframework.modulith.NamedInterface("contacts")
@Transactional(readOnly = true)
public class HotlineContacts {

    /** The caller's mobile (only a mobile number receives SMS), or null; the unit holding the ticket, or null. */
    @org.springframework.modulith.NamedInterface("contacts")
    public record Contact(String ticketNumber, String mobile, Long unitId) {}

    private final TicketRepository tickets;
    private final HotlineScope scope;

    HotlineContacts(TicketRepository tickets, HotlineScope scope) {
        this.tickets = tickets;
        this.scope = scope;
    }

    public Optional<Contact> find(String ticketNumber) {
        return tickets.find(ticketNumber).map(t -> {
            String phone = t.intake().callerPhone();
            return new Contact(t.number(), phone != null && PersonalData.isMobile(phone) ? phone : null, t.unitId());
        });
    }

    /** The query code in clear, for the receipt message only; empty for imported tickets. */
    public Optional<String> queryCode(String ticketNumber) {
        return tickets.queryCode(ticketNumber);
    }

    /** The 12345 centre's unit: its hotline officers are told of the tickets no unit holds. */
    public Optional<Long> centreUnitId() {
        return scope.centreUnitId();
    }
}
