package org.gongkai.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gongkai.catalogue.DocumentCommands.DocumentChange;
import org.gongkai.catalogue.DocumentCommands.OverrideFinding;
import org.gongkai.commands.CommandContext;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.files.FileStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The personal-data guard applied to documents: scans of body and attachments reconciled with the stored
 * findings, the block on review and publication while findings are open, one-click masking, the reviewer's
 * override, and the nightly re-scan of public documents.
 */
@Component
class DocumentScreening {

    private final DocumentRepository documents;
    private final FindingRepository findings;
    private final AttachmentRepository attachments;
    private final DocumentAccess access;
    private final ObjectProvider<FileStore> files;
    private final PersonalDataGuard guard;
    private final Clock clock;

    DocumentScreening(DocumentRepository documents, FindingRepository findings, AttachmentRepository attachments,
            DocumentAccess access, ObjectProvider<FileStore> files, CatalogueProperties properties, Clock clock) {
        this.documents = documents;
        this.findings = findings;
        this.attachments = attachments;
        this.access = access;
        this.files = files;
        this.guard = new PersonalDataGuard(properties.guard().settings());
        this.clock = clock;
    }

    PersonalDataGuard guard() {
        return guard;
    }

    /**
     * Scans body and attachments and reconciles the stored findings: new ones are recorded OPEN, ones that
     * disappeared are closed (MASKED for the body, CLEANED for attachments), overridden ones stay overridden.
     * Returns the open findings.
     */
    List<Finding> scan(Document d, String scanName) {
        Instant now = clock.instant();
        List<Finding> existing = findings.forDocument(d.id());
        Set<String> current = new HashSet<>();
        record Source(String name, Long attachmentId, String text) {}
        List<Source> sources = new ArrayList<>();
        sources.add(new Source("BODY", null, d.title() + "\n\n" + Optional.ofNullable(d.content().summary()).orElse("")
                + "\n\n" + GuardHtml.text(d.content().body())));
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

    /** Refuses (FINDINGS_OPEN, at "findings") while the guard finds anything not handled. */
    void requireNoOpenFindings(Document d, String scanName) {
        List<Finding> open = scan(d, scanName);
        if (!open.isEmpty()) {
            throw new GongkaiException(ErrorCode.FINDINGS_OPEN, "还有" + open.size()
                    + "处个人信息或密级标识未处理：请一键脱敏、替换附件，或由保密审查员说明理由后确认可公开", "findings");
        }
    }

    /** Runs the guard now (the review page's "re-check"). */
    DocumentChange rescan(long id, CommandContext context) {
        Document d = access.lockVisible(context.requireActor(), id);
        List<Finding> open = scan(d, "REVIEW");
        return new DocumentChange(d, open.size() + "处待处理");
    }

    /** One click: applies the default masks to the body (text only, not markup) and closes body findings. */
    DocumentChange mask(long id, CommandContext context) {
        Document d = access.lockVisible(context.requireActor(), id);
        if (d.status() != DocumentStatus.DRAFT && d.status() != DocumentStatus.SUBMITTED) {
            throw new GongkaiException(ErrorCode.DOCUMENT_NOT_EDITABLE, "只有草稿或待保密审查的文件可以脱敏");
        }
        d.maskBody(BodyHtml.sanitize(GuardHtml.mask(d.content().body(), guard)), clock.instant());
        documents.update(d);
        List<Finding> open = scan(d, "MASK");
        return new DocumentChange(d, "正文已按默认规则脱敏；剩余" + open.size() + "处待处理");
    }

    Finding finding(long findingId) {
        return findings.find(findingId).orElseThrow(GongkaiException::notFound);
    }

    Finding override(OverrideFinding command, CommandContext context) {
        Finding f = finding(command.findingId());
        access.lockVisible(context.requireActor(), f.documentId());
        String reason = command.reason();
        if (reason == null || reason.strip().length() < 4) {
            throw GongkaiException.invalid("reason", "请说明确认可以公开的理由（至少4个字）");
        }
        if (f.status() != Finding.Status.OPEN) {
            throw new GongkaiException(ErrorCode.FINDING_ALREADY_RESOLVED, "该项已处理");
        }
        findings.resolve(f.id(), Finding.Status.OVERRIDDEN, reason.strip(), context.requireActor().username(),
                clock.instant());
        return findings.find(f.id()).orElseThrow();
    }

    /** Scheduled re-scan of public documents: records findings the current rules see for the first time. */
    int rescanPublic(long id) {
        Document d = documents.lock(id).orElseThrow();
        if (!d.isPublic()) {
            return 0;
        }
        long before = findings.forDocument(id).size();
        List<Finding> existing = findings.forDocument(d.id());
        String text = d.title() + "\n\n" + GuardHtml.text(d.content().body());
        FileStore store = files.getIfAvailable();
        record Source(Long attachmentId, String text) {}
        List<Source> sources = new ArrayList<>();
        sources.add(new Source(null, text));
        for (Attachment a : attachments.current(d.id())) {
            sources.add(new Source(a.id(), store == null ? "" : store.extractText(a.fileId())));
        }
        for (Source s : sources) {
            for (PersonalDataGuard.Match m : guard.scan(s.text())) {
                boolean known = existing.stream().anyMatch(f -> f.fingerprint().equals(m.fingerprint())
                        && Objects.equals(f.attachmentId(), s.attachmentId()));
                if (!known) {
                    findings.insert(d.id(), s.attachmentId() == null ? "BODY" : "ATTACHMENT", s.attachmentId(),
                            m.kind(), m.fingerprint(), m.masked(), guard.context(s.text(), m, 20), "RESCAN",
                            clock.instant());
                    existing = findings.forDocument(d.id());
                }
            }
        }
        return (int) (findings.forDocument(id).size() - before);
    }
}
