package org.gongkai.commands;

/**
 * A staff action as a value: a record named imperatively after what it does ({@code DecideRequest},
 * {@code SubmitDocument}, {@code ApproveReport}). Its audit action is derived from that name by
 * {@link CommandNames#auditAction} ({@code DECIDE_REQUEST}): one naming convention across modules.
 * Bean Validation annotations on the record's components are checked by the dispatcher.
 */
public interface Command {

    /** The audited object's type, e.g. {@code DisclosureRequest}. */
    String objectType();

    /** The audited object's id (tracking number, document id), or null when the command creates it. */
    String objectId();
}
