package org.gongkai.supervision.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.common.Actor;

/**
 * Turns a decision of the briefing meeting into a supervision task (督查督办) and answers its number. The task module's
 * creation command is wired here once it has landed; until then no task is created and the decision keeps an empty
 * task number (shown as 待转督办).
 */
interface DecisionTasks {

    Optional<String> createTask(Actor actor, String meetingTitle, String text, List<String> unitCodes, LocalDate dueOn);
}
