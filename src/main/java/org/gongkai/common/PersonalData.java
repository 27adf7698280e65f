package org.gongkai.common;

/**
 * The personal identifiers of RULES §4 that more than one module checks or masks: the citizen ID number
 * (GB 11643: 17 digits and an ISO 7064 MOD 11-2 check character) and the mobile number.
 */
public final class PersonalData {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private PersonalData() {}

    /** 17 digits and the right check character (a lower-case x is accepted). */
    public static boolean isValidIdNumber(String id) {
        return id != null && id.matches("\\d{17}[0-9Xx]")
                && Character.toUpperCase(id.charAt(17)) == idNumberCheckCharacter(id.substring(0, 17));
    }

    /** The check character for the first 17 digits of an ID number. */
    public static char idNumberCheckCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11);
    }

    /** {@code 13812341234} → {@code 138****1234}: first 3 and last 4 characters kept; short values fully masked. */
    public static String maskMobile(String mobile) {
        if (mobile == null || mobile.isBlank()) {
            return "";
        }
        if (mobile.length() < 8) {
            return "*".repeat(mobile.length());
        }
        return mobile.substring(0, 3) + "*".repeat(mobile.length() - 7) + mobile.substring(mobile.length() - 4);
    }
}
