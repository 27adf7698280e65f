package org.gongkai.files;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bounds of the work an upload may cause ({@code gongkai.files.*}, issue #8 class 4) and the size limits of the
 * attachment purposes ({@link AttachmentPurpose}).
 *
 * @param maxExpandedBytes     zip-based files (DOCX, XLSX, ODT, ODS…): largest total uncompressed size of the entries
 *                             (default 100 MB), checked by inflating before any parser sees the file
 * @param maxCompressionRatio  zip-based files: largest ratio uncompressed/compressed of the whole file, once it expands
 *                             beyond 10 MB (default 100)
 * @param maxZipEntries        zip-based files: most entries (default 10,000)
 * @param maxExtractedChars    most characters of text taken from one file (default 2,000,000); a file with more is
 *                             refused, because the personal-data guard could not read the rest
 * @param extractionTimeout    longest text extraction of one file (default 30 s)
 * @param extractionThreads    extractions running at once (default 2); more waiting than 4 per thread are refused
 * @param maxBytes             largest file per purpose
 */
@ConfigurationProperties("gongkai.files")
public record FilesProperties(Long maxExpandedBytes, Double maxCompressionRatio, Integer maxZipEntries,
        Integer maxExtractedChars, Duration extractionTimeout, Integer extractionThreads, MaxBytes maxBytes) {

    static final long MB = 1024L * 1024;

    /**
     * Per purpose (bytes): public application 5 MB, officer document 5 MB, catalogue attachment 20 MB, a service
     * material's sample or blank form 10 MB, an interpretation's image 5 MB, a consultation draft's file 20 MB.
     */
    public record MaxBytes(Long publicApplication, Long officerDocument, Long catalogueAttachment,
            Long serviceMaterialForm, Long supervisionEvidence, Long informationSubmission, Long interpretationImage,
            Long consultationDraft) {

        /** Without the consultation draft's size (the constructor before #16's draft attachments). */
        public MaxBytes(Long publicApplication, Long officerDocument, Long catalogueAttachment,
                Long serviceMaterialForm, Long supervisionEvidence, Long informationSubmission,
                Long interpretationImage) {
            this(publicApplication, officerDocument, catalogueAttachment, serviceMaterialForm, supervisionEvidence,
                    informationSubmission, interpretationImage, null);
        }

        /** Without the interpretation image's size (the constructor before #16's interpretation parts). */
        public MaxBytes(Long publicApplication, Long officerDocument, Long catalogueAttachment,
                Long serviceMaterialForm, Long supervisionEvidence, Long informationSubmission) {
            this(publicApplication, officerDocument, catalogueAttachment, serviceMaterialForm, supervisionEvidence,
                    informationSubmission, null);
        }

        public MaxBytes {
            consultationDraft = positive(consultationDraft, 20 * MB);
            interpretationImage = positive(interpretationImage, 5 * MB);
            serviceMaterialForm = positive(serviceMaterialForm, 10 * MB);
            supervisionEvidence = positive(supervisionEvidence, 20 * MB);
            informationSubmission = positive(informationSubmission, 10 * MB);
            publicApplication = positive(publicApplication, 5 * MB);
            officerDocument = positive(officerDocument, 5 * MB);
            catalogueAttachment = positive(catalogueAttachment, 20 * MB);
        }
    }

    public static final FilesProperties DEFAULTS = new FilesProperties(null, null, null, null, null, null, null);

    public FilesProperties {
        maxExpandedBytes = positive(maxExpandedBytes, 100 * MB);
        maxCompressionRatio = maxCompressionRatio == null || maxCompressionRatio <= 1 ? 100.0 : maxCompressionRatio;
        maxZipEntries = maxZipEntries == null || maxZipEntries <= 0 ? 10_000 : maxZipEntries;
        maxExtractedChars = maxExtractedChars == null || maxExtractedChars <= 0 ? 2_000_000 : maxExtractedChars;
        extractionTimeout = extractionTimeout == null || extractionTimeout.isNegative() || extractionTimeout.isZero()
                ? Duration.ofSeconds(30) : extractionTimeout;
        extractionThreads = extractionThreads == null || extractionThreads <= 0 ? 2 : extractionThreads;
        maxBytes = maxBytes == null ? new MaxBytes(null, null, null, null, null, null) : maxBytes;
    }

    private static Long positive(Long value, long fallback) {
        return value == null || value <= 0 ? fallback : value;
    }
}
