package org.gongkai.supervision.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.gongkai.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo supervision as a first start writes it (issue #15): with the setting on, the county's start leaves the three
 * demo tasks in their states once, and loading again (a second start) adds none. H2 only: on PostgreSQL every context
 * shares the database, and committed demo tasks would change other tests' lists ({@link DemoSupervisionTest} covers
 * the content there, rolled back).
 */
@IntegrationTest
@TestPropertySource(properties = "gongkai.supervision.demo.enabled=true")
@DisabledIfSystemProperty(named = "gongkai.test.datasource-url", matches = ".+")
class DemoSupervisionStartupTest {

    @Autowired
    DemoSupervision demo;
    @Autowired
    TaskRepository tasks;

    Map<String, TaskStatus> demoTasks() {
        return tasks.all().stream().filter(t -> t.title().equals(DemoSupervision.FINDING_TASK_TITLE)
                || t.title().equals(DemoSupervision.NPC_TITLE) || t.title().equals(DemoSupervision.CLOSED_TITLE))
                .collect(Collectors.toMap(Task::title, Task::status));
    }

    @Test
    void theFirstStartLoadsItOnceAndASecondLoadAddsNothing() {
        assertThat(demoTasks()).containsExactlyInAnyOrderEntriesOf(Map.of(
                DemoSupervision.FINDING_TASK_TITLE, TaskStatus.REPORTED,
                DemoSupervision.NPC_TITLE, TaskStatus.ASSIGNED,
                DemoSupervision.CLOSED_TITLE, TaskStatus.CLOSED));
        int before = tasks.all().size();
        demo.loadIfEmpty();
        assertThat(tasks.all()).hasSize(before);
        assertThat(demoTasks()).hasSize(3);
    }
}
