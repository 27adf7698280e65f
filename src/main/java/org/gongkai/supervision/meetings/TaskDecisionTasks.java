package org.gongkai.supervision.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.supervision.tasks.TaskCommands.CreateTask;
import org.gongkai.supervision.tasks.TaskType;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * A decision of the meeting becomes a supervision task through the task module's own command ({@link CreateTask},
 * audited as {@code CREATE_TASK}, in the decision's transaction): type 督查任务, the decision as its requirement,
 * assigned at once to the responsible units, its limit the working days from today to the due date (at least 1), its
 * source the meeting's title. The dispatcher is resolved lazily: it is built from every command handler, this one's
 * handler among them.
 */
@Component
class TaskDecisionTasks implements DecisionTasks {

    static final int TITLE_MAX = 200;

    private final CommandDispatcher commands;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    TaskDecisionTasks(@Lazy CommandDispatcher commands, WorkingDayCalendar calendar, Clock clock) {
        this.commands = commands;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public Optional<String> createTask(Actor actor, String meetingTitle, String text, List<String> unitCodes,
            LocalDate dueOn) {
        LocalDate today = LocalDate.now(clock);
        int limit = Math.max(1, calendar.workingDaysBetween(today, dueOn));
        String title = (meetingTitle + "议定事项：" + text).replaceAll("\\s+", " ");
        String number = commands.dispatchAs(actor, new CreateTask(TaskType.SUPERVISION,
                title.length() > TITLE_MAX ? title.substring(0, TITLE_MAX - 1) + "…" : title, text, null, unitCodes,
                limit, meetingTitle, null));
        return Optional.of(number);
    }
}
