package org.gongkai.supervision.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.TimeConfiguration;
import org.gongkai.commands.CommandContext;
import org.springframework.stereotype.Component;

/**
 * The one path of every task action: load (404 outside the actor's scope), check the lifecycle (409), change and
 * save the task, append its ledger entry. Handlers authorise before and publish after.
 */
@Component
class TaskActions {

    private final TaskRepository tasks;
    private final TaskScope scope;
    private final TaskDeadlines deadlines;
    private final Clock clock;

    TaskActions(TaskRepository tasks, TaskScope scope, WorkingDayCalendar calendar, TaskSettings settings,
            Clock clock) {
        this.tasks = tasks;
        this.scope = scope;
        this.deadlines = new TaskDeadlines(calendar, settings.dueSoonWorkingDays());
        this.clock = clock;
    }

    TaskDeadlines deadlines() {
        return deadlines;
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
    }

    static String by(CommandContext context) {
        return context.actor().map(Actor::username).orElse("system");
    }

    /** The task as the actor may see it, else 404 (audited as out of scope when it exists); the system sees all. */
    Task visible(Actor actor, String number) {
        Task t = tasks.find(number == null ? "" : number.trim()).orElseThrow(GongkaiException::notFound);
        if (actor != null && !scope.sees(actor, t)) {
            throw GongkaiException.outOfScope("SupervisionTask", number);
        }
        return t;
    }

    /** Assigns {@code unitIds} (those not yet assigned); the first assignment starts the clock today. */
    Task assign(Task t, List<Long> unitIds, String by) {
        TaskStatus next = TaskLifecycle.TABLE.require(t.status(), TaskAction.ASSIGN);
        List<Long> added = new ArrayList<>(unitIds.stream().filter(u -> !t.unitIds().contains(u)).distinct().toList());
        if (added.isEmpty()) {
            throw GongkaiException.invalid("unitCodes", "所选单位已是本任务的承办单位");
        }
        Instant now = now();
        tasks.addUnits(t.id(), added, now);
        LocalDate assignedOn = t.assignedOn() == null ? today() : t.assignedOn();
        LocalDate due = t.dueOn() == null ? deadlines.due(assignedOn, t.limitWorkingDays()) : t.dueOn();
        Task assigned = new Task(t.id(), t.number(), t.type(), t.title(), t.requirement(), t.requiredEvidence(),
                t.source(), t.findingId(), next, t.officeUnitId(), t.limitWorkingDays(), assignedOn, due, t.urgeCount(),
                t.urgedOn(), t.escalatedOn(), t.returnCount(), t.acceptedOn(), t.closedOn(), t.createdBy(),
                t.unitIds());
        tasks.update(assigned, now);
        for (long unit : added) {
            tasks.event(t.id(), "ASSIGNED", unit, now, by, "交办至" + scope.name(unit) + "，限 " + due + " 前办结");
        }
        return tasks.findById(t.id()).orElseThrow();
    }

    /** Applies a transition that changes only the status and the counters given by {@code change}. */
    Task transition(Task t, TaskAction action, String by, String detail, Long unitId,
            java.util.function.UnaryOperator<Task> change) {
        TaskStatus next = TaskLifecycle.TABLE.require(t.status(), action);
        Task changed = change.apply(t.withStatus(next));
        Instant now = now();
        tasks.update(changed, now);
        tasks.event(t.id(), action.name(), unitId, now, by, detail);
        return tasks.findById(t.id()).orElseThrow();
    }

    /** Copies {@code t} with new counters and dates (null keeps the current value). */
    static Task with(Task t, Integer urgeCount, LocalDate urgedOn, LocalDate escalatedOn, Integer returnCount,
            LocalDate acceptedOn, LocalDate closedOn) {
        return new Task(t.id(), t.number(), t.type(), t.title(), t.requirement(), t.requiredEvidence(), t.source(),
                t.findingId(), t.status(), t.officeUnitId(), t.limitWorkingDays(), t.assignedOn(), t.dueOn(),
                urgeCount == null ? t.urgeCount() : urgeCount, urgedOn == null ? t.urgedOn() : urgedOn,
                escalatedOn == null ? t.escalatedOn() : escalatedOn, returnCount == null ? t.returnCount() : returnCount,
                acceptedOn == null ? t.acceptedOn() : acceptedOn, closedOn == null ? t.closedOn() : closedOn,
                t.createdBy(), t.unitIds());
    }
}
