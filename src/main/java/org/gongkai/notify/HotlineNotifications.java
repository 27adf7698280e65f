package org.gongkai.notify;

import java.util.Map;
import java.util.Set;
import org.gongkai.common.Role;
import org.gongkai.hotline.HotlineContacts;
import org.gongkai.hotline.HotlineEvents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Messages about 12345 tickets (issue #12): to the caller by SMS (when SMS is enabled and the number is a mobile) the
 * receipt with the ticket number and query code (filled in only when the message is sent, see {@link OutboxSender})
 * and the notice that the reply can be read; to the hotline officers of the unit concerned (inbox and e-mail) the
 * dispatch (as lead or co-unit), each urging, the reminder and the overdue notice; a ticket no unit holds goes to the
 * centre's officers. A dispatch not accepted within its accept limit is told to the unit and to the centre's officers.
 * Idempotent like {@link NotificationListeners} (dedupe keys).
 */
@Component
class HotlineNotifications {

    /** The portal page where a caller follows a ticket. */
    static final String STATUS_PATH = "/hotline/status?ticketNumber=";
    /** The console page of a ticket. */
    static final String CONSOLE_PATH = "/console/hotline/tickets/";

    private final HotlineContacts contacts;
    private final Deliveries deliveries;

    HotlineNotifications(HotlineContacts contacts, Deliveries deliveries) {
        this.contacts = contacts;
        this.deliveries = deliveries;
    }

    @ApplicationModuleListener
    void on(HotlineEvents.TicketReceived event) {
        contacts.find(event.ticketNumber()).filter(c -> c.mobile() != null).ifPresent(contact -> {
            Map<String, String> values = citizenValues(event.ticketNumber());
            values.put("dueOn", String.valueOf(event.dueDate()));
            values.put("queryCode", OutboxSender.QUERY_CODE); // filled in at sending, never stored in clear
            deliveries.toCitizen(NotificationKind.HOTLINE_RECEIPT, "HOTLINE_RECEIPT:" + event.ticketNumber(),
                    event.ticketNumber(), null, contact.mobile(), values);
        });
    }

    @ApplicationModuleListener
    void on(HotlineEvents.TicketClosed event) {
        contacts.find(event.ticketNumber()).filter(c -> c.mobile() != null).ifPresent(contact ->
                deliveries.toCitizen(NotificationKind.HOTLINE_REPLY, "HOTLINE_REPLY:" + event.ticketNumber() + ":"
                        + event.at(), event.ticketNumber(), null, contact.mobile(), citizenValues(event.ticketNumber())));
    }

    @ApplicationModuleListener
    void on(HotlineEvents.TicketDispatched event) {
        Map<String, String> values = staffValues(event.ticketNumber(), event.unitId());
        values.put("role", "主办");
        toOfficers(NotificationKind.HOTLINE_DISPATCHED, "HOTLINE_DISPATCHED:" + event.ticketNumber() + ":"
                + event.unitId() + ":" + event.at(), event.ticketNumber(), event.unitId(), values);
    }

    @ApplicationModuleListener
    void on(HotlineEvents.TicketCoDispatched event) {
        Map<String, String> values = staffValues(event.ticketNumber(), event.unitId());
        values.put("role", "协办");
        toOfficers(NotificationKind.HOTLINE_DISPATCHED, "HOTLINE_CO_DISPATCHED:" + event.ticketNumber() + ":"
                + event.unitId() + ":" + event.at(), event.ticketNumber(), event.unitId(), values);
    }

    @ApplicationModuleListener
    void on(HotlineEvents.TicketUrged event) {
        Long unit = holder(event.unitId());
        if (unit == null) {
            return;
        }
        Map<String, String> values = staffValues(event.ticketNumber(), unit);
        values.put("urgeCount", String.valueOf(event.count()));
        toOfficers(NotificationKind.HOTLINE_URGED, "HOTLINE_URGED:" + event.ticketNumber() + ":" + event.count(),
                event.ticketNumber(), unit, values);
    }

    @ApplicationModuleListener
    void on(HotlineEvents.TicketDueSoon event) {
        Long unit = holder(event.unitId());
        if (unit == null) {
            return;
        }
        Map<String, String> values = staffValues(event.ticketNumber(), unit);
        values.put("dueOn", String.valueOf(event.dueOn()));
        values.put("workingDaysLeft", String.valueOf(event.workingDaysLeft()));
        toOfficers(NotificationKind.HOTLINE_DUE_SOON, "HOTLINE_DUE:" + event.ticketNumber() + ":" + event.dueOn(),
                event.ticketNumber(), unit, values);
    }

    @ApplicationModuleListener
    void on(HotlineEvents.TicketOverdue event) {
        Long unit = holder(event.unitId());
        if (unit == null) {
            return;
        }
        Map<String, String> values = staffValues(event.ticketNumber(), unit);
        values.put("dueOn", String.valueOf(event.dueOn()));
        toOfficers(NotificationKind.HOTLINE_OVERDUE, "HOTLINE_OVERDUE:" + event.ticketNumber() + ":" + event.dueOn(),
                event.ticketNumber(), unit, values);
    }

    /** A dispatch not accepted in time: the unit must 签收 (or return it), the centre's dispatchers may urge it. */
    @ApplicationModuleListener
    void on(HotlineEvents.TicketAcceptLate event) {
        Map<String, String> values = staffValues(event.ticketNumber(), event.unitId());
        values.put("acceptDue", event.acceptDueAt().atZone(org.gongkai.common.TimeConfiguration.ZONE)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        Set<Long> units = new java.util.HashSet<>(Set.of(event.unitId()));
        contacts.centreUnitId().ifPresent(units::add);
        deliveries.toStaff(NotificationKind.HOTLINE_ACCEPT_LATE, "HOTLINE_ACCEPT_LATE:" + event.ticketNumber() + ":"
                + event.unitId() + ":" + event.acceptDueAt(), event.ticketNumber(),
                deliveries.holders(Role.HOTLINE_OFFICER, units), CONSOLE_PATH + event.ticketNumber(), values);
    }

    /** The unit to tell: the one holding the ticket, else the centre. */
    private Long holder(Long unitId) {
        return unitId != null ? unitId : contacts.centreUnitId().orElse(null);
    }

    private void toOfficers(NotificationKind kind, String key, String ticketNumber, long unitId,
            Map<String, String> values) {
        deliveries.toStaff(kind, key, ticketNumber, deliveries.holders(Role.HOTLINE_OFFICER, Set.of(unitId)),
                CONSOLE_PATH + ticketNumber, values);
    }

    private Map<String, String> staffValues(String ticketNumber, long unitId) {
        return deliveries.values("ticketNumber", ticketNumber, unitId, "承办单位");
    }

    private Map<String, String> citizenValues(String ticketNumber) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("ticketNumber", ticketNumber);
        values.put("statusUrl", deliveries.url(STATUS_PATH + ticketNumber));
        values.put("siteName", deliveries.siteName());
        return values;
    }
}
