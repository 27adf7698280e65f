/**
 * Notify. Owns: `notify_template` (one per event kind; defaults in `resources/notify/templates`, edited by the system
 * administrator at `/console/notify/templates`), `notify_outbox` (e-mail and SMS with attempts, next attempt,
 * SENT/FAILED; addresses SM4-encrypted), `notify_inbox` (console `/console/inbox`, unread count in the header),
 * `notify_staff_contact`; listeners of `RequestNotices`, `RequestEvents` and `ServiceCaseEvents` (the query code of a
 * service case to its applicant, due-soon and overdue cases to the service officers) and `HotlineEvents` (receipt and
 * reply notice to the caller by SMS, dispatch, urging, late-acceptance, due-soon and overdue notices to the units' hotline officers), supervision's `TaskEvents` (assignment, return, urging, acceptance and
 * bulletin notice to the assigned units' staff, a report waiting for acceptance to the office's supervisors) and `BulletinEvents` (a published monthly bulletin to every unit's staff, inbox); the scheduled outbox sender (ShedLock).
 * Publishes: `SmsSender` (SPI; the default adapter logs), `Inbox`, `MessageTemplates`, `StaffContacts`.
 *
 * <p>Notifications: e-mail over SMTP, SMS behind the {@link org.gongkai.notify.SmsSender} port and the staff
 * members' in-app inbox. Listens to other modules' persisted events ({@code @ApplicationModuleListener}), renders
 * the administrator-editable template of the event's {@link org.gongkai.notify.NotificationKind}, and queues
 * e-mails and SMS in an outbox that a scheduled sender works off with retries. Events carry tracking numbers, not
 * addresses: the applicant's address is asked from {@code requests} ({@code ApplicantContacts}) when the message
 * is written and kept SM4-encrypted in the outbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.gongkai.notify;
