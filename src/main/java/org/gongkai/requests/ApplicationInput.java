package org.gongkai.requests;

/**
 * An application as typed by the applicant (public form, API) or by staff. Enum values arrive as text so that
 * a wrong one gets a Chinese message at its field.
 */
public record ApplicationInput(String applicantType, String name, String idNumber, String creditCode,
        String phone, String email, String address, String unitCode, String description, String deliveryForm,
        String deliveryChannel) {}
