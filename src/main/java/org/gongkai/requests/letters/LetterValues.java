package org.gongkai.requests.letters;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import org.gongkai.requests.letters.LetterRenderer.LetterData;

/** The placeholder values of a letter, as plain text. */
final class LetterValues {

    private LetterValues() {}

    static Map<Placeholder, String> of(LetterData data) {
        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        if (data.extra() != null) {
            data.extra().forEach((name, value) -> Placeholder.byKey(name)
                    .ifPresent(p -> put(values, p, looksLikeDate(value) ? chineseDate(LocalDate.parse(value)) : value)));
        }
        put(values, Placeholder.UNIT_NAME, data.unitName());
        put(values, Placeholder.APPLICANT_NAME, data.applicantName());
        put(values, Placeholder.TRACKING_NUMBER, data.trackingNumber());
        put(values, Placeholder.RECEIVED_ON, data.receivedOn() == null ? null : chineseDate(data.receivedOn()));
        put(values, Placeholder.ISSUED_ON, data.issuedOn() == null ? null : chineseDate(data.issuedOn()));
        put(values, Placeholder.DESCRIPTION, data.description());
        put(values, Placeholder.REASONS, data.reasons());
        put(values, Placeholder.YOU, data.addressee().pronoun());
        LetterRenderer.Issuer issuer = data.issuer();
        put(values, Placeholder.CONTACT_PERSON, issuer.contactPerson());
        put(values, Placeholder.CONTACT_PHONE, issuer.phone());
        put(values, Placeholder.CONTACT_ADDRESS, issuer.address());
        put(values, Placeholder.RECONSIDERATION_BODY, issuer.reconsiderationBody());
        put(values, Placeholder.COURT, issuer.court());
        put(values, Placeholder.LETTER_NUMBER, issuer.letterNumber());
        if (!values.containsKey(Placeholder.CONTACT) && (issuer.contactPerson() != null || issuer.phone() != null)) {
            put(values, Placeholder.CONTACT, String.join("，", java.util.stream.Stream.of(issuer.contactPerson(),
                    issuer.phone()).filter(v -> v != null && !v.isBlank()).toList()));
        }
        if (data.decisionCode() != null && !data.decisionCode().isBlank()) {
            put(values, Placeholder.DECISION_LABEL, situation(data.decisionLabel()));
            put(values, Placeholder.DECISION_GROUP, LetterRenderer.ReplyGroup.ofDecisionCode(data.decisionCode()).label());
            put(values, Placeholder.DECISION_BASIS, LegalBasis.of(data.decisionCode()));
        }
        return values;
    }

    /**
     * The annual-report row as a letter names it: without the group and the row number
     * (（三）不予公开 1.属于国家秘密 → 属于国家秘密; 3.其他 → 其他).
     */
    static String situation(String decisionLabel) {
        if (decisionLabel == null) {
            return null;
        }
        return decisionLabel.strip().replaceFirst("^（[一二三四五六七]）\\S*\\s*", "").replaceFirst("^\\d+\\.", "").strip();
    }

    /** 2025-09-26 → 2025年9月26日 (GB/T 9704-2012 7.3.5: Arabic numerals, the year in full, no leading zeros). */
    static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static boolean looksLikeDate(String value) {
        if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return false;
        }
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static void put(Map<Placeholder, String> values, Placeholder p, String value) {
        if (value != null && !value.isBlank()) {
            values.put(p, value);
        }
    }
}
