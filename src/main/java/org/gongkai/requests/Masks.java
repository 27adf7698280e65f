package org.gongkai.requests;

/** Masking of an applicant's name for lists and public pages (contact details are never shown there). */
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
}
