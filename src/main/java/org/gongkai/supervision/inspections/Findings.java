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

    Findings(InspectionRepository repository) {
        this.repository = repository;
    }

    public Optional<Finding> find(long findingId) {
        return repository.finding(findingId);
    }

    /** Marks an open finding as made task {@code taskId}; refuses a finding that is not open. */
    public Finding becameTask(long findingId, long taskId) {
        Finding f = repository.finding(findingId)
                .orElseThrow(() -> GongkaiException.invalid("findingId", "未找到该巡查发现的问题"));
        if (f.status() != FindingStatus.OPEN) {
            throw new GongkaiException(ErrorCode.SUPERVISION_FINDING_NOT_OPEN, "该问题" + f.status().label()
                    + "，不能再转为督办任务", "findingId");
        }
        repository.status(findingId, FindingStatus.TASKED, taskId);
        return f;
    }
}
