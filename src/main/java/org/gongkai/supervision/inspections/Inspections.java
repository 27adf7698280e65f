package org.gongkai.supervision.inspections;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.supervision.submissions.SupervisionOffice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the pages and the API read of inspections and findings, in the supervisor's scope: the inspections of the
 * actor's office (and every run of the automatic patrol), one inspection with its findings, and the patrol list (the
 * patrol's findings, open first). Findings about units outside the actor's scope are left out; an inspection of
 * another office is not found (404).
 */
@Service
public class Inspections {

    static final Set<Role> OFFICE = EnumSet.of(Role.SUPERVISOR, Role.OFFICE_HEAD);
    static final int LIST_MAX = 200;

    /** One finding as shown: with the unit's code and name. */
    public record FindingView(long id, String inspectionNumber, InspectionKind inspectionKind, String unitCode,
            String unitName, FindingKind kind, String kindLabel, String description, Long documentId,
            FindingStatus status, String statusLabel, String taskNumber, String taskStatus, String note,
            java.time.LocalDate foundOn) {}

    public record InspectionView(String number, InspectionKind kind, String kindLabel, String title,
            java.time.LocalDate heldOn, String notes, String summary, String createdBy, List<FindingView> findings) {}

    private final InspectionRepository repository;
    private final UnitDirectory units;
    private final SupervisionOffice office;

    Inspections(InspectionRepository repository, UnitDirectory units, SupervisionOffice office) {
        this.repository = repository;
        this.units = units;
        this.office = office;
    }

    public static boolean isSupervisor(Actor actor) {
        return actor != null && OFFICE.stream().anyMatch(actor::hasRole);
    }

    static void requireSupervisor(Actor actor) {
        if (!isSupervisor(actor)) {
            throw new GongkaiException(ErrorCode.FORBIDDEN, "只有督查人员可以执行此操作");
        }
    }

    /**
     * The units whose findings the actor reads and names: every unit of the county for the county government office's
     * supervisors, else their supervising roles' data scope ({@link SupervisionOffice#scope}).
     */
    Set<Long> scope(Actor actor) {
        return isSupervisor(actor) ? office.scope(actor) : Set.of();
    }

    /** The office a supervisor records inspections for: the first unit where the actor holds an office role. */
    static Long officeUnit(Actor actor) {
        return actor == null ? null : OFFICE.stream().flatMap(r -> actor.unitsWithRole(r).stream()).sorted()
                .findFirst().orElse(null);
    }

    boolean sees(Actor actor, Inspection i) {
        return isSupervisor(actor) && (i.officeUnitId() == null || scope(actor).contains(i.officeUnitId()));
    }

    /** The inspection as the actor may see it, else 404. */
    Inspection visible(Actor actor, String number) {
        Inspection i = repository.find(number == null ? "" : number.trim()).orElseThrow(GongkaiException::notFound);
        if (actor != null && !sees(actor, i)) {
            throw GongkaiException.outOfScope("SupervisionInspection", number);
        }
        return i;
    }

    /** The finding of inspection {@code number} as the actor may see it, else 404. */
    Finding finding(Actor actor, String number, long findingId) {
        Inspection i = visible(actor, number);
        Finding f = repository.finding(findingId).filter(x -> x.inspectionId() == i.id())
                .orElseThrow(GongkaiException::notFound);
        if (actor != null && f.unitId() != null && !scope(actor).contains(f.unitId())) {
            throw GongkaiException.outOfScope("SupervisionFinding", findingId);
        }
        return f;
    }

    @Transactional(readOnly = true)
    public List<InspectionView> list(Actor actor) {
        requireSupervisor(actor);
        return repository.list(LIST_MAX).stream().filter(i -> sees(actor, i))
                .map(i -> view(actor, i, false)).toList();
    }

    @Transactional(readOnly = true)
    public InspectionView view(Actor actor, String number) {
        return view(actor, visible(actor, number), true);
    }

    @Transactional(readOnly = true)
    public FindingView findingView(Actor actor, String number, long findingId) {
        return view(finding(actor, number, findingId));
    }

    /** The patrol list: the automatic patrol's findings in the actor's scope, open first, newest first. */
    @Transactional(readOnly = true)
    public List<FindingView> patrolList(Actor actor, FindingStatus status, FindingKind kind) {
        requireSupervisor(actor);
        Set<Long> scope = scope(actor);
        return repository.findings(InspectionKind.PATROL, status, 2_000).stream()
                .filter(f -> f.unitId() == null || scope.contains(f.unitId()))
                .filter(f -> kind == null || f.kind() == kind)
                .sorted(Comparator.comparing((Finding f) -> f.status() != FindingStatus.OPEN)
                        .thenComparing(Comparator.comparingLong(Finding::id).reversed()))
                .limit(LIST_MAX).map(this::view).toList();
    }

    /** The units a supervisor may name in a finding, for the forms. */
    public List<UnitDirectory.UnitView> units(Actor actor) {
        Set<Long> scope = scope(actor);
        return units.findAll().stream().filter(u -> !u.isExternalIssuer() && scope.contains(u.id())).toList();
    }

    private InspectionView view(Actor actor, Inspection i, boolean withFindings) {
        Set<Long> scope = scope(actor);
        List<FindingView> findings = withFindings ? repository.findings(i.id()).stream()
                .filter(f -> f.unitId() == null || scope.contains(f.unitId())).map(this::view).toList() : List.of();
        return new InspectionView(i.number(), i.kind(), i.kind().label(), i.title(), i.heldOn(), i.notes(),
                i.summary(), i.createdBy(), findings);
    }

    private FindingView view(Finding f) {
        UnitDirectory.UnitView unit = f.unitId() == null ? null : units.findById(f.unitId()).orElse(null);
        return new FindingView(f.id(), f.inspectionNumber(), f.inspectionKind(), unit == null ? null
                : unit.creditCode(), unit == null ? null : unit.name(), f.kind(), f.kind().label(), f.description(),
                f.documentId(), f.status(), statusLabel(f), f.taskNumber(), f.taskStatus(), f.note(), f.foundOn());
    }

    /** 已转督办 follows its task: 已转督办（办理中）… 已转督办（已办结）. */
    static String statusLabel(Finding f) {
        if (f.status() != FindingStatus.TASKED || f.taskStatus() == null) {
            return f.status().label();
        }
        return f.status().label() + "（" + org.gongkai.supervision.tasks.TaskStatus.valueOf(f.taskStatus()).label()
                + "）";
    }
}
