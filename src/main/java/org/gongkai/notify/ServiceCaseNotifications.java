package org.gongkai.notify;

import java.util.Map;
import java.util.Set;
import org.gongkai.common.Role;
import org.gongkai.services.cases.ServiceCaseContacts;
import org.gongkai.services.cases.ServiceCaseEvents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Messages about service cases (issue #11): the receipt with the case number and query code to the applicant (e-mail,
 * and SMS to a mobile when SMS is enabled; the query code is filled in only when the message is sent, see
 * {@link OutboxSender}), and the yellow-light reminder and the overdue notice to the service officers of the unit that
 * took the case in and of the unit that decides it. Idempotent like {@link NotificationListeners} (dedupe keys).
 */
@Component
class ServiceCaseNotifications {

    /** The portal page where an applicant follows a case (the desk's status page). */
    static final String STATUS_PATH = "/services/cases?caseNumber=";
    /** The console page of a case. */
    static final String CONSOLE_PATH = "/console/services/cases/";

    private final ServiceCaseContacts contacts;
    private final Deliveries deliveries;

    ServiceCaseNotifications(ServiceCaseContacts contacts, Deliveries deliveries) {
        this.contacts = contacts;
        this.deliveries = deliveries;
    }

    @ApplicationModuleListener
    void on(ServiceCaseEvents.ServiceCaseReceived event) {
        contacts.find(event.caseNumber()).ifPresent(contact -> {
            Map<String, String> values = values(contact.caseNumber(), contact.unitId());
            values.put("itemName", contact.itemName());
            values.put("statusUrl", deliveries.url(STATUS_PATH + contact.caseNumber()));
            values.put("queryCode", OutboxSender.QUERY_CODE); // filled in at sending, never stored in clear
            deliveries.toCitizen(NotificationKind.SERVICE_CASE_RECEIPT, "SERVICE_RECEIPT:" + contact.caseNumber(),
                    contact.caseNumber(), contact.email(), contact.mobile(), values);
        });
    }

    @ApplicationModuleListener
    void on(ServiceCaseEvents.ServiceCaseDueSoon event) {
        Map<String, String> values = values(event.caseNumber(), event.unitId());
        values.put("dueOn", String.valueOf(event.dueOn()));
        values.put("workingDaysLeft", String.valueOf(event.workingDaysLeft()));
        toOfficers(NotificationKind.SERVICE_CASE_DUE_SOON, "SERVICE_DUE:" + event.caseNumber() + ":" + event.dueOn(),
                event.caseNumber(), Set.of(event.acceptingUnitId(), event.unitId()), values);
    }

    @ApplicationModuleListener
    void on(ServiceCaseEvents.ServiceCaseOverdue event) {
        Map<String, String> values = values(event.caseNumber(), event.unitId());
        values.put("dueOn", String.valueOf(event.dueOn()));
        toOfficers(NotificationKind.SERVICE_CASE_OVERDUE, "SERVICE_OVERDUE:" + event.caseNumber() + ":" + event.dueOn(),
                event.caseNumber(), Set.of(event.acceptingUnitId(), event.unitId()), values);
    }

    private void toOfficers(NotificationKind kind, String key, String caseNumber, Set<Long> unitIds,
            Map<String, String> values) {
        deliveries.toStaff(kind, key, caseNumber, deliveries.holders(Role.SERVICE_OFFICER, unitIds),
                CONSOLE_PATH + caseNumber, values);
    }

    private Map<String, String> values(String caseNumber, long unitId) {
        return deliveries.values("caseNumber", caseNumber, unitId, "受理单位");
    }
}
