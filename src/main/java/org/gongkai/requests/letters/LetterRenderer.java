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
     * Everything a letter may show. {@code decisionCode} (a DecisionCode name) and {@code decisionLabel} only
     * for replies; {@code extra} carries kind-specific values (e.g. "amountYuan", "newDueDate",
     * "correctionDeadline", "consultee", "extensionDays").
     */
    record LetterData(LetterKind kind, String trackingNumber, String unitName, String applicantName,
            LocalDate receivedOn, LocalDate issuedOn, String description, String decisionCode,
            String decisionLabel, String reasons, Map<String, String> extra) {}

    byte[] docx(LetterData data);

    byte[] pdf(LetterData data);
}
