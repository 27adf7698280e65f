package org.gongkai.requests.letters;

import java.time.LocalDate;
import java.util.Map;

/**
 * Renders the letters of a disclosure request (告知书 and notices) from administrator-editable templates, as
 * DOCX and as PDF with Chinese text. The request workflow gathers the data; this only renders.
 */
public interface LetterRenderer {

    enum LetterKind {
        REPLY, CORRECTION_NOTICE, EXTENSION_NOTICE, FEE_NOTICE, CONSULTATION_LETTER
    }

    /**
     * The six decision groups of RULES §1.1; a reply's template is chosen by the group of its decision code.
     */
    enum ReplyGroup {
        DISCLOSED("予以公开"),
        PARTIALLY_DISCLOSED("部分公开"),
        WITHHELD("不予公开"),
        UNAVAILABLE("无法提供"),
        NOT_HANDLED("不予处理"),
        OTHER("其他处理");

        private final String label;

        ReplyGroup(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The group of a DecisionCode name (DISCLOSED, WITHHELD_STATE_SECRET, OTHER_FEE_UNPAID …). */
        public static ReplyGroup ofDecisionCode(String decisionCode) {
            if (decisionCode == null || decisionCode.isBlank()) {
                throw new IllegalArgumentException("a reply needs a decision code");
            }
            String code = decisionCode.trim();
            if (code.equals("DISCLOSED")) {
                return DISCLOSED;
            }
            if (code.equals("PARTIALLY_DISCLOSED")) {
                return PARTIALLY_DISCLOSED;
            }
            if (code.startsWith("WITHHELD_")) {
                return WITHHELD;
            }
            if (code.startsWith("UNAVAILABLE_")) {
                return UNAVAILABLE;
            }
            if (code.startsWith("NOT_HANDLED_")) {
                return NOT_HANDLED;
            }
            if (code.equals("OTHER") || code.startsWith("OTHER_")) {
                return OTHER;
            }
            throw new IllegalArgumentException("unknown decision code " + code);
        }
    }

    /** Whom a letter is addressed to: a natural person (您) or an organisation (贵单位). */
    enum Addressee {
        PERSON("您"),
        ORGANISATION("贵单位");

        private final String pronoun;

        Addressee(String pronoun) {
            this.pronoun = pronoun;
        }

        /** How the body refers to the addressee: 您 for a person, 贵单位 for an organisation (used throughout). */
        public String pronoun() {
            return pronoun;
        }
    }

    /**
     * The issuing unit as its letters show it (from the organisation's unit details): contact, phone and address
     * of the disclosure office, the 文号 if the unit numbers its letters, and where to seek remedies. Blank values
     * print as a line to fill in by hand (the 文号 line is left out).
     */
    record Issuer(String contactPerson, String phone, String address, String letterNumber,
            String reconsiderationBody, String court) {

        public static final Issuer UNKNOWN = new Issuer(null, null, null, null, null, null);

        /**
         * A 文号 (GB/T 9704 7.2.4): 机关代字, the year in 六角括号, the serial without leading zeros —
         * 示自然资依复〔2026〕12号; null without a prefix.
         */
        public static String letterNumber(String prefix, int year, long serial) {
            return prefix == null || prefix.isBlank() ? null : prefix.trim() + "〔" + year + "〕" + serial + "号";
        }
    }

    /**
     * Everything a letter may show. {@code decisionCode} (a DecisionCode name) and {@code decisionLabel} only
     * for replies; {@code extra} carries kind-specific values (e.g. "amountYuan", "newDueDate",
     * "correctionDeadline", "consultee", "extensionDays"). The placeholders a template may use, and so the
     * keys {@code extra} may carry, are listed by {@link Placeholder}; a value "YYYY-MM-DD" is shown as a
     * Chinese date; a missing value is printed as a blank line to fill in by hand.
     */
    record LetterData(LetterKind kind, String trackingNumber, String unitName, String applicantName,
            LocalDate receivedOn, LocalDate issuedOn, String description, String decisionCode,
            String decisionLabel, String reasons, Map<String, String> extra, Addressee addressee, Issuer issuer) {

        public LetterData {
            addressee = addressee == null ? Addressee.PERSON : addressee;
            issuer = issuer == null ? Issuer.UNKNOWN : issuer;
        }

        /** A letter to a person from a unit whose details are not known (previews, older callers). */
        public LetterData(LetterKind kind, String trackingNumber, String unitName, String applicantName,
                LocalDate receivedOn, LocalDate issuedOn, String description, String decisionCode,
                String decisionLabel, String reasons, Map<String, String> extra) {
            this(kind, trackingNumber, unitName, applicantName, receivedOn, issuedOn, description, decisionCode,
                    decisionLabel, reasons, extra, Addressee.PERSON, Issuer.UNKNOWN);
        }
    }

    byte[] docx(LetterData data);

    byte[] pdf(LetterData data);

    /**
     * One paragraph of a letter as text with its place on the page: {@code title}, {@code flush} (the addressee),
     * {@code body} or {@code right} (signature and date).
     */
    record TextParagraph(String style, String text) {}

    /** The letter as plain paragraphs (title first), for pages that show it as text (the public register). */
    java.util.List<TextParagraph> textParagraphs(LetterData data);

    /** A file name for the letter, e.g. "政府信息公开申请答复书-GK2025000123.pdf" ({@code extension} without dot). */
    String fileName(LetterData data, String extension);
}
