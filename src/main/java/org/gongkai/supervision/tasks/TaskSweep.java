package org.gongkai.supervision.tasks;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.TimeConfiguration;
import org.gongkai.supervision.tasks.TaskCommands.EscalateTask;
import org.gongkai.supervision.tasks.TaskCommands.UrgeTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily overdue escalation of supervision tasks, once across the cluster (ShedLock {@code supervision-task-sweep}),
 * one command (and so one transaction and one audit record) per task, as the system: on a working day after the due
 * date of a task whose units owe work (办理中, 退回整改), it is urged (催办: {@link UrgeTask}, told to the units through
 * their inbox) unless it was already urged after its due date; a task still overdue
 * {@link TaskSettings#escalateAfterWorkingDays} working days after that urging is escalated ({@link EscalateTask}):
 * marked for the notice in the monthly bulletin ({@code TaskDigest.overdue} says 已通报). Each step once per task.
 */
@Component
class TaskSweep {

    private static final Logger log = LoggerFactory.getLogger(TaskSweep.class);

    /** What one sweep did. */
    record Result(int urged, int escalated, int failed) {}

    private final TaskRepository tasks;
    private final CommandDispatcher commands;
    private final WorkingDayCalendar calendar;
    private final TaskSettings settings;
    private final Clock clock;

    TaskSweep(TaskRepository tasks, CommandDispatcher commands, WorkingDayCalendar calendar, TaskSettings settings,
            Clock clock) {
        this.tasks = tasks;
        this.commands = commands;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = "${gongkai.supervision.tasks.sweep-cron:0 40 7 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "supervision-task-sweep", lockAtMostFor = "PT30M")
    void scheduled() {
        Result r = sweep(LocalDate.now(clock.withZone(TimeConfiguration.ZONE)));
        if (r.urged() + r.escalated() + r.failed() > 0) {
            log.info("supervision task sweep: {} urged, {} escalated, {} skipped", r.urged(), r.escalated(),
                    r.failed());
        }
    }

    /** Urges and escalates the overdue tasks as of {@code today} (nothing on a day off). */
    Result sweep(LocalDate today) {
        int urged = 0;
        int escalated = 0;
        int failed = 0;
        if (!calendar.isWorkingDay(today)) {
            return new Result(0, 0, 0);
        }
        for (String number : tasks.withUnitsNumbers()) {
            try {
                Task t = tasks.find(number).orElseThrow();
                if (!t.status().withUnits() || t.dueOn() == null || !today.isAfter(t.dueOn())) {
                    continue;
                }
                if (t.urgedOn() == null || !t.urgedOn().isAfter(t.dueOn())) {
                    commands.dispatchAsSystem(new UrgeTask(number, "已超过办理期限（" + t.dueOn() + "），请抓紧办理"));
                    urged++;
                } else if (t.escalatedOn() == null
                        && calendar.workingDaysBetween(t.urgedOn(), today) >= settings.escalateAfterWorkingDays()) {
                    commands.dispatchAsSystem(new EscalateTask(number));
                    escalated++;
                }
            } catch (RuntimeException e) {
                failed++;
                log.error("supervision task sweep: skipped {} ({})", number, e.toString());
            }
        }
        return new Result(urged, escalated, failed);
    }
}
