package org.gongkai.supervision.tasks;

import java.time.LocalDate;
import java.util.List;

/**
 * A supervision task as stored: what the office asks, of which units, by when, and where it stands. {@code round}
 * counts the returns: a unit's report counts for acceptance only in the current round. {@code dueOn} is a cache of
 * the ledger clock ({@link TaskDeadlines}), set at the first assignment.
 */
public record Task(long id, String number, TaskType type, String title, String requirement, String requiredEvidence,
        String source, Long findingId, TaskStatus status, Long officeUnitId, int limitWorkingDays, LocalDate assignedOn,
        LocalDate dueOn, int urgeCount, LocalDate urgedOn, LocalDate escalatedOn, int returnCount, LocalDate acceptedOn,
        LocalDate closedOn, String createdBy, List<Long> unitIds) {

    public int round() {
        return returnCount;
    }

    Task withStatus(TaskStatus next) {
        return new Task(id, number, type, title, requirement, requiredEvidence, source, findingId, next, officeUnitId,
                limitWorkingDays, assignedOn, dueOn, urgeCount, urgedOn, escalatedOn, returnCount, acceptedOn, closedOn,
                createdBy, unitIds);
    }

    /** Overdue on {@code today}: still open and past its due date. */
    public boolean overdueOn(LocalDate today) {
        return status.open() && dueOn != null && today.isAfter(dueOn);
    }
}
