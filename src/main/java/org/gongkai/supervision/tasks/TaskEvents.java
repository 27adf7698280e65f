package org.gongkai.supervision.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * What happened to a supervision task, as past-tense records persisted by Spring Modulith's event publication
 * registry; {@code notify} tells the units' staff (assignment, return, urging, escalation) and the supervisors
 * (a report waiting for acceptance). Task numbers and unit ids only, never personal data.
 */
@NamedInterface("task-events")
public final class TaskEvents {

    private TaskEvents() {}

    @NamedInterface("task-events")
    public record TaskCreated(String taskNumber, TaskType type, Instant at) {}

    @NamedInterface("task-events")
    public record TaskAssigned(String taskNumber, List<Long> unitIds, LocalDate dueOn, Instant at) {}

    @NamedInterface("task-events")
    public record ProgressReported(String taskNumber, long unitId, Long officeUnitId, Instant at) {}

    @NamedInterface("task-events")
    public record TaskReturned(String taskNumber, List<Long> unitIds, Instant at) {}

    @NamedInterface("task-events")
    public record TaskAccepted(String taskNumber, List<Long> unitIds, Instant at) {}

    @NamedInterface("task-events")
    public record TaskClosed(String taskNumber, List<Long> unitIds, boolean onTime, Instant at) {}

    /** An urging (催办), by the office or the sweeper on the first working day after the due date. */
    @NamedInterface("task-events")
    public record TaskUrged(String taskNumber, List<Long> unitIds, int count, LocalDate dueOn, Instant at) {}

    /** Still overdue after the urging: a notice flagged for the monthly bulletin (通报). */
    @NamedInterface("task-events")
    public record TaskEscalated(String taskNumber, List<Long> unitIds, LocalDate dueOn, Instant at) {}
}
