package org.gongkai.requests;

import java.util.Optional;

/**
 * How to reach a request's applicant, decrypted on demand. Events never carry the applicant's name or address
 * (they are persisted in {@code event_publication}); a listener that must write to the applicant (notify) asks
 * here with the tracking number at the moment it needs the address.
 */
public interface ApplicantContacts {

    /**
     * What notify needs about one request.
     *
     * @param email           the applicant's e-mail address, or null when none was given
     * @param mobile          the applicant's telephone, or null
     * @param deliveryChannel how the applicant asked to receive the reply
     * @param assigneeId      the officer handling the request, or null
     */
    record Contact(String trackingNumber, long unitId, String email, String mobile, DeliveryForm deliveryForm,
            DeliveryChannel deliveryChannel, Long assigneeId) {

        /** Whether the reply reaches the applicant electronically (e-mail or online) and we have an address. */
        public boolean wantsElectronicReply() {
            return email != null && (deliveryChannel == DeliveryChannel.EMAIL || deliveryChannel == DeliveryChannel.ONLINE);
        }
    }

    Optional<Contact> find(String trackingNumber);

    /**
     * The request's access code, decrypted, for the receipt message only (#10): notify asks at the moment it sends,
     * so the code is never stored in clear in the outbox or carried by an event. Empty for requests older than #10.
     */
    Optional<String> accessCode(String trackingNumber);
}
