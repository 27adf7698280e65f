package org.gongkai.supervision.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Actor;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.supervision.inspections.FindingStatus;
import org.gongkai.supervision.inspections.Inspections;
import org.gongkai.supervision.submissions.SubmissionRankings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo county's supervision (issue #15): written through the module's commands, the inspection's two findings
 * (one made a task reported by the service centre, one open), a 人大建议 being handled, a closed 督查任务 and adopted
 * submissions in the ranking; the supervisor's and the office head's task list shows them; a second load writes
 * nothing. Loaded in a transaction that is rolled back (the tests' profile switches the demo off), so other tests'
 * lists and rankings stay as they are.
 */
@IntegrationTest
class DemoSupervisionTest {

    @Autowired
    DemoSupervision demo;
    @Autowired
    TaskRepository tasks;
    @Autowired
    Inspections inspections;
    @Autowired
    SubmissionRankings rankings;
    @Autowired
    UnitDirectory units;
    @Autowired
    MockMvc mvc;
    @Autowired
    PlatformTransactionManager transactions;

    long unit(String code) {
        return units.findByCreditCode(code).orElseThrow().id();
    }

    Task task(String title) {
        List<Task> found = tasks.all().stream().filter(t -> title.equals(t.title())).toList();
        assertThat(found).as(title).hasSize(1);
        return found.get(0);
    }

    String page(RequestPostProcessor who, String path) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theOfficeSeesAnInspectionTasksInThreeStatesAndARankingAndASecondLoadWritesNothing() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            int before = tasks.all().size();
            assertThat(demo.loadIfMissing()).isTrue();
            assertThat(tasks.all()).hasSize(before + 3);

            Task reported = task(DemoSupervision.FINDING_TASK_TITLE);
            assertThat(reported.status()).isEqualTo(TaskStatus.REPORTED);
            assertThat(reported.type()).isEqualTo(TaskType.SUPERVISION);
            assertThat(reported.unitIds()).containsExactly(unit(DemoSupervision.SERVICE_CENTRE));
            Task npc = task(DemoSupervision.NPC_TITLE);
            assertThat(npc.status()).isEqualTo(TaskStatus.ASSIGNED);
            assertThat(npc.type()).isEqualTo(TaskType.NPC_SUGGESTION);
            assertThat(npc.unitIds()).containsExactly(unit(DemoSupervision.TRANSPORT));
            assertThat(task(DemoSupervision.CLOSED_TITLE).status()).isEqualTo(TaskStatus.CLOSED);

            Actor office = new TestActors.TestActor(-1, "test-officehead", "test-officehead",
                    Map.of(unit(DemoSupervision.OFFICE), Set.of(Role.OFFICE_HEAD)));
            Inspections.InspectionView inspection = inspections.list(office).stream()
                    .filter(i -> DemoSupervision.INSPECTION_TITLE.equals(i.title())).findFirst()
                    .map(i -> inspections.view(office, i.number())).orElseThrow();
            assertThat(inspection.kindLabel()).isEqualTo("明察暗访");
            assertThat(inspection.findings()).extracting(Inspections.FindingView::status)
                    .containsExactlyInAnyOrder(FindingStatus.OPEN, FindingStatus.TASKED);
            assertThat(inspection.findings()).filteredOn(f -> f.status() == FindingStatus.TASKED).singleElement()
                    .satisfies(f -> assertThat(f.taskNumber()).isEqualTo(reported.number()));

            List<SubmissionRankings.Row> ranking = rankings.ranking(reported.assignedOn().withDayOfYear(1),
                    reported.assignedOn());
            assertThat(ranking).filteredOn(r -> r.unitCode().equals(DemoSupervision.SERVICE_CENTRE)).singleElement()
                    .satisfies(r -> assertThat(r.points()).isGreaterThanOrEqualTo(5));
            assertThat(ranking).extracting(SubmissionRankings.Row::unitCode)
                    .contains(DemoSupervision.HOUSING, DemoSupervision.EDUCATION);

            try {
                for (Role role : List.of(Role.SUPERVISOR, Role.OFFICE_HEAD)) {
                    String list = page(TestActors.as(role, unit(DemoSupervision.OFFICE)), "/console/supervision/tasks");
                    assertThat(list).as(role.name()).contains(reported.number(), npc.number());
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }

            assertThat(demo.loadIfMissing()).isFalse();
            assertThat(tasks.all()).hasSize(before + 3);
        });
    }
}
