package org.gongkai.catalogue;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.audit.AuditLog;
import org.gongkai.calendar.Deadline;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.files.AttachmentPurpose;
import org.gongkai.files.FileStore;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's application service: drafts, the publication workflow with the personal-data guard,
 * repeal, attachments, versions and the deadline lists. Every state change is audited in its transaction;
 * publication, withdrawal and validity changes publish {@link CatalogueEvent}s in the same transaction.
 */
@Service
public class CatalogueService {

    /** Optional inputs of a workflow action: a reason (return, withdraw) and a time (schedule). */
    public record ActionInput(String reason, Instant scheduledAt) {
        public static final ActionInput NONE = new ActionInput(null, null);
    }

    /** A document not yet public with its publication deadline (Art. 26). */
    public record DeadlineRow(Document document, String unitName, Deadline deadline, boolean late) {}

    private final DocumentRepository documents;
    private final FindingRepository findings;
    private final AttachmentRepository attachments;
    private final IndexNumbers indexNumbers;
    private final UnitDirectory units;
    private final WorkingDayCalendar calendar;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<FileStore> files;
    private final CatalogueProperties properties;
    private final PersonalDataGuard guard;
    private final Clock clock;

    CatalogueService(DocumentRepository documents, FindingRepository findings, AttachmentRepository attachments,
            IndexNumbers indexNumbers, UnitDirectory units, WorkingDayCalendar calendar, AuditLog audit,
            ApplicationEventPublisher events, ObjectProvider<FileStore> files, CatalogueProperties properties,
            Clock clock) {
        this.documents = documents;
        this.findings = findings;
        this.attachments = attachments;
        this.indexNumbers = indexNumbers;
        this.units = units;
        this.calendar = calendar;
        this.audit = audit;
        this.events = events;
        this.files = files;
        this.properties = properties;
        this.guard = new PersonalDataGuard(properties.guard().settings());
        this.clock = clock;
    }

    // ---------------------------------------------------------------- drafts

    @Transactional
    public Document createDraft(Actor actor, long unitId, DocumentContent content) {
        if (!units.visibleUnits(actor, Role.EDITOR).contains(unitId)) {
            throw GongkaiException.invalid("unitId", "您不是该单位的信息员，不能以该单位名义起草文件");
        }
        DocumentContent clean = checked(content);
        new DocumentNumbers(documents).requireFree(unitId, clean.documentNumber(), null);
        Document d = documents.insert(Document.draft(unitId, clean, actor.username(), clock.instant()));
        audit.success("DocumentDrafted", "Document", d.id(), d.title());
        return d;
    }

    @Transactional
    public Document edit(Actor actor, long id, DocumentContent content) {
        Document d = lockVisible(actor, id);
        requireRole(actor, d, Role.EDITOR);
        DocumentContent clean = checked(content);
        new DocumentNumbers(documents).requireFree(d.unitId(), clean.documentNumber(), id);
        if (d.status() == DocumentStatus.PUBLISHED) {
            DocumentTransition edge = d.apply(WorkflowAction.REVISE, clock.instant());
            audit.success(edge.event(), "Document", id, "修改已发布文件，公众仍看到第" + d.publicVersion() + "版");
        }
        d.edit(clean, clock.instant());
        documents.update(d);
        audit.success("DocumentEdited", "Document", id, d.title());
        return d;
    }

    private DocumentContent checked(DocumentContent content) {
        content.firstProblem().ifPresent(p -> {
            throw GongkaiException.invalid(p.field(), p.message());
        });
        if (content.interpretsId() != null) {
            documents.find(content.interpretsId()).filter(Document::isPublic)
                    .orElseThrow(() -> GongkaiException.invalid("interpretsId", "被解读的文件不存在或尚未公开"));
        }
        return content.withBody(BodyHtml.sanitize(content.body()));
    }

    // ---------------------------------------------------------------- reading (data scope)

    @Transactional(readOnly = true)
    public Document view(Actor actor, long id) {
        return documents.find(id).map(d -> inScope(actor, d)).orElseThrow(GongkaiException::notFound);
    }

    private Document lockVisible(Actor actor, long id) {
        return documents.lock(id).map(d -> inScope(actor, d)).orElseThrow(GongkaiException::notFound);
    }

    private Document inScope(Actor actor, Document d) {
        if (!visible(actor, d)) {
            throw GongkaiException.outOfScope("Document", d.id());
        }
        return d;
    }

    private boolean visible(Actor actor, Document d) {
        return units.visibleUnits(actor).contains(d.unitId());
    }

    private void requireRole(Actor actor, Document d, Role... roles) {
        if (!units.visibleUnits(actor, roles).contains(d.unitId())) {
            throw new GongkaiException(ErrorCode.FORBIDDEN, "您在该单位没有执行此操作所需的角色");
        }
    }

    @Transactional(readOnly = true)
    public List<Document> documentsOf(Actor actor) {
        return documents.inUnits(units.visibleUnits(actor), 500);
    }

    @Transactional(readOnly = true)
    public List<Finding> findings(Actor actor, long id) {
        view(actor, id);
        return findings.forDocument(id);
    }

    @Transactional(readOnly = true)
    public List<Attachment> attachments(long documentId) {
        return attachments.current(documentId);
    }

    @Transactional(readOnly = true)
    public List<PublishedVersion> versions(Actor actor, long id) {
        view(actor, id);
        return documents.versions(id);
    }

    /** Line diff between two published versions (备案 comparison). */
    @Transactional(readOnly = true)
    public List<LineDiff.Line> diff(Actor actor, long id, int from, int to) {
        view(actor, id);
        PublishedVersion a = documents.version(id, from).orElseThrow(GongkaiException::notFound);
        PublishedVersion b = documents.version(id, to).orElseThrow(GongkaiException::notFound);
        return LineDiff.diff(VersionText.lines(a), VersionText.lines(b));
    }

    // ---------------------------------------------------------------- workflow

    @Transactional
    public Document act(Actor actor, long id, WorkflowAction action, ActionInput input) {
        Document d = lockVisible(actor, id);
        Instant now = clock.instant();
        switch (action) {
            case SUBMIT, REVISE -> requireRole(actor, d, Role.EDITOR);
            case REVIEW -> requireRole(actor, d, Role.REVIEWER);
            case RETURN -> requireRole(actor, d,
                    d.status() == DocumentStatus.REVIEWED ? Role.LEADER : Role.REVIEWER);
            case SIGN_OFF -> requireRole(actor, d, Role.LEADER);
            case PUBLISH, SCHEDULE, UNSCHEDULE, WITHDRAW -> requireRole(actor, d, Role.EDITOR, Role.LEADER);
        }
        DocumentTransition.find(d.status(), action).orElseThrow(() -> new GongkaiException(ErrorCode.CONFLICT,
                "文件当前状态为“" + d.status().label() + "”，不能执行“" + action.label() + "”"));
        String detail = d.title();
        switch (action) {
            case SUBMIT -> {
                List<Finding> open = scan(d, "SUBMIT");
                if (!open.isEmpty()) {
                    detail += "；发现" + open.size() + "处个人信息或密级标识，待保密审查处理";
                }
            }
            case REVIEW -> requireNoOpenFindings(d, "SUBMIT");
            case RETURN, WITHDRAW -> {
                if (input.reason() == null || input.reason().isBlank()) {
                    throw GongkaiException.invalid("reason", action == WorkflowAction.WITHDRAW ? "请填写撤回理由" : "请填写退回理由");
                }
                detail += "；理由：" + input.reason().strip();
            }
            case PUBLISH -> requireNoOpenFindings(d, "PUBLISH");
            case SCHEDULE -> {
                if (input.scheduledAt() == null || !input.scheduledAt().isAfter(now)) {
                    throw GongkaiException.invalid("scheduledAt", "请填写将来的发布时间");
                }
                requireNoOpenFindings(d, "PUBLISH");
                d.schedule(input.scheduledAt());
                detail += "；定于 " + input.scheduledAt() + " 发布";
            }
            case UNSCHEDULE -> d.unschedule();
            default -> { }
        }
        DocumentTransition edge = d.apply(action, now);
        if (edge.to() == DocumentStatus.PUBLISHED) {
            publishVersion(d, actor.username(), now);
            detail += "；索引号 " + d.indexNumber() + "，第" + d.publicVersion() + "版";
        }
        if (edge == DocumentTransition.WITHDRAWN_FROM_PUBLIC) {
            d.withdrawn(input.reason().strip());
            events.publishEvent(new CatalogueEvent.DocumentWithdrawn(d.id()));
        }
        documents.update(d);
        audit.success(edge.event(), "Document", id, detail);
        return d;
    }

    /** Publishes scheduled documents whose time has come (called by the sweeper, one document per transaction). */
    @Transactional
    public boolean publishIfDue(long id) {
        Document d = documents.lock(id).orElseThrow();
        Instant now = clock.instant();
        if (d.status() != DocumentStatus.SCHEDULED || d.scheduledAt() == null || d.scheduledAt().isAfter(now)) {
            return false;
        }
        List<Finding> open = scan(d, "PUBLISH");
        if (!open.isEmpty()) {
            audit.recordAs("system", "DocumentPublished", "Document", String.valueOf(id), AuditLog.Outcome.FAILURE,
                    "定时发布被阻止：" + open.size() + "处个人信息或密级标识未处理");
            return false;
        }
        DocumentTransition edge = d.apply(WorkflowAction.PUBLISH, now);
        publishVersion(d, "system", now);
        documents.update(d);
        audit.recordAs("system", edge.event(), "Document", String.valueOf(id), AuditLog.Outcome.SUCCESS,
                d.title() + "；定时发布，索引号 " + d.indexNumber());
        return true;
    }

    @Transactional(readOnly = true)
    public List<Long> dueScheduled() {
        return documents.dueScheduled(clock.instant());
    }

    private void publishVersion(Document d, String by, Instant now) {
        LocalDate today = LocalDate.now(clock);
        String number = d.indexNumber() != null ? d.indexNumber()
                : indexNumbers.next(d.unitId(), unit(d.unitId()).creditCode(), today, documents);
        int version = documents.nextVersion(d.id());
        documents.insertVersion(d.id(), version, d.content(), now, by);
        d.published(version, number, today, now);
        events.publishEvent(new CatalogueEvent.DocumentPublished(d.id()));
    }

    private void requireNoOpenFindings(Document d, String scanName) {
        List<Finding> open = scan(d, scanName);
        if (!open.isEmpty()) {
            throw new GongkaiException(ErrorCode.CONFLICT, "还有" + open.size()
                    + "处个人信息或密级标识未处理：请一键脱敏、替换附件，或由保密审查员说明理由后确认可公开", "findings");
        }
    }

    // ---------------------------------------------------------------- repeal

    @Transactional
    public Document repeal(Actor actor, long id, Long replacementId, String note) {
        Document old = lockVisible(actor, id);
        requireRole(actor, old, Role.EDITOR, Role.LEADER);
        if (!old.isPublic()) {
            throw new GongkaiException(ErrorCode.CONFLICT, "只有已公开的文件可以废止");
        }
        if (old.content().validity() == Validity.REPEALED) {
            throw new GongkaiException(ErrorCode.CONFLICT, "该文件已废止");
        }
        Document replacement = null;
        if (replacementId != null) {
            if (replacementId == id) {
                throw GongkaiException.invalid("replacementId", "替代文件不能是被废止的文件本身");
            }
            replacement = documents.lock(replacementId).filter(Document::isPublic)
                    .orElseThrow(() -> GongkaiException.invalid("replacementId", "替代文件不存在或尚未公开"));
        }
        old.repealedBy(replacementId, note == null || note.isBlank() ? null : note.strip(), clock.instant());
        documents.update(old);
        events.publishEvent(new CatalogueEvent.DocumentValidityChanged(id));
        if (replacement != null) {
            replacement.replaces(id);
            documents.update(replacement);
            events.publishEvent(new CatalogueEvent.DocumentValidityChanged(replacementId));
        }
        audit.success("DocumentRepealed", "Document", id, old.title()
                + (replacement == null ? "" : "；由《" + replacement.title() + "》（id " + replacementId + "）替代")
                + (old.repealNote() == null ? "" : "；" + old.repealNote()));
        return old;
    }

    // ---------------------------------------------------------------- guard

    /**
     * Scans body and attachments and reconciles the stored findings: new ones are recorded OPEN, ones that
     * disappeared are closed (MASKED for the body, CLEANED for attachments), overridden ones stay overridden.
     * Returns the open findings.
     */
    List<Finding> scan(Document d, String scanName) {
        Instant now = clock.instant();
        List<Finding> existing = findings.forDocument(d.id());
        Set<String> current = new HashSet<>();
        String body = GuardHtml.text(d.content().body());
        record Source(String name, Long attachmentId, String text) {}
        List<Source> sources = new ArrayList<>();
        sources.add(new Source("BODY", null, d.title() + "\n\n" + Optional.ofNullable(d.content().summary()).orElse("")
                + "\n\n" + body));
        FileStore store = files.getIfAvailable();
        for (Attachment a : attachments.current(d.id())) {
            sources.add(new Source("ATTACHMENT", a.id(), store == null ? "" : store.extractText(a.fileId())));
        }
        for (Source s : sources) {
            for (PersonalDataGuard.Match m : guard.scan(s.text())) {
                String key = s.attachmentId() + "|" + m.fingerprint();
                if (!current.add(key)) {
                    continue;
                }
                boolean known = existing.stream().anyMatch(f -> key.equals(f.attachmentId() + "|" + f.fingerprint())
                        && (f.status() == Finding.Status.OPEN || f.status() == Finding.Status.OVERRIDDEN));
                if (!known) {
                    findings.insert(d.id(), s.name(), s.attachmentId(), m.kind(), m.fingerprint(), m.masked(),
                            guard.context(s.text(), m, 20), scanName, now);
                }
            }
        }
        for (Finding f : existing) {
            if (f.status() == Finding.Status.OPEN && !current.contains(f.attachmentId() + "|" + f.fingerprint())) {
                findings.resolve(f.id(), f.inAttachment() ? Finding.Status.CLEANED : Finding.Status.MASKED, null,
                        "system", now);
            }
        }
        return findings.forDocument(d.id()).stream().filter(Finding::blocking).toList();
    }

    /** Runs the guard now and shows the result (the review page). */
    @Transactional
    public List<Finding> rescan(Actor actor, long id) {
        Document d = lockVisible(actor, id);
        List<Finding> open = scan(d, "REVIEW");
        audit.success("DocumentScanned", "Document", id, open.size() + "处待处理");
        return findings.forDocument(id);
    }

    /** One click: applies the default masks to the body (text only, not markup) and closes body findings. */
    @Transactional
    public Document maskBody(Actor actor, long id) {
        Document d = lockVisible(actor, id);
        requireRole(actor, d, Role.EDITOR, Role.REVIEWER);
        if (d.status() != DocumentStatus.DRAFT && d.status() != DocumentStatus.SUBMITTED) {
            throw new GongkaiException(ErrorCode.CONFLICT, "只有草稿或待保密审查的文件可以脱敏");
        }
        d.maskBody(BodyHtml.sanitize(GuardHtml.mask(d.content().body(), guard)), clock.instant());
        documents.update(d);
        List<Finding> open = scan(d, "MASK");
        audit.success("DocumentMasked", "Document", id, "正文已按默认规则脱敏；剩余" + open.size() + "处待处理");
        return d;
    }

    @Transactional
    public Finding override(Actor actor, long findingId, String reason) {
        Finding f = findings.find(findingId).orElseThrow(GongkaiException::notFound);
        Document d = lockVisible(actor, f.documentId());
        requireRole(actor, d, Role.REVIEWER);
        if (reason == null || reason.strip().length() < 4) {
            throw GongkaiException.invalid("reason", "请说明确认可以公开的理由（至少4个字）");
        }
        if (f.status() != Finding.Status.OPEN) {
            throw new GongkaiException(ErrorCode.CONFLICT, "该项已处理");
        }
        findings.resolve(findingId, Finding.Status.OVERRIDDEN, reason.strip(), actor.username(), clock.instant());
        audit.success("FindingOverridden", "Document", d.id(),
                f.kind().label() + " " + f.maskedValue() + "；理由：" + reason.strip());
        return findings.find(findingId).orElseThrow();
    }

    /** Scheduled re-scan of public documents: records findings the current rules see for the first time. */
    @Transactional
    public int rescanPublic(long id) {
        Document d = documents.lock(id).orElseThrow();
        if (!d.isPublic()) {
            return 0;
        }
        long before = findings.forDocument(id).size();
        scanNewOnly(d);
        return (int) (findings.forDocument(id).size() - before);
    }

    private void scanNewOnly(Document d) {
        List<Finding> existing = findings.forDocument(d.id());
        String text = d.title() + "\n\n" + GuardHtml.text(d.content().body());
        FileStore store = files.getIfAvailable();
        List<Object[]> sources = new ArrayList<>();
        sources.add(new Object[] {"BODY", null, text});
        for (Attachment a : attachments.current(d.id())) {
            sources.add(new Object[] {"ATTACHMENT", a.id(), store == null ? "" : store.extractText(a.fileId())});
        }
        for (Object[] s : sources) {
            String t = (String) s[2];
            for (PersonalDataGuard.Match m : guard.scan(t)) {
                Long att = (Long) s[1];
                boolean known = existing.stream().anyMatch(f -> f.fingerprint().equals(m.fingerprint())
                        && java.util.Objects.equals(f.attachmentId(), att));
                if (!known) {
                    findings.insert(d.id(), (String) s[0], att, m.kind(), m.fingerprint(), m.masked(),
                            guard.context(t, m, 20), "RESCAN", clock.instant());
                    existing = findings.forDocument(d.id());
                }
            }
        }
    }

    @Transactional(readOnly = true)
    public List<Long> publicIds(long afterId, int limit) {
        return documents.publicIds(afterId, limit);
    }

    @Transactional(readOnly = true)
    public List<Finding> rescanFindings(Actor actor) {
        return findings.openRescans(units.visibleUnits(actor));
    }

    // ---------------------------------------------------------------- attachments

    @Transactional
    public Attachment addAttachment(Actor actor, long id, InputStream content, String name) {
        Document d = lockVisible(actor, id);
        requireRole(actor, d, Role.EDITOR);
        if (d.status() != DocumentStatus.DRAFT) {
            throw new GongkaiException(ErrorCode.CONFLICT, "只有草稿可以添加附件", "file");
        }
        FileStore store = files.getIfAvailable();
        if (store == null) {
            throw new GongkaiException(ErrorCode.CONFLICT, "附件存储尚未配置", "file");
        }
        FileStore.StoredFile stored = store.store(content, name, AttachmentPurpose.CATALOGUE_ATTACHMENT);
        Attachment a = attachments.insert(id, stored.id(), stored.originalName(), stored.mediaType(), stored.size(),
                clock.instant());
        audit.success("AttachmentAdded", "Document", id, a.name() + "（" + a.mediaType() + "，" + a.sizeText() + "）");
        return a;
    }

    @Transactional
    public void removeAttachment(Actor actor, long attachmentId) {
        Attachment a = attachments.find(attachmentId).filter(x -> !x.removed()).orElseThrow(GongkaiException::notFound);
        Document d = lockVisible(actor, a.documentId());
        requireRole(actor, d, Role.EDITOR);
        if (d.status() != DocumentStatus.DRAFT) {
            throw new GongkaiException(ErrorCode.CONFLICT, "只有草稿可以删除附件");
        }
        attachments.remove(attachmentId);
        audit.success("AttachmentRemoved", "Document", d.id(), a.name());
    }

    @Transactional(readOnly = true)
    public Optional<Attachment> publicAttachment(long attachmentId) {
        return attachments.find(attachmentId).filter(a -> !a.removed())
                .filter(a -> documents.find(a.documentId()).map(Document::isPublic).orElse(false));
    }

    public InputStream openAttachment(Attachment a) {
        FileStore store = files.getIfAvailable();
        if (store == null) {
            throw GongkaiException.notFound();
        }
        return store.open(a.fileId());
    }

    // ---------------------------------------------------------------- deadlines

    /** Not-yet-public documents of the actor's units with their Art. 26 deadline, latest first flagged. */
    @Transactional(readOnly = true)
    public List<DeadlineRow> queue(Actor actor) {
        return deadlines(units.visibleUnits(actor));
    }

    /** The supervisor's list: late documents in every unit the supervisor oversees. */
    @Transactional(readOnly = true)
    public List<DeadlineRow> lateList(Actor actor) {
        return deadlines(units.visibleUnits(actor, Role.SUPERVISOR)).stream().filter(DeadlineRow::late).toList();
    }

    List<DeadlineRow> deadlines(Set<Long> unitIds) {
        LocalDate today = LocalDate.now(clock);
        List<DeadlineRow> rows = new ArrayList<>();
        for (Document d : documents.unpublished(unitIds)) {
            Deadline deadline = calendar.addWorkingDays(d.content().writtenOn(), properties.publicationWorkingDays());
            rows.add(new DeadlineRow(d, units.findById(d.unitId()).map(UnitView::name).orElse(""), deadline,
                    today.isAfter(deadline.date())));
        }
        return rows;
    }

    UnitView unit(long unitId) {
        return units.findById(unitId).orElseThrow(() -> new IllegalStateException("unknown unit " + unitId));
    }

    PersonalDataGuard guard() {
        return guard;
    }
}
