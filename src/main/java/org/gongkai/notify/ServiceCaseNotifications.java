package org.gongkai.notify;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.gongkai.common.GongkaiProperties;
import org.gongkai.common.Role;
import org.gongkai.organisation.StaffDirectory;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.services.cases.ServiceCaseContacts;
import org.gongkai.services.cases.ServiceCaseEvents;
import org.springframework.beans.factory.annotation.Value;
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

    ServiceCaseNotifications(ServiceCaseContacts contacts, UnitDirectory units, StaffDirectory staff,
            StaffContacts staffContacts, MessageTemplates templates, Outbox outbox, Inbox inbox,
            NotifyProperties properties, GongkaiProperties gongkai, Clock clock,
            @Value("${gongkai.portal.base-url:http://localhost:${server.port:8080}}") String baseUrl) {
        this.contacts = contacts;
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

    @ApplicationModuleListener
    void on(ServiceCaseEvents.ServiceCaseReceived event) {
        contacts.find(event.caseNumber()).ifPresent(contact -> {
            Map<String, String> values = values(contact.caseNumber(), contact.unitId());
            values.put("itemName", contact.itemName());
            values.put("statusUrl", baseUrl + STATUS_PATH + contact.caseNumber());
            values.put("queryCode", OutboxSender.QUERY_CODE); // filled in at sending, never stored in clear
            NotificationKind kind = NotificationKind.SERVICE_CASE_RECEIPT;
            MessageTemplates.Template template = templates.current(kind);
            String key = "SERVICE_RECEIPT:" + contact.caseNumber();
            if (contact.email() != null) {
                outbox.enqueue(key + ":EMAIL", Outbox.Channel.EMAIL, kind, contact.caseNumber(), contact.email(),
                        MessageTemplates.render(template.subject(), values),
                        MessageTemplates.render(template.body(), values), clock.instant());
            }
            if (properties.smsEnabled() && contact.mobile() != null && template.sms() != null) {
                outbox.enqueue(key + ":SMS", Outbox.Channel.SMS, kind, contact.caseNumber(), contact.mobile(), null,
                        MessageTemplates.render(template.sms(), values), clock.instant());
            }
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
        String link = CONSOLE_PATH + caseNumber;
        values.put("consoleUrl", baseUrl + link);
        MessageTemplates.Template template = templates.current(kind);
        String subject = MessageTemplates.render(template.subject(), values);
        String body = MessageTemplates.render(template.body(), values);
        Set<Long> officers = new LinkedHashSet<>();
        staff.findAll().stream().filter(StaffDirectory.StaffView::active)
                .filter(s -> unitIds.stream().anyMatch(u -> s.unitRoles().getOrDefault(u, Set.of())
                        .contains(Role.SERVICE_OFFICER)))
                .forEach(s -> officers.add(s.id()));
        for (long staffId : officers) {
            inbox.post(key + ":" + staffId, staffId, kind, subject, body, link, clock.instant());
            staffContacts.email(staffId).ifPresent(email -> outbox.enqueue(key + ":" + staffId + ":EMAIL",
                    Outbox.Channel.EMAIL, kind, caseNumber, email, subject, body, clock.instant()));
        }
    }

    private Map<String, String> values(String caseNumber, long unitId) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("caseNumber", caseNumber);
        values.put("unitName", units.findById(unitId).map(UnitDirectory.UnitView::name).orElse("受理单位"));
        values.put("siteName", gongkai.siteName());
        return values;
    }
}
