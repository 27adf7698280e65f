package org.gongkai.files;

import java.util.Set;

/**
 * Why a file is uploaded, which decides what it may be (issue #9 item 6: one list per purpose, here, instead of
 * copies in every module). Sizes are settings ({@link FilesProperties.MaxBytes}); {@link AttachmentPolicy} combines
 * both. A purpose whose files are {@link #extractsText() read} has its text extracted at upload, within the bounds
 * of {@link FilesProperties}, so that a file that cannot be read within them is refused at once.
 */
public enum AttachmentPurpose {

    /** What an applicant may attach to a public application (e.g. a copy of their ID card). */
    PUBLIC_APPLICATION(Set.of(MediaTypes.PDF, MediaTypes.JPEG, MediaTypes.PNG), "PDF、JPEG 或 PNG",
            ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png", false),

    /** What officers attach to a case: PDF, Office/OpenDocument, images. */
    OFFICER_DOCUMENT(MediaTypes.DOCUMENTS, "PDF、Word、Excel、OpenDocument 或图片", MediaTypes.DOCUMENT_ACCEPT, false),

    /** Attachments of a catalogue document: published, so read by the personal-data guard and search. */
    CATALOGUE_ATTACHMENT(MediaTypes.DOCUMENTS, "PDF、Word、Excel、OpenDocument 或图片", MediaTypes.DOCUMENT_ACCEPT, true),

    /** A sample (样表) or blank form (空白表格) of a service item's material: downloaded by the public from the guide. */
    SERVICE_MATERIAL_FORM(MediaTypes.DOCUMENTS, "PDF、Word、Excel、OpenDocument 或图片", MediaTypes.DOCUMENT_ACCEPT, false),

    /** Evidence a unit attaches to a supervision task's progress report or rectification (督查督办, #15). */
    SUPERVISION_EVIDENCE(MediaTypes.DOCUMENTS, "PDF、Word、Excel、OpenDocument 或图片", MediaTypes.DOCUMENT_ACCEPT, false),

    /** Attachments of an information submission (政务信息报送, #15): pictures and documents the office may edit. */
    INFORMATION_SUBMISSION(MediaTypes.DOCUMENTS, "PDF、Word、Excel、OpenDocument 或图片", MediaTypes.DOCUMENT_ACCEPT,
            false),

    /** A graphic of a policy interpretation (图解, #16): shown on the public page with its text alternative. */
    INTERPRETATION_IMAGE(Set.of(MediaTypes.PNG, MediaTypes.JPEG, "image/gif", "image/webp"), "PNG、JPEG、GIF 或 WebP 图片",
            ".png,.jpg,.jpeg,.gif,.webp,image/png,image/jpeg,image/gif,image/webp", false),

    /** A file of a consultation's draft (征求意见稿, 起草说明 annex, #16): downloaded by the public once it opens. */
    CONSULTATION_DRAFT(MediaTypes.DOCUMENTS, "PDF、Word、Excel、OpenDocument 或图片", MediaTypes.DOCUMENT_ACCEPT, false);

    private final Set<String> mediaTypes;
    private final String label;
    private final String accept;
    private final boolean extractsText;

    AttachmentPurpose(Set<String> mediaTypes, String label, String accept, boolean extractsText) {
        this.mediaTypes = mediaTypes;
        this.label = label;
        this.accept = accept;
        this.extractsText = extractsText;
    }

    /** Detected media types accepted (by content, not by name). */
    public Set<String> mediaTypes() {
        return mediaTypes;
    }

    /** The accepted types in words, for form hints. */
    public String label() {
        return label;
    }

    /** The value of an HTML file input's {@code accept} attribute. */
    public String accept() {
        return accept;
    }

    public boolean extractsText() {
        return extractsText;
    }

    /** The media types the platform knows by name. */
    static final class MediaTypes {
        static final String PDF = "application/pdf";
        static final String JPEG = "image/jpeg";
        static final String PNG = "image/png";
        static final Set<String> DOCUMENTS = Set.of(PDF, "application/msword",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
                PNG, JPEG, "image/gif", "image/webp");
        static final String DOCUMENT_ACCEPT = ".pdf,.doc,.docx,.xls,.xlsx,.odt,.ods,.png,.jpg,.jpeg,.gif,.webp";

        private MediaTypes() {}
    }
}
