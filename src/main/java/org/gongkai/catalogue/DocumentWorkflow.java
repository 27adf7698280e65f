package org.gongkai.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.catalogue.DocumentCommands.DocumentChange;
import org.gongkai.catalogue.DocumentCommands.DraftDocument;
import org.gongkai.catalogue.DocumentCommands.EditDocument;
import org.gongkai.catalogue.DocumentCommands.RepealDocument;
import org.gongkai.commands.CommandContext;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.organisation.UnitDirectory;
import org.springframework.stereotype.Component;

/**
 * What the document commands do once authorised: drafts and edits, the publication workflow along
 * {@link DocumentLifecycle#TABLE} with the personal-data guard's checks, publication of a version with its
 * index number, and repeal. Runs inside the dispatcher's transaction; events go to the {@link CommandContext}.
 */
@Component
class DocumentWorkflow {

    private final DocumentRepository documents;
    private final DocumentAccess access;
    private final DocumentScreening screening;
    private final IndexNumbers indexNumbers;
    private final UnitDirectory units;
    private final Clock clock;
    private final InterpretationParts interpretationParts;

    DocumentWorkflow(DocumentRepository documents, DocumentAccess access, DocumentScreening screening,
            IndexNumbers indexNumbers, UnitDirectory units, Clock clock, InterpretationParts interpretationParts) {
        this.interpretationParts = interpretationParts;
        this.documents = documents;
        this.access = access;
        this.screening = screening;
        this.indexNumbers = indexNumbers;
        this.units = units;
        this.clock = clock;
    }

    /** The unit check of a new draft: the actor must be an editor of it (a field error, not a 403). */
    void authoriseDraft(Actor actor, long unitId) {
        if (!access.visibleUnits(DocumentAccess.requireActor(actor), org.gongkai.common.Role.EDITOR).contains(unitId)) {
            throw GongkaiException.invalid("unitId", "您不是该单位的信息员，不能以该单位名义起草文件");
        }
    }

    DocumentChange draft(DraftDocument command, CommandContext context) {
        DocumentContent clean = checked(command.content());
        new DocumentNumbers(documents).requireFree(command.unitId(), clean.documentNumber(), null);
        Document d = documents.insert(Document.draft(command.unitId(), clean, context.requireActor().username(),
                clock.instant()));
        return new DocumentChange(d, d.title());
    }

    DocumentChange edit(EditDocument command, CommandContext context) {
        Document d = access.lockVisible(context.requireActor(), command.id());
        DocumentContent clean = checked(command.content());
        new DocumentNumbers(documents).requireFree(d.unitId(), clean.documentNumber(), d.id());
        String revision = "";
        if (d.status() == DocumentStatus.PUBLISHED) {
            d.apply(WorkflowAction.REVISE, clock.instant());
            revision = "；修改已发布文件，公众仍看到第" + d.publicVersion() + "版";
        }
        d.edit(clean, clock.instant());
        documents.update(d);
        return new DocumentChange(d, d.title() + revision);
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

    /**
     * Takes the workflow edge of {@code action}. Without an actor (the system) only a scheduled document whose
     * time has come may be published.
     */
    DocumentChange transition(long id, WorkflowAction action, String reason, Instant at, CommandContext context) {
        Actor actor = context.actor().orElse(null);
        Document d = actor == null ? documents.lock(id).orElseThrow(GongkaiException::notFound)
                : access.lockVisible(actor, id);
        Instant now = clock.instant();
        if (!DocumentLifecycle.TABLE.allows(d.status(), action)) {
            throw d.refused(action);
        }
        if (actor == null && (action != WorkflowAction.PUBLISH || d.status() != DocumentStatus.SCHEDULED
                || d.scheduledAt() == null || d.scheduledAt().isAfter(now))) {
            throw new GongkaiException(ErrorCode.TRANSITION_NOT_ALLOWED, "定时发布的时间未到");
        }
        String detail = d.title();
        switch (action) {
            case SUBMIT -> {
                List<Finding> open = screening.scan(d, "SUBMIT");
                if (!open.isEmpty()) {
                    detail += "；发现" + open.size() + "处个人信息或密级标识，待保密审查处理";
                }
            }
            case REVIEW -> screening.requireNoOpenFindings(d, "SUBMIT");
            case RETURN, WITHDRAW -> {
                if (reason == null || reason.isBlank()) {
                    throw GongkaiException.invalid("reason", action == WorkflowAction.WITHDRAW ? "请填写撤回理由" : "请填写退回理由");
                }
                detail += "；理由：" + reason.strip();
            }
            case PUBLISH -> screening.requireNoOpenFindings(d, "PUBLISH");
            case SCHEDULE -> {
                if (at == null || !at.isAfter(now)) {
                    throw GongkaiException.invalid("scheduledAt", "请填写将来的发布时间");
                }
                screening.requireNoOpenFindings(d, "PUBLISH");
                d.schedule(at);
                detail += "；定于 " + at + " 发布";
            }
            case UNSCHEDULE -> d.unschedule();
            default -> { }
        }
        DocumentStatus to = d.apply(action, now);
        if (to == DocumentStatus.PUBLISHED) {
            publishVersion(d, actor == null ? "system" : actor.username(), now, context);
            detail += actor == null ? "；定时发布，索引号 " + d.indexNumber()
                    : "；索引号 " + d.indexNumber() + "，第" + d.publicVersion() + "版";
        }
        if (action == WorkflowAction.WITHDRAW) {
            d.withdrawn(reason.strip());
            context.publish(new CatalogueEvent.DocumentWithdrawn(d.id()));
        }
        documents.update(d);
        if (action == WorkflowAction.RETURN) {
            documents.returnedBecause(d.id(), reason.strip());
        } else if (action == WorkflowAction.SUBMIT) {
            documents.returnedBecause(d.id(), null);
        }
        return new DocumentChange(d, detail);
    }

    private void publishVersion(Document d, String by, Instant now, CommandContext context) {
        LocalDate today = LocalDate.now(clock);
        String number = d.indexNumber() != null ? d.indexNumber()
                : indexNumbers.next(d.unitId(), unit(d.unitId()).creditCode(), today, documents);
        int version = documents.nextVersion(d.id());
        documents.insertVersion(d.id(), version, d.content(), now, by);
        interpretationParts.publish(d.id(), version);
        d.published(version, number, today, now);
        context.publish(new CatalogueEvent.DocumentPublished(d.id(), d.unitId(), d.content().writtenOn(),
                d.publishedOn()));
    }

    DocumentChange repeal(RepealDocument command, CommandContext context) {
        long id = command.id();
        Document old = access.lockVisible(context.requireActor(), id);
        if (!old.isPublic()) {
            throw new GongkaiException(ErrorCode.DOCUMENT_NOT_PUBLIC, "只有已公开的文件可以废止");
        }
        if (old.content().validity() == Validity.REPEALED) {
            throw new GongkaiException(ErrorCode.DOCUMENT_ALREADY_REPEALED, "该文件已废止");
        }
        Long replacementId = command.replacementId();
        Document replacement = null;
        if (replacementId != null) {
            if (replacementId == id) {
                throw GongkaiException.invalid("replacementId", "替代文件不能是被废止的文件本身");
            }
            replacement = documents.lock(replacementId).filter(Document::isPublic)
                    .orElseThrow(() -> GongkaiException.invalid("replacementId", "替代文件不存在或尚未公开"));
        }
        String note = command.note();
        old.repealedBy(replacementId, note == null || note.isBlank() ? null : note.strip(), clock.instant());
        documents.update(old);
        context.publish(new CatalogueEvent.DocumentValidityChanged(id));
        if (replacement != null) {
            replacement.replaces(id);
            documents.update(replacement);
            context.publish(new CatalogueEvent.DocumentValidityChanged(replacementId));
        }
        return new DocumentChange(old, old.title()
                + (replacement == null ? "" : "；由《" + replacement.title() + "》（id " + replacementId + "）替代")
                + (old.repealNote() == null ? "" : "；" + old.repealNote()));
    }

    UnitDirectory.UnitView unit(long unitId) {
        return units.findById(unitId).orElseThrow(() -> new IllegalStateException("unknown unit " + unitId));
    }
}
