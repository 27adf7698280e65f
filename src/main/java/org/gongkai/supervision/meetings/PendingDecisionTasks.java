package org.gongkai.supervision.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.common.Actor;
import org.springframework.stereotype.Component;

/** No task module yet: decisions are recorded and wait to become tasks (their task number stays empty). */
@Component
class PendingDecisionTasks implements DecisionTasks {

    @Override
    public Optional<String> createTask(Actor actor, String meetingTitle, String text, List<String> unitCodes,
            LocalDate dueOn) {
        return Optional.empty();
    }
}
