package org.gongkai.organisation;

/** Masks personal data for lists (DESIGN: personal data is masked in lists). */
public final class Masking {

    private Masking() {}

    /** {@code 13812341234} → {@code 138****1234}: first 3 and last 4 characters kept. */
    public static String mobile(String mobile) {
        if (mobile == null || mobile.isBlank()) {
            return "";
        }
        if (mobile.length() < 8) {
            return "*".repeat(mobile.length());
        }
        return mobile.substring(0, 3) + "*".repeat(mobile.length() - 7) + mobile.substring(mobile.length() - 4);
    }
}
