package org.gongkai.notify;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.common.GongkaiProperties;
import org.gongkai.common.Role;
import org.gongkai.organisation.StaffDirectory;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.requests.ApplicantContacts;
import org.gongkai.requests.RequestEvents;
import org.gongkai.requests.RequestNotices;
import org.springframework.beans.factory.annotation.Value;
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
    private final UnitDirectory units;
    private final StaffDirectory staff;
    private final StaffContacts staffContacts;
    private final MessageTemplates templates;
    private final Outbox outbox;
    private final Inbox inbox;
    private final NotifyProperties properties;
    private final GongkaiProperties gongkai;
    private final Clock clock;
    private final String baseUrl;

    NotificationListeners(ApplicantContacts applicants, UnitDirectory units, StaffDirectory staff,
            StaffContacts staffContacts, MessageTemplates templates, Outbox outbox, Inbox inbox,
            NotifyProperties properties, GongkaiProperties gongkai, Clock clock,
            @Value("${gongkai.portal.base-url:http://localhost:${server.port:8080}}") String baseUrl) {
        this.applicants = applicants;
        this.units = units;
        this.staff = staff;
        this.staffContacts = staffContacts;
        this.templates = templates;
        this.outbox = outbox;
        this.inbox = inbox;
        this.properties = properties;
        this.gongkai = gongkai;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
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
        MessageTemplates.Template template = templates.current(kind);
        if (contact.email() != null) {
            outbox.enqueue(key + ":EMAIL", Outbox.Channel.EMAIL, kind, contact.trackingNumber(), contact.email(),
                    MessageTemplates.render(template.subject(), values), MessageTemplates.render(template.body(), values),
                    clock.instant());
        }
        if (properties.smsEnabled() && contact.mobile() != null && template.sms() != null) {
            outbox.enqueue(key + ":SMS", Outbox.Channel.SMS, kind, contact.trackingNumber(), contact.mobile(), null,
                    MessageTemplates.render(template.sms(), values), clock.instant());
        }
    }

    private void toOfficers(NotificationKind kind, String key, long unitId, Long assigneeId,
            Map<String, String> values) {
        String trackingNumber = values.get("trackingNumber");
        String link = "/console/requests/" + trackingNumber;
        values.put("consoleUrl", baseUrl + link);
        MessageTemplates.Template template = templates.current(kind);
        String subject = MessageTemplates.render(template.subject(), values);
        String body = MessageTemplates.render(template.body(), values);
        for (long staffId : officers(unitId, assigneeId)) {
            inbox.post(key + ":" + staffId, staffId, kind, subject, body, link, clock.instant());
            staffContacts.email(staffId).ifPresent(email -> outbox.enqueue(key + ":" + staffId + ":EMAIL",
                    Outbox.Channel.EMAIL, kind, trackingNumber, email, subject, body, clock.instant()));
        }
    }

    /** The assignee when there is an active one, otherwise every active request officer of the unit. */
    private List<Long> officers(long unitId, Long assigneeId) {
        if (assigneeId != null && staff.findById(assigneeId).filter(StaffDirectory.StaffView::active).isPresent()) {
            return List.of(assigneeId);
        }
        return staff.findAll().stream().filter(StaffDirectory.StaffView::active)
                .filter(s -> s.unitRoles().getOrDefault(unitId, java.util.Set.of()).contains(Role.REQUEST_OFFICER))
                .map(StaffDirectory.StaffView::id).toList();
    }

    private Map<String, String> values(String trackingNumber, long unitId) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("trackingNumber", trackingNumber);
        values.put("unitName", units.findById(unitId).map(UnitDirectory.UnitView::name).orElse("受理机关"));
        values.put("siteName", gongkai.siteName());
        return values;
    }

    private String statusUrl(String trackingNumber) {
        return baseUrl + "/requests/status?trackingNumber=" + trackingNumber;
    }
}
