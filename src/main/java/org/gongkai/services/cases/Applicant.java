package org.gongkai.services.cases;

/**
 * The applicant of a case. {@code identity} is the identity number of a person or the credit code of an
 * organisation; identity, phone and e-mail are stored SM4-encrypted, the identity also as a blind index.
 */
public record Applicant(ApplicantType type, String name, String identity, String phone, String email) {

    public Applicant {
        if (type == null || name == null || name.isBlank()) {
            throw new IllegalArgumentException("type and name are required");
        }
    }
}
