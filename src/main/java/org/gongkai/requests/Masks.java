package org.gongkai.requests;

import org.gongkai.common.PersonalData;

/** Masking of applicant personal data for lists and public pages. */
final class Masks {

    private Masks() {}

    static String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        int n = name.codePointCount(0, name.length());
        int[] cps = name.codePoints().toArray();
        if (n == 1) {
            return "*";
        }
        if (n == 2) {
            return new String(cps, 0, 1) + "*";
        }
        return new String(cps, 0, 1) + "*".repeat(n - 2) + new String(cps, n - 1, 1);
    }

    static String identity(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        if (value.length() <= 8) {
            return "*".repeat(value.length());
        }
        return value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
    }

    static String phone(String phone) {
        return PersonalData.maskMobile(phone);
    }

    static String email(String email) {
        if (email == null || email.isBlank()) {
            return "";
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    static String address(String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        int keep = Math.min(6, address.length() / 2);
        return address.substring(0, keep) + "****";
    }
}
