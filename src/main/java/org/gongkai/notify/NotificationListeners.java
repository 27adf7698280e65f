package org.gongkai.notify;

import java.util.List;
import java.util.Map;
import org.gongkai.common.Role;
import org.gongkai.requests.ApplicantContacts;
import org.gongkai.requests.RequestEvents;
import org.gongkai.requests.RequestNotices;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns other modules' persisted events into messages. Each listener runs after the publishing transaction
 * committed, asynchronously, in a transaction of its own ({@code @ApplicationModuleListener}); Spring Modulith marks
 * the publication complete when it returns, and a failed or interrupted one is delivered again (at restart and by
 * {@code EventPublicationRecovery}). Queueing is idempotent (dedupe keys), so a redelivery sends nothing twice.
 */
@Component
class NotificationListeners {

    private final ApplicantContacts applicants;
    private final Deliveries deliveries;

    NotificationListeners(ApplicantContacts applicants, Deliveries deliveries) {
        this.applicants = applicants;
        this.deliveries = deliveries;
    }

    /** The receipt: tracking number and the status page, to the applicant's e-mail (and SMS when enabled). */
    @ApplicationModuleListener
    void on(RequestNotices.RequestSubmitted event) {
        applicants.find(event.trackingNumber()).ifPresent(contact -> {
            Map<String, String> values = values(contact.trackingNumber(), contact.unitId());
            values.put("statusUrl", statusUrl(contact.trackingNumber()));
            toApplicant(NotificationKind.REQUEST_RECEIPT, "RECEIPT:" + contact.trackingNumber(), contact, values);
        });
    }

    /** The reply, when it reaches the applicant electronically: where to read and download the letter. */
    @ApplicationModuleListener
    void on(RequestNotices.ReplyDelivered event) {
        applicants.find(event.trackingNumber()).filter(ApplicantContacts.Contact::wantsElectronicReply)
                .ifPresent(contact -> {
                    Map<String, String> values = values(contact.trackingNumber(), contact.unitId());
                    values.put("statusUrl", statusUrl(contact.trackingNumber()));
                    values.put("deliveredOn", String.valueOf(event.deliveredOn()));
                    toApplicant(NotificationKind.REPLY_DELIVERED,
                            "REPLY:" + contact.trackingNumber() + ":" + event.deliveredOn(), contact, values);
                });
    }

    /** Reminder at 5 and 1 working days before the due date: the assignee, or the unit's request officers. */
    @ApplicationModuleListener
    void on(RequestEvents.DeadlineApproaching event) {
        Map<String, String> values = values(event.trackingNumber(), event.unitId());
        values.put("dueOn", String.valueOf(event.dueOn()));
        values.put("workingDaysLeft", String.valueOf(event.workingDaysLeft()));
        toOfficers(NotificationKind.DEADLINE_APPROACHING,
                "DUE_IN_" + event.workingDaysLeft() + ":" + event.trackingNumber() + ":" + event.dueOn(),
                event.unitId(), event.assigneeId(), values);
    }

    /** The due date passed without a reply. */
    @ApplicationModuleListener
    void on(RequestEvents.RequestOverdue event) {
        Map<String, String> values = values(event.trackingNumber(), event.unitId());
        values.put("dueOn", String.valueOf(event.dueOn()));
        toOfficers(NotificationKind.REQUEST_OVERDUE, "OVERDUE:" + event.trackingNumber() + ":" + event.dueOn(),
                event.unitId(), event.assigneeId(), values);
    }

    private void toApplicant(NotificationKind kind, String key, ApplicantContacts.Contact contact,
            Map<String, String> values) {
        deliveries.toCitizen(kind, key, contact.trackingNumber(), contact.email(), contact.mobile(), values);
    }

    private void toOfficers(NotificationKind kind, String key, long unitId, Long assigneeId,
            Map<String, String> values) {
        String trackingNumber = values.get("trackingNumber");
        deliveries.toStaff(kind, key, trackingNumber, officers(unitId, assigneeId), "/console/requests/" + trackingNumber,
                values);
    }

    /** The assignee when there is an active one, otherwise every active request officer of the unit. */
    private List<Long> officers(long unitId, Long assigneeId) {
        if (assigneeId != null && deliveries.active(assigneeId)) {
            return List.of(assigneeId);
        }
        return deliveries.holders(Role.REQUEST_OFFICER, java.util.Set.of(unitId));
    }

    private Map<String, String> values(String trackingNumber, long unitId) {
        return deliveries.values("trackingNumber", trackingNumber, unitId, "受理机关");
    }

    private String statusUrl(String trackingNumber) {
        return deliveries.url("/requests/status?trackingNumber=" + trackingNumber);
    }
}
