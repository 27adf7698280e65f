package org.gongkai.supervision.tasks;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.BiConsumer;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.commands.CommandHandler;
import org.gongkai.commands.CommandHandlers;
import org.gongkai.files.AttachmentPurpose;
import org.gongkai.files.FileStore;
import org.gongkai.supervision.inspections.Findings;
import org.gongkai.supervision.tasks.TaskCommands.AcceptTask;
import org.gongkai.supervision.tasks.TaskCommands.AssignTask;
import org.gongkai.supervision.tasks.TaskCommands.CloseTask;
import org.gongkai.supervision.tasks.TaskCommands.CreateTask;
import org.gongkai.supervision.tasks.TaskCommands.EscalateTask;
import org.gongkai.supervision.tasks.TaskCommands.ReportProgress;
import org.gongkai.supervision.tasks.TaskCommands.ReturnTask;
import org.gongkai.supervision.tasks.TaskCommands.TaskCommand;
import org.gongkai.supervision.tasks.TaskCommands.UrgeTask;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One handler per task command. Each authorises (the task must be in the actor's scope, else 404; then a supervisor
 * of the task, or one of its assigned units for a report, else 403), checks the lifecycle (409) and its own rules,
 * and publishes its {@link TaskEvents}. The system (the sweeper, another part of the module) may create, urge and
 * escalate.
 */
@Configuration(proxyBeanMethods = false)
class TaskCommandHandlers {

    private final TaskActions actions;
    private final TaskScope scope;
    private final TaskRepository tasks;
    private final TaskSettings settings;

    TaskCommandHandlers(TaskActions actions, TaskScope scope, TaskRepository tasks, TaskSettings settings) {
        this.actions = actions;
        this.scope = scope;
        this.tasks = tasks;
        this.settings = settings;
    }

    private <C extends TaskCommand> BiConsumer<C, Actor> supervisor() {
        return (c, actor) -> {
            if (actor == null) {
                throw new GongkaiException(ErrorCode.FORBIDDEN);
            }
            scope.requireSupervisor(actor, actions.visible(actor, c.taskNumber()));
        };
    }

    private Task load(TaskCommand c, Actor actor) {
        return actions.visible(actor, c.taskNumber());
    }

    @Bean
    CommandHandler<CreateTask, String> createTaskHandler(Findings findings) {
        return CommandHandlers.handle(CreateTask.class, (c, context) -> {
            Actor actor = context.actor().orElse(null);
            List<Long> units = c.unitCodes().stream().map(code -> scope.unit(code, "unitCodes")).toList();
            int limit = c.limitWorkingDays() == null ? settings.limitFor(c.type()) : c.limitWorkingDays();
            String number = tasks.nextNumber(settings.numberPrefix(), actions.today().getYear());
            String by = TaskActions.by(context);
            long id = tasks.insert(number, c.type(), c.title().trim(), c.requirement().trim(),
                    blankToNull(c.requiredEvidence()), blankToNull(c.source()), c.findingId(), scope.officeUnit(actor),
                    limit, by, actions.now());
            tasks.event(id, "CREATED", null, actions.now(), by, c.type().label() + "：" + c.title().trim());
            if (c.findingId() != null) {
                findings.becameTask(c.findingId(), id, actor);
            }
            context.publish(new TaskEvents.TaskCreated(number, c.type(), actions.now()));
            if (!units.isEmpty()) {
                Task t = actions.assign(tasks.findById(id).orElseThrow(), units, by);
                context.publish(new TaskEvents.TaskAssigned(number, t.unitIds(), t.dueOn(), actions.now()));
            }
            return number;
        }).authorisedBy((c, actor) -> {
            if (actor != null) {
                scope.requireSupervisor(actor);
            }
        }).describedBy((c, n) -> c.type().label() + "：" + c.title())
                .objectId((c, n) -> n).build();
    }

    @Bean
    CommandHandler<AssignTask, Task> assignTaskHandler() {
        return CommandHandlers.handle(AssignTask.class, (c, context) -> {
            Task before = load(c, context.requireActor());
            List<Long> units = c.unitCodes().stream().map(code -> scope.unit(code, "unitCodes")).toList();
            Task t = actions.assign(before, units, TaskActions.by(context));
            List<Long> added = t.unitIds().stream().filter(u -> !before.unitIds().contains(u)).toList();
            context.publish(new TaskEvents.TaskAssigned(t.number(), added, t.dueOn(), actions.now()));
            return t;
        }).authorisedBy(supervisor()).describedBy((c, t) -> "交办至 " + String.join("、", c.unitCodes())).build();
    }

    @Bean
    CommandHandler<ReportProgress, Task> reportProgressHandler(FileStore files) {
        return CommandHandlers.handle(ReportProgress.class, (c, context) -> {
            Actor actor = context.requireActor();
            Task t = load(c, actor);
            long unit = scope.reportingUnit(actor, t, c.unitCode());
            if (t.requiredEvidence() != null && c.evidence().isEmpty()) {
                throw GongkaiException.invalid("evidence", "本任务要求提供证明材料：" + t.requiredEvidence());
            }
            Task reported = actions.transition(t, TaskAction.REPORT, actor.username(),
                    scope.name(unit) + "报送整改情况（" + c.evidence().size() + " 个证明材料）", unit, x -> x);
            long report = tasks.insertReport(t.id(), unit, t.round(), c.text().trim(), actor.username(),
                    actions.now());
            for (TaskCommands.Evidence e : c.evidence()) {
                FileStore.StoredFile stored;
                try {
                    stored = files.store(new ByteArrayInputStream(e.content()), e.name(),
                            AttachmentPurpose.SUPERVISION_EVIDENCE);
                } catch (GongkaiException refused) {
                    throw GongkaiException.invalid("evidence", e.name() + "：" + refused.getMessage());
                }
                tasks.insertEvidence(report, t.id(), stored);
            }
            context.publish(new TaskEvents.ProgressReported(t.number(), unit, t.officeUnitId(), actions.now()));
            return reported;
        }).authorisedBy((c, actor) -> scope.reportingUnit(actor, load(c, actor), c.unitCode()))
                .describedBy((c, t) -> "报送整改情况，证明材料 " + c.evidence().size() + " 个").build();
    }

    @Bean
    CommandHandler<AcceptTask, Task> acceptTaskHandler() {
        return CommandHandlers.handle(AcceptTask.class, (c, context) -> {
            Task t = load(c, context.requireActor());
            TaskLifecycle.TABLE.require(t.status(), TaskAction.ACCEPT);
            List<Long> reported = tasks.reportedUnits(t.id(), t.round());
            List<String> missing = t.unitIds().stream().filter(u -> !reported.contains(u)).map(scope::name).toList();
            if (!missing.isEmpty()) {
                throw new GongkaiException(ErrorCode.SUPERVISION_REPORTS_MISSING, "以下承办单位尚未报送本轮整改情况："
                        + String.join("、", missing));
            }
            Task accepted = actions.transition(t, TaskAction.ACCEPT, TaskActions.by(context),
                    blankToNull(c.opinion()), null, x -> TaskActions.with(x, null, null, null, null, actions.today(),
                            null));
            context.publish(new TaskEvents.TaskAccepted(t.number(), t.unitIds(), actions.now()));
            return accepted;
        }).authorisedBy(supervisor()).build();
    }

    @Bean
    CommandHandler<ReturnTask, Task> returnTaskHandler() {
        return CommandHandlers.handle(ReturnTask.class, (c, context) -> {
            Task t = load(c, context.requireActor());
            Task returned = actions.transition(t, TaskAction.RETURN, TaskActions.by(context),
                    "退回理由：" + c.reason().trim(), null, x -> TaskActions.with(x, null, null, null,
                            x.returnCount() + 1, null, null));
            context.publish(new TaskEvents.TaskReturned(t.number(), t.unitIds(), actions.now()));
            return returned;
        }).authorisedBy(supervisor()).describedBy((c, t) -> "退回理由：" + c.reason()).build();
    }

    @Bean
    CommandHandler<CloseTask, Task> closeTaskHandler() {
        return CommandHandlers.handle(CloseTask.class, (c, context) -> {
            Task t = load(c, context.requireActor());
            Task closed = actions.transition(t, TaskAction.CLOSE, TaskActions.by(context), blankToNull(c.note()),
                    null, x -> TaskActions.with(x, null, null, null, null, null, actions.today()));
            boolean onTime = closed.acceptedOn() == null || closed.dueOn() == null
                    || !closed.acceptedOn().isAfter(closed.dueOn());
            context.publish(new TaskEvents.TaskClosed(t.number(), t.unitIds(), onTime, actions.now()));
            return closed;
        }).authorisedBy(supervisor()).build();
    }

    @Bean
    CommandHandler<UrgeTask, Task> urgeTaskHandler() {
        return CommandHandlers.handle(UrgeTask.class, (c, context) -> {
            Task t = load(c, context.actor().orElse(null));
            Task urged = actions.transition(t, TaskAction.URGE, TaskActions.by(context),
                    "第 " + (t.urgeCount() + 1) + " 次催办" + (c.note() == null || c.note().isBlank() ? ""
                            : "：" + c.note().trim()), null,
                    x -> TaskActions.with(x, x.urgeCount() + 1, actions.today(), null, null, null, null));
            context.publish(new TaskEvents.TaskUrged(t.number(), t.unitIds(), urged.urgeCount(), t.dueOn(),
                    actions.now()));
            return urged;
        }).authorisedBy((c, actor) -> {
            if (actor != null) {
                supervisor().accept(c, actor);
            }
        }).describedBy((c, t) -> t == null ? null : "第 " + t.urgeCount() + " 次催办").build();
    }

    @Bean
    CommandHandler<EscalateTask, Task> escalateTaskHandler() {
        return CommandHandlers.handle(EscalateTask.class, (c, context) -> {
            Task t = load(c, null);
            Task escalated = actions.transition(t, TaskAction.ESCALATE, TaskActions.by(context),
                    "逾期未办结，列入月度通报", null,
                    x -> TaskActions.with(x, null, null, actions.today(), null, null, null));
            context.publish(new TaskEvents.TaskEscalated(t.number(), t.unitIds(), t.dueOn(), actions.now()));
            return escalated;
        }).authorisedBy((c, actor) -> {
            if (actor != null) {
                throw new GongkaiException(ErrorCode.FORBIDDEN, "逾期通报由系统在催办后自动作出");
            }
        }).build();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
