package org.gongkai.consultations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A consultation on a draft, as stored. */
public record Consultation(long id, long unitId, String title, String draftText, Long draftDocumentId,
        String explanation, boolean normative, LocalDate opensOn, LocalDate closesOn, String shortReason, String email,
        String letterAddress, ConsultationStatus status, Long finalDocumentId, Instant createdAt) {

    /** Calendar days from opening to closing. */
    public long periodDays() {
        return ChronoUnit.DAYS.between(opensOn, closesOn);
    }

    /** Whether comments are accepted on {@code today}: open, and not after the closing date. */
    public boolean acceptsCommentsOn(LocalDate today) {
        return status == ConsultationStatus.OPEN && !today.isAfter(closesOn) && !today.isBefore(opensOn);
    }

    /** One entry of the public timeline (the ledger). */
    public record Event(String type, LocalDate on, Instant at, String detail) {
        public String label() {
            return switch (type) {
                case "SCHEDULED" -> "发布征求意见公告";
                case "OPENED" -> "开始征求意见";
                case "CLOSED" -> "征求意见截止";
                case "FEEDBACK_APPROVED" -> "反馈报告经审核";
                case "FEEDBACK_PUBLISHED" -> "公布意见采纳情况反馈";
                case "FINAL_DOCUMENT" -> "正式文件公布";
                default -> type;
            };
        }
    }

    /** A comment, as staff see it (the contact stays encrypted and is not part of this record). */
    public record Comment(long id, long consultationId, Instant receivedAt, String name, String article,
            String groupArticle, String text, CommentStatus status, String publicName, String publicText,
            String hideReason) {}

    /** A file attached to the draft (stored in the files module under {@code fileId}). */
    public record Attachment(long id, long consultationId, String fileId, String name, String mediaType, long size,
            String addedBy, Instant addedAt) {
        /** The size for people, e.g. {@code 1.2 MB}. */
        public String sizeLabel() {
            return size < 1024 ? size + " B" : size < 1024 * 1024 ? String.format("%.1f KB", size / 1024.0)
                    : String.format("%.1f MB", size / (1024.0 * 1024));
        }

        /** The type for people, from the detected media type. */
        public String typeLabel() {
            return switch (mediaType) {
                case "application/pdf" -> "PDF";
                case "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                        -> "Word";
                case "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        -> "Excel";
                case "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet"
                        -> "OpenDocument";
                default -> mediaType.startsWith("image/") ? "图片" : mediaType;
            };
        }
    }

    /** A decision on the comments of one article. */
    public record Group(String article, Decision decision, String reason, int comments) {}

    /** The feedback report (意见采纳情况反馈). */
    public record Feedback(long consultationId, int comments, int adopted, int partlyAdopted, int notAdopted,
            String summary, java.util.List<Group> groups, Instant generatedAt, String approvedBy, Instant approvedAt,
            LocalDate publishedOn) {
        public boolean approved() {
            return approvedAt != null;
        }

        public boolean published() {
            return publishedOn != null;
        }
    }
}
