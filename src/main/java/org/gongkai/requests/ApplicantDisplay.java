package org.gongkai.requests;

/**
 * The applicant as the officer's request page shows it: the name, and the identity number and contacts masked
 * ({@link Masks}) until the officer asks to see them in full, which is audited. An organisation's unified credit
 * code is public and shown as is.
 *
 * @param revealed whether the values are in full (the officer asked, and the view was audited)
 */
public record ApplicantDisplay(String typeLabel, boolean organisation, String name, String identityNumber,
        String phone, String email, String address, boolean revealed) {

    static ApplicantDisplay of(Applicant a, boolean revealed) {
        boolean org = a.type().isOrganisation();
        if (revealed) {
            return new ApplicantDisplay(a.type().label(), org, a.name(), a.identityNumber(), a.phone(), a.email(),
                    a.address(), true);
        }
        return new ApplicantDisplay(a.type().label(), org, a.name(),
                org ? a.identityNumber() : Masks.idNumber(a.identityNumber()), Masks.phone(a.phone()),
                Masks.email(a.email()), Masks.address(a.address()), false);
    }

    /** Whether there is anything masked to reveal. */
    public boolean hasMasked() {
        return !revealed && (notBlank(phone) || notBlank(email) || notBlank(address)
                || (!organisation && notBlank(identityNumber)));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
