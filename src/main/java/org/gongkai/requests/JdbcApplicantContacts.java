package org.gongkai.requests;

import java.util.Optional;
import org.gongkai.common.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link ApplicantContacts} over the requests table: decrypts the SM4 columns only for the one request asked. */
@Component
class JdbcApplicantContacts implements ApplicantContacts {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    JdbcApplicantContacts(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public Optional<Contact> find(String trackingNumber) {
        if (trackingNumber == null || trackingNumber.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT tracking_number, unit_id, applicant_email_enc, applicant_phone_enc, delivery_form,
                       delivery_channel, assignee_id
                FROM requests_request WHERE tracking_number = :tn""")
                .param("tn", trackingNumber.trim().toUpperCase())
                .query((rs, n) -> new Contact(rs.getString("tracking_number"), rs.getLong("unit_id"),
                        blankToNull(cipher.decrypt(rs.getString("applicant_email_enc"))),
                        blankToNull(cipher.decrypt(rs.getString("applicant_phone_enc"))),
                        DeliveryForm.valueOf(rs.getString("delivery_form")),
                        DeliveryChannel.valueOf(rs.getString("delivery_channel")),
                        (Long) rs.getObject("assignee_id", Long.class)))
                .optional();
    }

    @Override
    public Optional<String> accessCode(String trackingNumber) {
        if (trackingNumber == null || trackingNumber.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT access_code_enc FROM requests_request WHERE tracking_number = :tn")
                .param("tn", trackingNumber.trim().toUpperCase()).query(String.class).optional()
                .map(cipher::decrypt).map(JdbcApplicantContacts::blankToNull);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
