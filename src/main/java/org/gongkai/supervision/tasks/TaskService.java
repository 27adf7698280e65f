package org.gongkai.supervision.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.supervision.tasks.TaskDeadlines.Light;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the pages and the API read of tasks, always in the actor's scope: the list with its filters and lights (the
 * workbench counts with the same {@link #list}), one task with its units, reports, evidence and ledger, and the
 * actions the lifecycle and the viewer's part allow now.
 */
@Service
public class TaskService {

    /** The list's filters; null means any. {@code mine}: only tasks of the actor's own units (the unit's queue). */
    public record Filter(TaskStatus status, TaskType type, String light, Long unitId, boolean openOnly, boolean mine) {
        public static Filter open() {
            return new Filter(null, null, null, null, true, false);
        }
    }

    public record UnitPart(String unitCode, String unitName, boolean reported) {}

    public record Row(String taskNumber, TaskType type, String title, TaskStatus status, List<UnitPart> units,
            LocalDate assignedOn, LocalDate dueOn, String light, String lightLabel, int urgeCount, boolean escalated) {}

    public record EvidenceView(long id, String name, String mediaType, long size) {}

    public record ReportView(long id, String unitCode, String unitName, int round, String text, String reportedBy,
            Instant reportedAt, List<EvidenceView> evidence) {}

    public record EvidenceFile(String fileId, String name, String mediaType) {}

    public record EventView(String type, String unitName, Instant at, String by, String detail) {}

    public record TaskView(String taskNumber, TaskType type, String typeLabel, String title, String requirement,
            String requiredEvidence, String source, Long findingId, TaskStatus status, String statusLabel,
            List<UnitPart> units, int limitWorkingDays, LocalDate assignedOn, LocalDate dueOn, String light,
            String lightLabel, int urgeCount, LocalDate escalatedOn, int returnCount, LocalDate acceptedOn,
            LocalDate closedOn, List<ReportView> reports, List<EventView> events, Set<TaskAction> actions) {}

    private final TaskRepository tasks;
    private final TaskActions actions;
    private final TaskScope scope;

    TaskService(TaskRepository tasks, TaskActions actions, TaskScope scope) {
        this.tasks = tasks;
        this.actions = actions;
        this.scope = scope;
    }

    @Transactional(readOnly = true)
    public List<Row> list(Actor actor, Filter filter) {
        LocalDate today = actions.today();
        return tasks.all().stream()
                .filter(t -> filter.mine() ? scope.handles(actor, t) : scope.sees(actor, t))
                .filter(t -> filter.status() == null || t.status() == filter.status())
                .filter(t -> !filter.openOnly() || t.status().open() || t.status() == TaskStatus.DRAFT)
                .filter(t -> filter.type() == null || t.type() == filter.type())
                .filter(t -> filter.unitId() == null || t.unitIds().contains(filter.unitId()))
                .filter(t -> filter.light() == null || actions.deadlines().light(t, today).name()
                        .equals(filter.light()))
                .sorted(Comparator.comparing((Task t) -> t.dueOn() == null ? LocalDate.MAX : t.dueOn())
                        .thenComparing(Task::number))
                .map(t -> row(t, today)).toList();
    }

    @Transactional(readOnly = true)
    public TaskView view(Actor actor, String number) {
        Task t = actions.visible(actor, number);
        LocalDate today = actions.today();
        Light light = actions.deadlines().light(t, today);
        List<ReportView> reports = tasks.reports(t.id()).stream().map(r -> new ReportView(r.id(),
                scope.code(r.unitId()), scope.name(r.unitId()), r.round(), r.text(), r.reportedBy(), r.reportedAt(),
                r.evidence().stream().map(e -> new EvidenceView(e.id(), e.name(), e.mediaType(), e.size())).toList()))
                .toList();
        List<EventView> events = tasks.events(t.id()).stream().map(e -> new EventView(e.type(),
                e.unitId() == null ? null : scope.name(e.unitId()), e.at(), e.by(), e.detail())).toList();
        return new TaskView(t.number(), t.type(), t.type().label(), t.title(), t.requirement(), t.requiredEvidence(),
                t.source(), t.findingId(), t.status(), t.status().label(), parts(t), t.limitWorkingDays(),
                t.assignedOn(), t.dueOn(), light.name(), light.label(), t.urgeCount(), t.escalatedOn(),
                t.returnCount(), t.acceptedOn(), t.closedOn(), reports, events, allowed(actor, t));
    }

    /** The actions the viewer may take now: the lifecycle's, narrowed by the viewer's part (office or unit). */
    Set<TaskAction> allowed(Actor actor, Task t) {
        Set<TaskAction> out = EnumSet.noneOf(TaskAction.class);
        boolean supervisor = scope.supervises(actor, t);
        boolean unit = scope.handles(actor, t);
        for (TaskAction a : TaskLifecycle.TABLE.allowedActions(t.status())) {
            if (a == TaskAction.REPORT ? unit : a != TaskAction.ESCALATE && supervisor) {
                out.add(a);
            }
        }
        return out;
    }

    /** The stored evidence file of a task the actor sees (file id and name), else 404. */
    @Transactional(readOnly = true)
    public EvidenceFile evidence(Actor actor, String number, long evidenceId) {
        Task t = actions.visible(actor, number);
        return tasks.evidence(t.id(), evidenceId).map(e -> new EvidenceFile(e.fileId(), e.name(), e.mediaType()))
                .orElseThrow(GongkaiException::notFound);
    }

    private Row row(Task t, LocalDate today) {
        Light light = actions.deadlines().light(t, today);
        return new Row(t.number(), t.type(), t.title(), t.status(), parts(t), t.assignedOn(), t.dueOn(), light.name(),
                light.label(), t.urgeCount(), t.escalatedOn() != null);
    }

    private List<UnitPart> parts(Task t) {
        List<Long> reported = tasks.reportedUnits(t.id(), t.round());
        return t.unitIds().stream().map(u -> new UnitPart(scope.code(u), scope.name(u), reported.contains(u)))
                .toList();
    }
}
