package org.gongkai.supervision.inspections;

import java.util.Optional;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.springframework.stereotype.Component;

/**
 * What the tasks of the module ask of findings: the finding a new task rectifies, and marking it as made a task
 * (in the task's transaction, so a refused task leaves the finding open).
 */
@Component
public class Findings {

    private final InspectionRepository repository;
    private final Inspections inspections;

    Findings(InspectionRepository repository, Inspections inspections) {
        this.repository = repository;
        this.inspections = inspections;
    }

    public Optional<Finding> find(long findingId) {
        return repository.finding(findingId);
    }

    /**
     * Marks an open finding as made task {@code taskId}; refuses a finding that is not open, and one the actor may not
     * see (an inspection of another office, a unit outside the actor's scope) as if it did not exist. {@code actor} is
     * null for the system (the meeting's decisions, imports).
     */
    public Finding becameTask(long findingId, long taskId, org.gongkai.common.Actor actor) {
        Finding f = repository.finding(findingId)
                .filter(x -> actor == null || visible(actor, x))
                .orElseThrow(() -> GongkaiException.invalid("findingId", "未找到该巡查发现的问题"));
        if (f.status() != FindingStatus.OPEN) {
            throw new GongkaiException(ErrorCode.SUPERVISION_FINDING_NOT_OPEN, "该问题" + f.status().label()
                    + "，不能再转为督办任务", "findingId");
        }
        repository.status(findingId, FindingStatus.TASKED, taskId);
        return f;
    }

    private boolean visible(org.gongkai.common.Actor actor, Finding f) {
        boolean inspectionSeen = repository.inspectionById(f.inspectionId()).map(i -> inspections.sees(actor, i))
                .orElse(false);
        return inspectionSeen && (f.unitId() == null || inspections.scope(actor).contains(f.unitId()));
    }
}
