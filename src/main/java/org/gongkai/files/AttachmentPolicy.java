package org.gongkai.files;

import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The one attachment policy of every module: per {@link AttachmentPurpose} the allowed types and the largest
 * size (a setting), and the one way upload names are cleaned ({@link UploadNames#clean}). Pages use it for their
 * hints ({@link #hint}) and {@code accept} attributes; {@link FileStore#store(java.io.InputStream, String,
 * AttachmentPurpose)} enforces it.
 */
@Component
public class AttachmentPolicy {

    private final FilesProperties properties;

    public AttachmentPolicy(FilesProperties properties) {
        this.properties = properties;
    }

    public Set<String> mediaTypes(AttachmentPurpose purpose) {
        return purpose.mediaTypes();
    }

    public long maxBytes(AttachmentPurpose purpose) {
        FilesProperties.MaxBytes max = properties.maxBytes();
        return switch (purpose) {
            case PUBLIC_APPLICATION -> max.publicApplication();
            case OFFICER_DOCUMENT -> max.officerDocument();
            case CATALOGUE_ATTACHMENT -> max.catalogueAttachment();
            case SERVICE_MATERIAL_FORM -> max.serviceMaterialForm();
            case SUPERVISION_EVIDENCE -> max.supervisionEvidence();
            case INFORMATION_SUBMISSION -> max.informationSubmission();
            case INTERPRETATION_IMAGE -> max.interpretationImage();
            case CONSULTATION_DRAFT -> max.consultationDraft();
        };
    }

    /** E.g. {@code PDF、JPEG 或 PNG，不超过 5 MB}. */
    public String hint(AttachmentPurpose purpose) {
        return purpose.label() + "，不超过 " + UploadNames.humanSize(maxBytes(purpose));
    }

    /** The safe form of an upload's name (see {@link UploadNames#clean}). */
    public String cleanName(String originalName) {
        return UploadNames.clean(originalName);
    }
}
