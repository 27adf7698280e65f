package org.gongkai.catalogue;

import java.time.Instant;

/**
 * A guard finding on a document: where ({@code BODY} or {@code ATTACHMENT} with its id), what kind, the masked
 * value and its context (the raw value is never stored), and how it was resolved. OPEN findings block
 * publication; MASKED/CLEANED ones are gone from the content; OVERRIDDEN ones were accepted by a reviewer with a
 * recorded reason.
 */
public record Finding(long id, long documentId, String source, Long attachmentId, PersonalDataGuard.Kind kind,
        String fingerprint, String maskedValue, String context, Status status, String scan, String overrideReason,
        String resolvedBy, Instant foundAt, Instant resolvedAt) {

    public enum Status {
        OPEN("待处理"),
        MASKED("已脱敏"),
        CLEANED("附件已替换"),
        OVERRIDDEN("审查员确认可公开");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean blocking() {
        return status == Status.OPEN;
    }

    public boolean inAttachment() {
        return attachmentId != null;
    }
}
