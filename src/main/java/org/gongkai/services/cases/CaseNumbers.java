package org.gongkai.services.cases;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.common.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case numbers and query codes. A case number is {@code BJ} + the day of receipt + the day's serial (6 digits, more
 * when a day has more cases): {@code BJ20260615000001}. Serials come from one counter row per day, incremented under
 * its row lock, so numbers never collide, also in a bulk import that reserves a block at once. The query code (查询码)
 * is 10 random characters without look-alikes; only its keyed hash is compared, its SM4 ciphertext is kept for the
 * notice to the applicant.
 */
@Component
public class CaseNumbers {

    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final SecureRandom random = new SecureRandom();

    CaseNumbers(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** {@code count} new case numbers of the day {@code on}, in order (inside the caller's transaction). */
    @Transactional(propagation = Propagation.MANDATORY)
    List<String> reserve(LocalDate on, int count) {
        jdbc.sql("INSERT INTO services_case_counter (case_day, last_value) VALUES (:d, 0) ON CONFLICT DO NOTHING")
                .param("d", on).update();
        jdbc.sql("UPDATE services_case_counter SET last_value = last_value + :n WHERE case_day = :d")
                .param("n", count).param("d", on).update();
        int last = jdbc.sql("SELECT last_value FROM services_case_counter WHERE case_day = :d").param("d", on)
                .query(Integer.class).single();
        List<String> out = new ArrayList<>(count);
        String prefix = "BJ" + on.format(DAY);
        for (int serial = last - count + 1; serial <= last; serial++) {
            out.add(prefix + String.format("%06d", serial));
        }
        return out;
    }

    String newQueryCode() {
        StringBuilder out = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            out.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return out.toString();
    }

    /** The keyed hash stored in {@code query_code_hash} (also recomputed by the archive import). */
    public String queryCodeHash(String caseNumber, String queryCode) {
        return cipher.blindIndex("service-query:" + caseNumber + ":" + queryCode.strip().toUpperCase());
    }

    /** The blind index of an applicant's identity number or credit code. */
    public String identityIndex(String identity) {
        return identity == null || identity.isBlank() ? null
                : cipher.blindIndex("service-applicant:" + identity.strip().toUpperCase());
    }

    /** A well-formed case number (checked before any lookup). */
    static boolean wellFormed(String caseNumber) {
        return caseNumber != null && caseNumber.matches("BJ\\d{14,16}");
    }
}
