package org.gongkai.notify;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.common.GongkaiProperties;
import org.gongkai.common.Role;
import org.gongkai.organisation.StaffDirectory;
import org.gongkai.organisation.UnitDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How the event listeners ({@link NotificationListeners}, {@link ServiceCaseNotifications},
 * {@link HotlineNotifications}, {@link SupervisionTaskNotifications}, {@link SupervisionNotifications}) deliver a
 * message: to a
 * citizen by e-mail (and SMS to a mobile when SMS is enabled and the kind has an SMS text), to staff members in their
 * inbox and by e-mail, each with a dedupe key so that a redelivered event sends nothing twice.
 */
@Component
class Deliveries {

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

    Deliveries(UnitDirectory units, StaffDirectory staff, StaffContacts staffContacts, MessageTemplates templates,
            Outbox outbox, Inbox inbox, NotifyProperties properties, GongkaiProperties gongkai, Clock clock,
            @Value("${gongkai.portal.base-url:http://localhost:${server.port:8080}}") String baseUrl) {
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

    /** The portal's address followed by {@code path}. */
    String url(String path) {
        return baseUrl + path;
    }

    /** The site's name, for messages to citizens that name no unit. */
    String siteName() {
        return gongkai.siteName();
    }

    /** The values every template may use: the reference under {@code referenceName}, the unit's name, the site name. */
    Map<String, String> values(String referenceName, String reference, long unitId, String unitFallback) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(referenceName, reference);
        values.put("unitName", units.findById(unitId).map(UnitDirectory.UnitView::name).orElse(unitFallback));
        values.put("siteName", gongkai.siteName());
        return values;
    }

    /** To a citizen: e-mail when there is an address, SMS when enabled, the mobile known and the kind has SMS text. */
    void toCitizen(NotificationKind kind, String key, String reference, String email, String mobile,
            Map<String, String> values) {
        MessageTemplates.Template template = templates.current(kind);
        if (email != null) {
            outbox.enqueue(key + ":EMAIL", Outbox.Channel.EMAIL, kind, reference, email,
                    MessageTemplates.render(template.subject(), values), MessageTemplates.render(template.body(), values),
                    clock.instant());
        }
        if (properties.smsEnabled() && mobile != null && template.sms() != null) {
            outbox.enqueue(key + ":SMS", Outbox.Channel.SMS, kind, reference, mobile, null,
                    MessageTemplates.render(template.sms(), values), clock.instant());
        }
    }

    /** To staff members: the inbox with a link to the console page {@code link}, and e-mail where they set one. */
    void toStaff(NotificationKind kind, String key, String reference, Collection<Long> staffIds, String link,
            Map<String, String> values) {
        values.put("consoleUrl", baseUrl + link);
        MessageTemplates.Template template = templates.current(kind);
        String subject = MessageTemplates.render(template.subject(), values);
        String body = MessageTemplates.render(template.body(), values);
        for (long staffId : staffIds) {
            inbox.post(key + ":" + staffId, staffId, kind, subject, body, link, clock.instant());
            staffContacts.email(staffId).ifPresent(email -> outbox.enqueue(key + ":" + staffId + ":EMAIL",
                    Outbox.Channel.EMAIL, kind, reference, email, subject, body, clock.instant()));
        }
    }

    /** The active staff members holding {@code role} in any of {@code unitIds}, in directory order, each once. */
    List<Long> holders(Role role, Set<Long> unitIds) {
        return staff.findAll().stream().filter(StaffDirectory.StaffView::active)
                .filter(s -> unitIds.stream().anyMatch(u -> s.unitRoles().getOrDefault(u, Set.of()).contains(role)))
                .map(StaffDirectory.StaffView::id).toList();
    }

    /** The active staff members holding any role in any of {@code unitIds}, in directory order, each once. */
    List<Long> members(Set<Long> unitIds) {
        return members(unitIds, Set.of());
    }

    /** The active staff members holding any role but {@code except} in any of {@code unitIds}, each once. */
    List<Long> members(Set<Long> unitIds, Set<Role> except) {
        return staff.findAll().stream().filter(StaffDirectory.StaffView::active)
                .filter(s -> unitIds.stream().anyMatch(u -> s.unitRoles().getOrDefault(u, Set.of()).stream()
                        .anyMatch(r -> !except.contains(r))))
                .map(StaffDirectory.StaffView::id).toList();
    }

    /** Whether a staff member exists and is active. */
    boolean active(long staffId) {
        return staff.findById(staffId).filter(StaffDirectory.StaffView::active).isPresent();
    }
}
