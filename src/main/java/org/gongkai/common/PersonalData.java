package org.gongkai.common;

/**
 * The personal identifiers of RULES §4 that more than one module checks or masks: the citizen ID number
 * (GB 11643: 17 digits and an ISO 7064 MOD 11-2 check character) and the mobile number.
 */
public final class PersonalData {

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    /** The one mobile-number rule (mainland 11 digits, 13x–19x), used by every form, import and the guard. */
    public static final String MOBILE_REGEX = "1[3-9][0-9]{9}";

    private static final java.util.regex.Pattern MOBILE = java.util.regex.Pattern.compile(MOBILE_REGEX);

    private PersonalData() {}

    /** Whether {@code value} is a mobile number written canonically (11 ASCII digits, no separators). */
    public static boolean isMobile(String value) {
        return value != null && MOBILE.matcher(value).matches();
    }

    /** 17 digits and the right check character (a lower-case x is accepted). */
    public static boolean isValidIdNumber(String id) {
        return id != null && id.matches("\\d{17}[0-9Xx]")
                && Character.toUpperCase(id.charAt(17)) == idNumberCheckCharacter(id.substring(0, 17));
    }

    /**
     * A valid ID number that could belong to a person: right check character, a region code not starting with 0,
     * and a real birth date (1900–2099) in characters 7–14. The personal-data guard uses this, so that an
     * 18-digit count or code that happens to pass the check is not taken for an ID number.
     */
    public static boolean isPlausibleIdNumber(String id) {
        if (!isValidIdNumber(id) || id.charAt(0) == '0') {
            return false;
        }
        int year = Integer.parseInt(id.substring(6, 10));
        int month = Integer.parseInt(id.substring(10, 12));
        int day = Integer.parseInt(id.substring(12, 14));
        if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= java.time.YearMonth.of(year, month).lengthOfMonth();
    }

    /**
     * The canonical form of a possibly disguised number: NFKC (full-width digits become ASCII), every character
     * other than a digit or X dropped, x upper-cased. {@code １１０１０５ 1949-1231 002ｘ} → {@code 11010519491231002X}.
     */
    public static String canonicalNumber(String value) {
        if (value == null) {
            return "";
        }
        String n = NormalisedText.of(value).text();
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            } else if (c == 'X' || c == 'x') {
                out.append('X');
            }
        }
        return out.toString();
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

    /**
     * A value with only its first {@code head} and last {@code tail} characters shown ({@code 11*************02X});
     * values too short for that are fully masked, blank ones give "".
     */
    public static String maskKeeping(String value, int head, int tail) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String v = value.strip();
        if (v.length() <= head + tail) {
            return "*".repeat(v.length());
        }
        return v.substring(0, head) + "*".repeat(v.length() - head - tail) + v.substring(v.length() - tail);
    }

    /** A name for lists and public pages: {@code 张*}, {@code 张*丰}, {@code 欧**锋}; one character gives {@code *}. */
    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        int[] cps = name.strip().codePoints().toArray();
        int n = cps.length;
        if (n == 1) {
            return "*";
        }
        if (n == 2) {
            return new String(cps, 0, 1) + "*";
        }
        return new String(cps, 0, 1) + "*".repeat(n - 2) + new String(cps, n - 1, 1);
    }
}
