package org.gongkai.consultations;

import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.catalogue.PersonalDataGuard;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.PersonalData;
import org.gongkai.consultations.Consultation.Comment;
import org.springframework.stereotype.Component;

/**
 * The personal-data guard on the publication of a comment (RULES §4): the public copy has ID, mobile and bank card
 * numbers masked ({@link PersonalDataGuard}), the commenter's own contact removed wherever it was typed, and the name
 * masked ({@link PersonalData#maskName}); a comment carrying a secrecy marking is not published at all.
 */
@Component
class CommentGuard {

    static final String CONTACT_REMOVED = "（联系方式已隐去）";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,100}\\.[^@\\s]{1,20}");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\-\\s()（）]{7,30}");

    private final PersonalDataGuard guard = new PersonalDataGuard();

    record Guarded(String name, String text) {}

    /** An e-mail address, or a phone number of 7 to 20 digits. */
    static boolean plausibleContact(String contact) {
        if (EMAIL.matcher(contact).matches()) {
            return true;
        }
        long digits = contact.chars().filter(Character::isDigit).count();
        return PHONE.matcher(contact).matches() && digits >= 7 && digits <= 20;
    }

    Guarded guard(Comment comment, String contact) {
        String text = scrub(comment.text(), contact);
        List<PersonalDataGuard.Match> found = guard.scan(text);
        if (found.stream().anyMatch(m -> !m.kind().maskable())) {
            throw new GongkaiException(ErrorCode.VALIDATION_FAILED, "意见含密级或不公开标识，不能公开；请选择不予公开并说明理由",
                    "action");
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (PersonalDataGuard.Match m : found) {
            if (m.start() < at) {
                continue;
            }
            out.append(text, at, m.start()).append(m.masked());
            at = m.end();
        }
        out.append(text.substring(at));
        String name = comment.name() == null ? null : PersonalData.maskName(scrub(comment.name(), contact));
        return new Guarded(name, out.toString());
    }

    private static String scrub(String text, String contact) {
        if (text == null || contact == null || contact.isBlank()) {
            return text;
        }
        String plain = text.replace(contact, CONTACT_REMOVED);
        String digits = contact.replaceAll("\\D", "");
        return digits.length() >= 7 ? plain.replace(digits, CONTACT_REMOVED) : plain;
    }
}
