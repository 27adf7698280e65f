package org.gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaMethod;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every scheduled job runs once across the cluster (ShedLock), unless it is listed here as per instance, with why
 * (docs/deployment.md, "Several instances"). A job takes its lock by {@link SchedulerLock} on the method or through a
 * call of {@link LockingTaskExecutor#executeWithLock} in the method or in a method of its class it calls (the modules'
 * own pattern, a lock name per job).
 */
class ScheduledJobsTest {

    /** Jobs that must run on every instance: each works on that instance's own memory. */
    static final Map<String, String> PER_INSTANCE = Map.of(
            "org.gongkai.audit.RefusalAggregator.flushCompletedMinutes",
            "writes this instance's in-memory refusal counters of finished minutes",
            "org.gongkai.calendar.CalendarService.refreshIfChanged",
            "reloads this instance's calendar snapshot when another instance changed the calendar",
            "org.gongkai.search.AnsweredQuestionIndex.refreshIfChanged",
            "reloads this instance's in-memory answered questions when another instance changed them");

    /** Whether the method calls {@link LockingTaskExecutor#executeWithLock} itself. */
    static boolean locks(JavaMethod method) {
        return method.getMethodCallsFromSelf().stream().anyMatch(call -> call.getName().equals("executeWithLock")
                && call.getTargetOwner().isAssignableTo(LockingTaskExecutor.class));
    }

    @Test
    void everyScheduledJobTakesAClusterLockOrSaysWhyItRunsOnEveryInstance() {
        List<JavaMethod> jobs = ModularityTest.CLASSES.stream()
                .flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(Scheduled.class))
                .toList();
        assertThat(jobs).hasSizeGreaterThanOrEqualTo(8);
        List<String> unlocked = jobs.stream()
                .filter(m -> !m.isAnnotatedWith(SchedulerLock.class))
                .filter(m -> !locks(m) && m.getMethodCallsFromSelf().stream()
                        .filter(call -> call.getTargetOwner().equals(m.getOwner()))
                        .flatMap(call -> call.getTarget().resolveMember().stream())
                        .noneMatch(ScheduledJobsTest::locks))
                .map(m -> m.getOwner().getName() + "." + m.getName())
                .filter(name -> !PER_INSTANCE.containsKey(name))
                .toList();
        assertThat(unlocked).as("scheduled jobs without a ShedLock lock").isEmpty();
        assertThat(jobs.stream().map(m -> m.getOwner().getName() + "." + m.getName()))
                .as("every per-instance entry is still a scheduled job").containsAll(PER_INSTANCE.keySet());
    }
}
