package org.gongkai.catalogue;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.calendar.Deadline;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.catalogue.DocumentCommands.AddAttachment;
import org.gongkai.catalogue.DocumentCommands.DocumentChange;
import org.gongkai.catalogue.DocumentCommands.DraftDocument;
import org.gongkai.catalogue.DocumentCommands.EditDocument;
import org.gongkai.catalogue.DocumentCommands.MaskDocument;
import org.gongkai.catalogue.DocumentCommands.OverrideFinding;
import org.gongkai.catalogue.DocumentCommands.PublishDocument;
import org.gongkai.catalogue.DocumentCommands.RemoveAttachment;
import org.gongkai.catalogue.DocumentCommands.RepealDocument;
import org.gongkai.catalogue.DocumentCommands.ScanDocument;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's application service: what staff read (documents in their data scope, findings, versions,
 * the deadline lists) and one method per staff action for callers that hold an {@link Actor} (importer,
 * tests). Every action is a command in {@link DocumentCommands}, run by the {@link CommandDispatcher}
 * (authorisation, transition, audit, events in one transaction); pages and the API dispatch them directly.
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
    private final DocumentAccess access;
    private final DocumentScreening screening;
    private final DocumentAttachments attachments;
    private final CommandDispatcher dispatcher;
    private final UnitDirectory units;
    private final WorkingDayCalendar calendar;
    private final CatalogueProperties properties;
    private final Clock clock;

    CatalogueService(DocumentRepository documents, FindingRepository findings, DocumentAccess access,
            DocumentScreening screening, DocumentAttachments attachments, CommandDispatcher dispatcher,
            UnitDirectory units, WorkingDayCalendar calendar, CatalogueProperties properties, Clock clock) {
        this.documents = documents;
        this.findings = findings;
        this.access = access;
        this.screening = screening;
        this.attachments = attachments;
        this.dispatcher = dispatcher;
        this.units = units;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- staff actions (commands)

    public Document createDraft(Actor actor, long unitId, DocumentContent content) {
        return this.<DocumentChange>run(actor, new DraftDocument(unitId, content)).document();
    }

    public Document edit(Actor actor, long id, DocumentContent content) {
        return this.<DocumentChange>run(actor, new EditDocument(id, content)).document();
    }

    public Document act(Actor actor, long id, WorkflowAction action, ActionInput input) {
        return this.<DocumentChange>run(actor, DocumentCommands.of(action, id, input.reason(), input.scheduledAt()))
                .document();
    }

    public Document repeal(Actor actor, long id, Long replacementId, String note) {
        return this.<DocumentChange>run(actor, new RepealDocument(id, replacementId, note)).document();
    }

    public Document maskBody(Actor actor, long id) {
        return this.<DocumentChange>run(actor, new MaskDocument(id)).document();
    }

    /** Runs the guard now and returns every finding of the document. */
    public List<Finding> rescan(Actor actor, long id) {
        run(actor, new ScanDocument(id));
        return findings.forDocument(id);
    }

    public Finding override(Actor actor, long findingId, String reason) {
        return run(actor, new OverrideFinding(findingId, reason));
    }

    public Attachment addAttachment(Actor actor, long id, InputStream content, String name) {
        return run(actor, new AddAttachment(id, content, name));
    }

    public void removeAttachment(Actor actor, long attachmentId) {
        Attachment a = attachments.find(attachmentId);
        run(actor, new RemoveAttachment(a.documentId(), attachmentId));
    }

    private <R> R run(Actor actor, org.gongkai.commands.Command command) {
        return dispatcher.dispatchAs(actor, command);
    }

    /**
     * Publishes a scheduled document whose time has come, as the system (called by the sweeper, one document per
     * command). False when it is not due, or when the guard refuses it (the refusal is audited).
     */
    public boolean publishIfDue(long id) {
        Document d = documents.find(id).orElseThrow(GongkaiException::notFound);
        if (d.status() != DocumentStatus.SCHEDULED || d.scheduledAt() == null
                || d.scheduledAt().isAfter(clock.instant())) {
            return false;
        }
        try {
            dispatcher.dispatchAsSystem(new PublishDocument(id));
            return true;
        } catch (GongkaiException refused) {
            return false;
        }
    }

    // ---------------------------------------------------------------- reading (data scope)

    @Transactional(readOnly = true)
    public Document view(Actor actor, long id) {
        return access.visible(actor, id);
    }

    /** Why a draft in the actor's scope was returned to its editor, while it waits for correction. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> returnedReason(Actor actor, long id) {
        Document d = access.visible(actor, id);
        return d.status() == DocumentStatus.DRAFT ? documents.returnedReason(id) : java.util.Optional.empty();
    }

    /** The workflow actions the table allows now and the actor's roles allow. */
    @Transactional(readOnly = true)
    public Set<WorkflowAction> allowedActions(Actor actor, Document d) {
        return access.allowedActions(actor, d);
    }

    /**
     * Documents in {@code status} that wait for the actor: in the actor's data scope and with a workflow step the
     * actor's roles may take now ({@link DocumentAccess#allowedActions}) — e.g. 待保密审查 for reviewers, 待签发 for
     * leaders. The queue's {@code ?status=} filter and the workbench's count.
     */
    @Transactional(readOnly = true)
    public List<Document> waitingFor(Actor actor, DocumentStatus status) {
        return documents.withStatus(units.visibleUnits(actor), status).stream()
                .filter(d -> !access.allowedActions(actor, d).isEmpty()).toList();
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
        return attachments.of(documentId);
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

    @Transactional(readOnly = true)
    public List<Long> dueScheduled() {
        return documents.dueScheduled(clock.instant());
    }

    // ---------------------------------------------------------------- guard

    /** Scans a document and reconciles its findings (demo data, importer); returns the open findings. */
    @Transactional
    List<Finding> scan(Document d, String scanName) {
        return screening.scan(d, scanName);
    }

    /** Scheduled re-scan of public documents: records findings the current rules see for the first time. */
    @Transactional
    public int rescanPublic(long id) {
        return screening.rescanPublic(id);
    }

    @Transactional(readOnly = true)
    public List<Long> publicIds(long afterId, int limit) {
        return documents.publicIds(afterId, limit);
    }

    @Transactional(readOnly = true)
    public List<Finding> rescanFindings(Actor actor) {
        return findings.openRescans(units.visibleUnits(actor));
    }

    PersonalDataGuard guard() {
        return screening.guard();
    }

    // ---------------------------------------------------------------- attachments

    @Transactional(readOnly = true)
    public Optional<Attachment> publicAttachment(long attachmentId) {
        return attachments.publicAttachment(attachmentId);
    }

    public InputStream openAttachment(Attachment a) {
        return attachments.open(a);
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
}
