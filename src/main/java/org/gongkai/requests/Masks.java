package org.gongkai.requests;

/**
 * Masking of an applicant's data (RULES §4 defaults): the name for lists and public pages; on the officer's request
 * page the identity number and contacts until the officer asks to see them (an audited view).
 */
final class Masks {

    private static final String[] ADDRESS_LEVELS = {"街道", "镇", "乡", "街"};

    private Masks() {}

    /** ID number: first 2 and last 3 characters ({@code 11*************02X}); short values fully masked. */
    static String idNumber(String id) {
        return keep(id, 2, 3);
    }

    /** Phone: first 3 and last 4 ({@code 138****1234}). */
    static String phone(String phone) {
        return org.gongkai.common.PersonalData.maskMobile(phone == null ? null : phone.strip());
    }

    /** E-mail: the first character of the local part and the domain ({@code o***@example.cn}). */
    static String email(String email) {
        if (email == null || email.isBlank()) {
            return "";
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.substring(0, 1) + "***" + email.substring(at);
    }

    /** Address: down to the township or street only ({@code 示例县城关镇****}); else the first 6 characters. */
    static String address(String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        int cut = -1;
        for (String level : ADDRESS_LEVELS) {
            int i = address.indexOf(level);
            if (i >= 0 && (cut < 0 || i + level.length() < cut)) {
                cut = i + level.length();
            }
        }
        if (cut < 0 || cut >= address.length()) {
            cut = Math.min(6, address.length() / 2);
        }
        return address.substring(0, cut) + "****";
    }

    private static String keep(String value, int head, int tail) {
        return org.gongkai.common.PersonalData.maskKeeping(value, head, tail);
    }

    static String name(String name) {
        return org.gongkai.common.PersonalData.maskName(name);
    }
}
