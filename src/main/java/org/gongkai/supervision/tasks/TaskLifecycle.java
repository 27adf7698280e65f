package org.gongkai.supervision.tasks;

import static org.gongkai.supervision.tasks.TaskAction.ACCEPT;
import static org.gongkai.supervision.tasks.TaskAction.ASSIGN;
import static org.gongkai.supervision.tasks.TaskAction.CLOSE;
import static org.gongkai.supervision.tasks.TaskAction.ESCALATE;
import static org.gongkai.supervision.tasks.TaskAction.REPORT;
import static org.gongkai.supervision.tasks.TaskAction.RETURN;
import static org.gongkai.supervision.tasks.TaskAction.URGE;
import static org.gongkai.supervision.tasks.TaskStatus.ACCEPTED;
import static org.gongkai.supervision.tasks.TaskStatus.ASSIGNED;
import static org.gongkai.supervision.tasks.TaskStatus.CLOSED;
import static org.gongkai.supervision.tasks.TaskStatus.DRAFT;
import static org.gongkai.supervision.tasks.TaskStatus.REPORTED;
import static org.gongkai.supervision.tasks.TaskStatus.RETURNED;

import java.util.Set;
import org.gongkai.common.lifecycle.Lifecycle;

/**
 * THE transition table of a supervision task. The office assigns a task to units (and may add units while they work);
 * each unit reports its progress with evidence (another unit's report, or a fuller one, keeps the task waiting for
 * acceptance); the supervisor accepts the reports (every assigned unit must have reported in the current round,
 * checked by the handler) or returns them with a reason, and closes an accepted task. While the units owe work the
 * office (or the sweeper) urges them, and the sweeper escalates an overdue task to a notice in the monthly bulletin.
 */
public final class TaskLifecycle {

    public static final Lifecycle<TaskStatus, TaskAction> TABLE = Lifecycle.of(TaskStatus.class, TaskAction.class)
            .edge(DRAFT, ASSIGN, ASSIGNED)
            .edge(ASSIGNED, ASSIGN, ASSIGNED)
            .edges(Set.of(ASSIGNED, REPORTED, RETURNED), REPORT, REPORTED)
            .edge(REPORTED, ACCEPT, ACCEPTED)
            .edge(REPORTED, RETURN, RETURNED)
            .edge(ACCEPTED, CLOSE, CLOSED)
            .edge(ASSIGNED, URGE, ASSIGNED)
            .edge(RETURNED, URGE, RETURNED)
            .edge(ASSIGNED, ESCALATE, ASSIGNED)
            .edge(RETURNED, ESCALATE, RETURNED)
            .build();

    /** The action a viewer would take next in a status (the primary button of the task page). */
    public static TaskAction next(TaskStatus status) {
        return switch (status) {
            case DRAFT -> ASSIGN;
            case ASSIGNED, RETURNED -> REPORT;
            case REPORTED -> ACCEPT;
            case ACCEPTED -> CLOSE;
            case CLOSED -> null;
        };
    }

    private TaskLifecycle() {}
}
