package org.gongkai.consultations;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.consultations.Consultation.Comment;
import org.gongkai.consultations.Consultation.Event;
import org.gongkai.consultations.Consultation.Feedback;
import org.gongkai.consultations.Consultation.Group;
import org.gongkai.organisation.UnitDirectory;
import org.springframework.stereotype.Service;

/**
 * What the pages, the APIs and other modules read: public consultations (open, closed, with feedback) and their
 * published comments and report; a unit's staff see their own consultations with every comment; the supervision
 * figure of consultations closed without a published feedback report.
 */
@Service
public class Consultations {

    private final ConsultationRepository repository;
    private final ConsultationAccess access;
    private final ConsultationSettings settings;
    private final UnitDirectory units;

    Consultations(ConsultationRepository repository, ConsultationAccess access, ConsultationSettings settings,
            UnitDirectory units) {
        this.repository = repository;
        this.access = access;
        this.settings = settings;
        this.units = units;
    }

    /** A public consultation in a list. */
    public record Listed(Consultation consultation, String unitCode, String unitName, long commentCount,
            boolean feedbackPublished) {}

    /** Public consultations: {@code open} true = open, false = closed (with or without feedback), null = both. */
    public List<Listed> publicList(Boolean open) {
        List<ConsultationStatus> statuses = open == null
                ? List.of(ConsultationStatus.OPEN, ConsultationStatus.CLOSED, ConsultationStatus.FEEDBACK_PUBLISHED)
                : open ? List.of(ConsultationStatus.OPEN)
                        : List.of(ConsultationStatus.CLOSED, ConsultationStatus.FEEDBACK_PUBLISHED);
        Map<Long, Long> counts = repository.commentCounts();
        return repository.withStatus(statuses).stream().map(k -> {
            UnitDirectory.UnitView unit = units.findById(k.unitId()).orElse(null);
            return new Listed(k, unit == null ? null : unit.creditCode(), unit == null ? "" : unit.name(),
                    counts.getOrDefault(k.id(), 0L), k.status() == ConsultationStatus.FEEDBACK_PUBLISHED);
        }).toList();
    }

    /** A public consultation (404 for a draft or one not yet open). */
    public Consultation publicOne(long id) {
        return repository.find(id).filter(k -> k.status().isPublic()).orElseThrow(GongkaiException::notFound);
    }

    public String unitName(long unitId) {
        return units.findById(unitId).map(UnitDirectory.UnitView::name).orElse("");
    }

    public List<Event> timeline(long id) {
        return repository.events(id);
    }

    public List<Comment> publishedComments(long id) {
        return repository.comments(id, CommentStatus.PUBLISHED);
    }

    public long commentCount(long id) {
        return repository.commentCounts().getOrDefault(id, 0L);
    }

    /** The published feedback report of a public consultation, empty before publication. */
    public Optional<Feedback> publishedFeedback(long id) {
        publicOne(id);
        return repository.feedback(id).filter(Feedback::published);
    }

    /** A consultation as its unit's staff see it (404 for anybody else). */
    public Consultation forStaff(Actor actor, long id) {
        Consultation k = repository.find(id).orElseThrow(GongkaiException::notFound);
        access.requireWork(actor, k.unitId());
        return k;
    }

    public List<Consultation> ofStaff(Actor actor) {
        return repository.ofUnits(access.workUnits(actor));
    }

    public List<Comment> allComments(Actor actor, long id) {
        forStaff(actor, id);
        return repository.comments(id, null);
    }

    public Map<String, Group> decisions(Actor actor, long id) {
        forStaff(actor, id);
        return repository.decisions(id);
    }

    public Optional<Feedback> feedback(Actor actor, long id) {
        forStaff(actor, id);
        return repository.feedback(id);
    }

    /** The draft's attachments, as the unit's staff see them (404 for anybody else). */
    public List<Consultation.Attachment> attachments(Actor actor, long id) {
        forStaff(actor, id);
        return repository.attachments(id);
    }

    /** The draft's attachments of a public consultation (404 for a draft or a scheduled one). */
    public List<Consultation.Attachment> publicAttachments(long id) {
        publicOne(id);
        return repository.attachments(id);
    }

    /** One attachment of a public consultation (404 otherwise): what the public downloads. */
    public Consultation.Attachment publicAttachment(long id, long attachmentId) {
        return publicAttachments(id).stream().filter(a -> a.id() == attachmentId).findFirst()
                .orElseThrow(GongkaiException::notFound);
    }

    /** One attachment as the unit's staff see it (404 otherwise). */
    public Consultation.Attachment attachment(Actor actor, long id, long attachmentId) {
        return attachments(actor, id).stream().filter(a -> a.id() == attachmentId).findFirst()
                .orElseThrow(GongkaiException::notFound);
    }

    /** Consultations whose final document is {@code documentId}. */
    public List<Consultation> ofFinalDocument(long documentId) {
        return repository.consultationsOfFinalDocument(documentId).stream().map(repository::find)
                .flatMap(Optional::stream).filter(k -> k.status().isPublic()).toList();
    }

    /**
     * Per unit id, the consultations whose closing date was before {@code asOf} and whose feedback report had not
     * been published by {@code asOf} (the supervision figure).
     */
    public Map<Long, Long> withoutFeedback(LocalDate asOf) {
        return repository.withoutFeedback(asOf);
    }

    public ConsultationSettings settings() {
        return settings;
    }
}
