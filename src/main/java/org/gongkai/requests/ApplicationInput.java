package org.gongkai.requests;

/**
 * An application as typed by the applicant (public form, API) or by staff. Enum values arrive as text so that
 * a wrong one gets a Chinese message at its field. {@code publishConsent}: the applicant agrees that, once answered,
 * the request (question, unit, dates, decision and the reply letter, personal data masked) is shown in the public
 * register {@code /requests/register}; the applicant is never shown there.
 */
public record ApplicationInput(String applicantType, String name, String idNumber, String creditCode,
        String phone, String email, String address, String unitCode, String description, String deliveryForm,
        String deliveryChannel, boolean publishConsent) {

    /** An application without consent to the public register (the default: the box is unticked). */
    public ApplicationInput(String applicantType, String name, String idNumber, String creditCode, String phone,
            String email, String address, String unitCode, String description, String deliveryForm,
            String deliveryChannel) {
        this(applicantType, name, idNumber, creditCode, phone, email, address, unitCode, description, deliveryForm,
                deliveryChannel, false);
    }

    /**
     * The longest texts, in characters: the form ({@code ApplyForm}) and the API ({@code ApplicationJson},
     * {@code RegistrationJson}) declare them with {@code @Size}, the intake checks them again.
     */
    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 254; // RFC 5321 path limit
    public static final int ADDRESS_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
}
