package org.gongkai.requests;

/**
 * Who applied. {@code identityNumber} is the ID number (natural person) or unified credit code (organisation).
 * In memory in clear; the repository stores identity number, phone, e-mail and address SM4-encrypted.
 */
public record Applicant(ApplicantType type, String name, String identityNumber, String phone, String email,
        String address) {

    /** The masked name shown in lists and to the public: {@code 张*}, {@code 王*明}, {@code 示******司}. */
    public String maskedName() {
        return Masks.name(name);
    }
}
