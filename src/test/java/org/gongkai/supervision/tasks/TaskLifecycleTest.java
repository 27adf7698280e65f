package org.gongkai.supervision.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.lifecycle.LifecycleAssertions;
import org.junit.jupiter.api.Test;

/** The task loop: every status × action pair of the table. */
class TaskLifecycleTest {

    @Test
    void everyStatusAndActionPairIsAllowedExactlyWhenTheTableSaysSo() {
        LifecycleAssertions.assertThatLifecycle(TaskLifecycle.TABLE)
                .allows(DRAFT, ASSIGN, ASSIGNED)
                .allows(ASSIGNED, ASSIGN, ASSIGNED)
                .allows(ASSIGNED, REPORT, REPORTED)
                .allows(REPORTED, REPORT, REPORTED)
                .allows(RETURNED, REPORT, REPORTED)
                .allows(REPORTED, ACCEPT, ACCEPTED)
                .allows(REPORTED, RETURN, RETURNED)
                .allows(ACCEPTED, CLOSE, CLOSED)
                .allows(ASSIGNED, URGE, ASSIGNED)
                .allows(RETURNED, URGE, RETURNED)
                .allows(ASSIGNED, ESCALATE, ASSIGNED)
                .allows(RETURNED, ESCALATE, RETURNED)
                .andNothingElse();
    }

    @Test
    void everyRefusedPairIsRefusedWithTheStableCodeAndEveryAllowedOneAnswersItsNextStatus() {
        int refused = 0;
        for (TaskStatus s : TaskStatus.values()) {
            for (TaskAction a : TaskAction.values()) {
                if (TaskLifecycle.TABLE.allows(s, a)) {
                    assertThat(TaskLifecycle.TABLE.require(s, a)).isEqualTo(TaskLifecycle.TABLE.next(s, a).orElseThrow());
                } else {
                    refused++;
                    assertThatThrownBy(() -> TaskLifecycle.TABLE.require(s, a)).as(s + " × " + a)
                            .isInstanceOfSatisfying(GongkaiException.class,
                                    e -> assertThat(e.code()).isEqualTo(ErrorCode.TRANSITION_NOT_ALLOWED));
                }
            }
        }
        assertThat(refused).isEqualTo(TaskStatus.values().length * TaskAction.values().length - 12);
    }

    @Test
    void nothingLeavesAClosedTaskAndTheNextActionIsAllowed() {
        assertThat(TaskLifecycle.TABLE.allowedActions(CLOSED)).isEmpty();
        for (TaskStatus s : TaskStatus.values()) {
            TaskAction next = TaskLifecycle.next(s);
            if (next != null) {
                assertThat(TaskLifecycle.TABLE.allows(s, next)).as(s.name()).isTrue();
            }
        }
    }
}
