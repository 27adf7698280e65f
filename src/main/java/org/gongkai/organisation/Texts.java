package org.gongkai.organisation;

import org.gongkai.common.GongkaiException;

/** The organisation's text checks: required or optional, trimmed, with a maximum length (message at the field). */
final class Texts {

    private Texts() {}

    static String requireText(String value, String field, String message, int max) {
        if (value == null || value.isBlank()) {
            throw GongkaiException.invalid(field, message);
        }
        return optionalText(value, field, max);
    }

    static String optionalText(String value, String field, int max) {
        String v = blankToNull(value);
        if (v != null && v.length() > max) {
            throw GongkaiException.invalid(field, "不能超过" + max + "个字");
        }
        return v;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
