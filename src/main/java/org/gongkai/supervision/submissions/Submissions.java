package org.gongkai.supervision.submissions;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.files.AttachmentPurpose;
import org.gongkai.files.FileStore;
import org.gongkai.supervision.submissions.Submission.Adoption;
import org.gongkai.supervision.submissions.Submission.Attachment;
import org.gongkai.supervision.submissions.Submission.Instruction;
import org.gongkai.supervision.submissions.SubmissionCommands.AdoptSubmission;
import org.gongkai.supervision.submissions.SubmissionCommands.AttachToSubmission;
import org.gongkai.supervision.submissions.SubmissionCommands.DeclineSubmission;
import org.gongkai.supervision.submissions.SubmissionCommands.EditSubmission;
import org.gongkai.supervision.submissions.SubmissionCommands.RecordInstruction;
import org.gongkai.supervision.submissions.SubmissionCommands.SubmitInformation;
import org.gongkai.supervision.submissions.SubmissionLifecycle.Action;
import org.gongkai.supervision.submissions.SubmissionLifecycle.Status;
import org.springframework.stereotype.Service;

/**
 * Information submissions: the unit's side (submit, attach) and the office's (edit, adopt by publication, leaders'
 * instructions, decline). Who sees what: a unit's 信息员 their units' submissions, the office every unit's
 * ({@link SupervisionOffice#scope}); anything else answers 404.
 */
@Service
public class Submissions {

    static final Set<Role> UNIT_ROLES = EnumSet.of(Role.EDITOR);
    static final int ATTACHMENTS_MAX = 10;

    private final SubmissionRepository repository;
    private final SupervisionOffice office;
    private final SubmissionSettings settings;
    private final FileStore files;
    private final Clock clock;

    Submissions(SubmissionRepository repository, SupervisionOffice office, SubmissionSettings settings, FileStore files,
            Clock clock) {
        this.repository = repository;
        this.office = office;
        this.settings = settings;
        this.files = files;
        this.clock = clock;
    }

    public SubmissionSettings settings() {
        return settings;
    }

    // ---- access

    void requireEditor(Actor actor) {
        if (actor == null || !actor.hasRole(Role.EDITOR)) {
            throw new GongkaiException(ErrorCode.FORBIDDEN);
        }
    }

    void requireOffice(Actor actor) {
        if (!office.isSupervisor(actor)) {
            throw new GongkaiException(ErrorCode.FORBIDDEN);
        }
    }

    /** The units whose submissions the actor may read: their own as 信息员 plus the office's scope. */
    public Set<Long> readableUnits(Actor actor) {
        Set<Long> units = new LinkedHashSet<>(actor.unitsWithRole(Role.EDITOR));
        if (office.isSupervisor(actor)) {
            units.addAll(office.scope(actor));
        }
        return units;
    }

    /** The submission if the actor may read it, else 404 (403 for an actor with neither role). */
    public Submission readable(Actor actor, long id) {
        if (actor == null || !(actor.hasRole(Role.EDITOR) || office.isSupervisor(actor))) {
            throw new GongkaiException(ErrorCode.FORBIDDEN);
        }
        Submission s = repository.find(id).orElseThrow(GongkaiException::notFound);
        if (!readableUnits(actor).contains(s.unitId())) {
            throw GongkaiException.outOfScope("InformationSubmission", id);
        }
        return s;
    }

    /** The submission if the actor is the office over its unit, else 403 (no office role) or 404. */
    public Submission scorable(Actor actor, long id) {
        requireOffice(actor);
        Submission s = repository.find(id).orElseThrow(GongkaiException::notFound);
        if (!office.scope(actor).contains(s.unitId())) {
            throw GongkaiException.outOfScope("InformationSubmission", id);
        }
        return s;
    }

    public boolean isOffice(Actor actor) {
        return office.isSupervisor(actor);
    }

    public List<Submission> list(Actor actor, Status status) {
        return repository.list(readableUnits(actor), status, 500);
    }

    /** The points drill-down of a unit and period (adoptions and instructions, by date). */
    public List<SubmissionRepository.PointLine> pointLines(long unitId, LocalDate from, LocalDate to) {
        return repository.pointLines(unitId, from, to);
    }

    // ---- commands

    Submission submit(SubmitInformation c, Actor actor) {
        var unit = office.actingUnit(actor, c.unitCode(), UNIT_ROLES, "unitCode");
        long id = repository.insert(unit.id(), c.title().strip(), c.text().strip(), actor.staffId(), clock.instant());
        return repository.find(id).orElseThrow();
    }

    Submission attach(AttachToSubmission c, Actor actor) {
        Submission s = repository.find(c.submissionId()).orElseThrow();
        SubmissionLifecycle.TABLE.require(s.status(), Action.ATTACH);
        if (s.attachments().size() >= ATTACHMENTS_MAX) {
            throw GongkaiException.invalid("file", "一条信息最多 " + ATTACHMENTS_MAX + " 个附件");
        }
        FileStore.StoredFile stored = files.store(new ByteArrayInputStream(c.content()), c.name(),
                AttachmentPurpose.INFORMATION_SUBMISSION);
        repository.attach(s.id(), new Attachment(0, stored.id(), stored.originalName(), stored.mediaType(),
                stored.size()), actor.staffId(), clock.instant());
        return repository.find(s.id()).orElseThrow();
    }

    Submission edit(EditSubmission c, Actor actor) {
        Submission s = repository.find(c.submissionId()).orElseThrow();
        Status next = SubmissionLifecycle.TABLE.require(s.status(), Action.EDIT);
        repository.edit(s.id(), c.title().strip(), c.text().strip(), actor.staffId(), clock.instant(), next);
        return repository.find(s.id()).orElseThrow();
    }

    Submission adopt(AdoptSubmission c, Actor actor) {
        Submission s = repository.find(c.submissionId()).orElseThrow();
        SubmissionSettings.Scored publication = settings.publication(c.publication().strip())
                .orElseThrow(() -> new GongkaiException(ErrorCode.SUBMISSION_UNKNOWN_PUBLICATION,
                        ErrorCode.SUBMISSION_UNKNOWN_PUBLICATION.message(), "publication"));
        LocalDate on = SubmissionDates.parse(c.on(), "on", submittedOn(s), today());
        Status next = SubmissionLifecycle.TABLE.require(s.status(), Action.ADOPT);
        if (repository.adopted(s.id(), publication.code())) {
            throw new GongkaiException(ErrorCode.SUBMISSION_ALREADY_ADOPTED,
                    "该信息已记录过《" + publication.name() + "》的采用", "publication");
        }
        repository.adopt(s.id(), new Adoption(publication.code(), publication.name(), on, publication.points()),
                actor.staffId(), clock.instant());
        repository.status(s.id(), next, null);
        return repository.find(s.id()).orElseThrow();
    }

    Submission instruct(RecordInstruction c, Actor actor) {
        Submission s = repository.find(c.submissionId()).orElseThrow();
        SubmissionSettings.Scored level = settings.instructionLevel(c.level().strip())
                .orElseThrow(() -> GongkaiException.invalid("level", "没有这个批示级别，请从列表中选择"));
        LocalDate on = SubmissionDates.parse(c.on(), "on", submittedOn(s), today());
        SubmissionLifecycle.TABLE.require(s.status(), Action.INSTRUCT);
        repository.instruct(s.id(), new Instruction(level.code(), level.name(), c.leader().strip(), on,
                c.text() == null || c.text().isBlank() ? null : c.text().strip(), level.points()), actor.staffId(),
                clock.instant());
        return repository.find(s.id()).orElseThrow();
    }

    Submission decline(DeclineSubmission c) {
        Submission s = repository.find(c.submissionId()).orElseThrow();
        Status next = SubmissionLifecycle.TABLE.require(s.status(), Action.DECLINE);
        repository.status(s.id(), next, c.reason().strip());
        return repository.find(s.id()).orElseThrow();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    LocalDate submittedOn(Submission s) {
        return s.submittedAt().atZone(clock.getZone()).toLocalDate();
    }
}
