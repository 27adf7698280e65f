package org.gongkai.requests;

import java.time.LocalDate;

/**
 * Events the applicant is told about (notify listens). Like {@link RequestEvents} they carry the tracking number,
 * never the applicant's name or address: they are persisted in {@code event_publication}; the address is looked up
 * through {@link ApplicantContacts} when the message is written.
 */
public final class RequestNotices {

    private RequestNotices() {}

    /** A request was submitted online or registered by staff (whether or not its receipt date is fixed yet). */
    public record RequestSubmitted(String trackingNumber, long unitId) {}

    /** The reply was recorded as delivered to the applicant on {@code deliveredOn}. */
    public record ReplyDelivered(String trackingNumber, LocalDate deliveredOn) {}
}
