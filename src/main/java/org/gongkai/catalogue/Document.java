package org.gongkai.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;

/**
 * The document aggregate: metadata, body and its place in the workflow. The status changes only through
 * {@link #apply(WorkflowAction, Instant)}, which follows {@link DocumentLifecycle#TABLE}. {@code publicVersion} is
 * the archived version the public sees (null while nothing is public); while a published document is being
 * revised, the public keeps seeing that version.
 */
public class Document {

    private Long id;
    private final long unitId;
    private DocumentStatus status;
    private DocumentContent content;
    private LocalDate publishedOn;
    private Instant publishedAt;
    private Instant scheduledAt;
    private Long replacesId;
    private Long replacedById;
    private String indexNumber;
    private Integer publicVersion;
    private final boolean imported;
    private String withdrawnReason;
    private String repealNote;
    private final String createdBy;
    private final Instant createdAt;
    private Instant updatedAt;

    Document(Long id, long unitId, DocumentStatus status, DocumentContent content, LocalDate publishedOn,
            Instant publishedAt, Instant scheduledAt, Long replacesId, Long replacedById, String indexNumber,
            Integer publicVersion, boolean imported, String withdrawnReason, String repealNote, String createdBy,
            Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.unitId = unitId;
        this.status = status;
        this.content = content;
        this.publishedOn = publishedOn;
        this.publishedAt = publishedAt;
        this.scheduledAt = scheduledAt;
        this.replacesId = replacesId;
        this.replacedById = replacedById;
        this.indexNumber = indexNumber;
        this.publicVersion = publicVersion;
        this.imported = imported;
        this.withdrawnReason = withdrawnReason;
        this.repealNote = repealNote;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static Document draft(long unitId, DocumentContent content, String createdBy, Instant now) {
        return new Document(null, unitId, DocumentStatus.DRAFT, content, null, null, null, null, null, null,
                null, false, null, null, createdBy, now, now);
    }

    static Document imported(long unitId, DocumentContent content, LocalDate publishedOn, Instant publishedAt,
            String indexNumber, String createdBy, Instant now) {
        return new Document(null, unitId, DocumentStatus.PUBLISHED, content, publishedOn, publishedAt, null, null,
                null, indexNumber, 1, true, null, null, createdBy, now, now);
    }

    /** Takes the workflow edge for this action from the current status, or refuses (TRANSITION_NOT_ALLOWED). */
    DocumentStatus apply(WorkflowAction action, Instant now) {
        status = DocumentLifecycle.TABLE.next(status, action).orElseThrow(() -> refused(action));
        updatedAt = now;
        return status;
    }

    /** The refusal of an action the workflow does not allow in the current status. */
    GongkaiException refused(WorkflowAction action) {
        return new GongkaiException(ErrorCode.TRANSITION_NOT_ALLOWED,
                "文件当前状态为“" + status.label() + "”，不能执行“" + action.label() + "”");
    }

    void edit(DocumentContent newContent, Instant now) {
        if (status != DocumentStatus.DRAFT) {
            throw new GongkaiException(ErrorCode.DOCUMENT_NOT_EDITABLE, "只有草稿可以修改；已发布的文件请先“修改已发布文件”");
        }
        content = newContent;
        updatedAt = now;
    }

    void maskBody(String maskedBody, Instant now) {
        content = content.withBody(maskedBody);
        updatedAt = now;
    }

    /** Records the publication of a new public version (after {@link #apply} took the publish edge). */
    void published(int version, String assignedIndexNumber, LocalDate on, Instant at) {
        if (indexNumber == null) {
            indexNumber = assignedIndexNumber;
        }
        if (publishedOn == null) {
            publishedOn = on;
            publishedAt = at;
        }
        publicVersion = version;
        scheduledAt = null;
    }

    void schedule(Instant at) {
        scheduledAt = at;
    }

    void unschedule() {
        scheduledAt = null;
    }

    void withdrawn(String reason) {
        withdrawnReason = reason;
        publicVersion = null;
    }

    void repealedBy(Long replacementId, String note, Instant now) {
        content = new DocumentContent(content.title(), content.summary(), content.documentNumber(),
                content.writtenOn(), content.topic(), content.category(), content.genre(), content.keywords(),
                content.disclosureMode(), Validity.REPEALED, content.effectiveFrom(),
                content.effectiveTo() == null ? LocalDate.ofInstant(now, java.time.ZoneId.of("Asia/Shanghai"))
                        : content.effectiveTo(),
                content.interpretsId(), content.body());
        replacedById = replacementId;
        repealNote = note;
        updatedAt = now;
    }

    void replaces(long oldId) {
        replacesId = oldId;
    }

    void assignId(long newId) {
        id = newId;
    }

    public boolean isPublic() {
        return publicVersion != null && status != DocumentStatus.WITHDRAWN;
    }

    public Long id() { return id; }
    public long unitId() { return unitId; }
    public DocumentStatus status() { return status; }
    public DocumentContent content() { return content; }
    public String title() { return content.title(); }
    public LocalDate publishedOn() { return publishedOn; }
    public Instant publishedAt() { return publishedAt; }
    public Instant scheduledAt() { return scheduledAt; }
    public Long replacesId() { return replacesId; }
    public Long replacedById() { return replacedById; }
    public String indexNumber() { return indexNumber; }
    public Integer publicVersion() { return publicVersion; }
    public boolean imported() { return imported; }
    public String withdrawnReason() { return withdrawnReason; }
    public String repealNote() { return repealNote; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public List<String> keywords() { return content.keywords(); }
}
