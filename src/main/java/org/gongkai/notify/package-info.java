/**
 * Notifications: e-mail over SMTP, SMS behind the {@link org.gongkai.notify.SmsSender} port and the staff
 * members' in-app inbox. Listens to other modules' persisted events ({@code @ApplicationModuleListener}), renders
 * the administrator-editable template of the event's {@link org.gongkai.notify.NotificationKind}, and queues
 * e-mails and SMS in an outbox that a scheduled sender works off with retries. Events carry tracking numbers, not
 * addresses: the applicant's address is asked from {@code requests} ({@code ApplicantContacts}) when the message
 * is written and kept SM4-encrypted in the outbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.gongkai.notify;
