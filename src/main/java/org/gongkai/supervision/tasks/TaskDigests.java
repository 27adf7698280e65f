package org.gongkai.supervision.tasks;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.supervision.TaskDigest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the monthly bulletin says about the month's tasks ({@link TaskDigest}): tasks assigned in the month (opened),
 * closed in the month, those overdue at the month's end (not accepted by then and past their due date; 已通报 when the
 * sweeper escalated them by then) and those still in rectification at the month's end.
 */
@Component
class TaskDigests implements TaskDigest.Digests {

    private final TaskRepository tasks;
    private final TaskScope scope;

    TaskDigests(TaskRepository tasks, TaskScope scope) {
        this.tasks = tasks;
        this.scope = scope;
    }

    @Override
    @Transactional(readOnly = true)
    public TaskDigest forPeriod(YearMonth period) {
        LocalDate first = period.atDay(1);
        LocalDate end = period.atEndOfMonth();
        int opened = 0;
        int closed = 0;
        List<TaskDigest.Line> overdue = new ArrayList<>();
        List<TaskDigest.Line> rectifying = new ArrayList<>();
        List<Task> all = new ArrayList<>(tasks.all());
        all.sort(java.util.Comparator.comparing(Task::number));
        for (Task t : all) {
            if (t.assignedOn() != null && !t.assignedOn().isBefore(first) && !t.assignedOn().isAfter(end)) {
                opened++;
            }
            if (t.closedOn() != null && !t.closedOn().isBefore(first) && !t.closedOn().isAfter(end)) {
                closed++;
            }
            boolean runningAtEnd = t.assignedOn() != null && !t.assignedOn().isAfter(end)
                    && (t.acceptedOn() == null || t.acceptedOn().isAfter(end));
            if (!runningAtEnd) {
                continue;
            }
            List<String> codes = t.unitIds().stream().map(scope::code).toList();
            if (t.dueOn() != null && t.dueOn().isBefore(end)) {
                boolean escalated = t.escalatedOn() != null && !t.escalatedOn().isAfter(end);
                overdue.add(new TaskDigest.Line(t.number(), t.title(), codes, t.dueOn(),
                        escalated ? "已逾期，已通报" : "已逾期"));
            } else {
                String status = t.acceptedOn() == null ? t.status().label() : TaskStatus.ASSIGNED.label();
                rectifying.add(new TaskDigest.Line(t.number(), t.title(), codes, t.dueOn(), status));
            }
        }
        return new TaskDigest(period, opened, closed, overdue, rectifying);
    }
}
