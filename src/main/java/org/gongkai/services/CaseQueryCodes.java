package org.gongkai.services;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.gongkai.common.FieldCipher;
import org.springframework.stereotype.Component;

/**
 * The one hash of a case's query code (查询码), stored in {@code services_case.query_code_hash}: a keyed SM3 blind
 * index over the case number and the code, so a stolen table does not reveal the codes and one code does not
 * open another case. Every public look-up (status, rating) compares through {@link #matches}.
 */
@Component
public class CaseQueryCodes {

    private final FieldCipher cipher;

    CaseQueryCodes(FieldCipher cipher) {
        this.cipher = cipher;
    }

    /** The stored hash of {@code queryCode} for the case {@code caseNumber} (both trimmed, the code upper-cased). */
    public String hash(String caseNumber, String queryCode) {
        return cipher.blindIndex("service-case:" + caseNumber.trim() + ":" + queryCode.trim().toUpperCase());
    }

    /** Whether the code given belongs to the case; false for a blank code. Constant-time comparison. */
    public boolean matches(String caseNumber, String queryCode, String storedHash) {
        if (caseNumber == null || queryCode == null || queryCode.isBlank() || storedHash == null
                || queryCode.length() > 64) {
            return false;
        }
        return MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.UTF_8),
                hash(caseNumber, queryCode).getBytes(StandardCharsets.UTF_8));
    }
}
