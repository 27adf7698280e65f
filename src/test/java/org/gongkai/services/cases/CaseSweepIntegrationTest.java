package org.gongkai.services.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.services.cases.ServiceCaseCommands.AcceptServiceCase;
import org.gongkai.services.cases.ServiceCaseCommands.ApplicantInput;
import org.gongkai.services.cases.ServiceCaseCommands.CreateServiceCase;
import org.gongkai.services.cases.ServiceCaseCommands.Created;
import org.gongkai.services.cases.ServiceCaseCommands.SuspendServiceCase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The sweeper: reminders when the light turns yellow, the overdue mark after the due date, each once. */
@IntegrationTest
class CaseSweepIntegrationTest {

    @Autowired
    CaseSweep sweep;
    @Autowired
    CommandDispatcher commands;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UnitDirectory units;

    String acceptedCase(int workingDays) {
        long unit = units.findByCreditCode(ServiceFixtures.AGRICULTURE).orElseThrow().id();
        String item = ServiceFixtures.promisedItem(jdbc, unit, workingDays);
        TestActors.TestActor officer = new TestActors.TestActor(-3, "sweep-officer", "sweep-officer",
                java.util.Map.of(unit, java.util.Set.of(Role.SERVICE_OFFICER)));
        Created created = commands.dispatchAs(officer, new CreateServiceCase(item, "WINDOW",
                new ApplicantInput("PERSON", "王五", ServiceFixtures.VALID_ID, null, "13912345678", null), null));
        commands.dispatchAs(officer, new AcceptServiceCase(created.caseNumber(), null));
        return created.caseNumber();
    }

    List<String> marks(String caseNumber) {
        return jdbc.sql("SELECT e.event_type || ' ' || e.on_date FROM services_case_event e JOIN services_case c "
                        + "ON c.id = e.case_id WHERE c.case_number = :n AND e.event_type IN ('REMINDED', 'OVERDUE') "
                        + "ORDER BY e.seq").param("n", caseNumber).query(String.class).list();
    }

    @Test
    void remindsOnceWhenTheLightTurnsYellowAndMarksTheCaseOverdueOnce() {
        String n = acceptedCase(5); // accepted Mon 2026-06-15, due Tue 06-23 (端午 06-19..06-21 off)

        sweep.sweep(LocalDate.parse("2026-06-17")); // 06-18, 06-22, 06-23 left: green
        assertThat(marks(n)).isEmpty();
        sweep.sweep(LocalDate.parse("2026-06-18")); // 06-22, 06-23 left: yellow
        sweep.sweep(LocalDate.parse("2026-06-22"));
        assertThat(marks(n)).containsExactly("REMINDED 2026-06-18");
        sweep.sweep(LocalDate.parse("2026-06-24"));
        sweep.sweep(LocalDate.parse("2026-06-25"));
        assertThat(marks(n)).containsExactly("REMINDED 2026-06-18", "OVERDUE 2026-06-24");
        assertThat(jdbc.sql("SELECT (SELECT COUNT(*) FROM event_publication WHERE event_type LIKE '%ServiceCaseOverdue')"
                + " + (SELECT COUNT(*) FROM event_publication_archive WHERE event_type LIKE '%ServiceCaseOverdue')")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void anOpenSuspensionThatOverrunsItsPlannedEndMovesTheCachedDueDate() {
        String n = acceptedCase(1); // due Tue 06-16
        long unit = units.findByCreditCode(ServiceFixtures.AGRICULTURE).orElseThrow().id();
        commands.dispatchAs(new TestActors.TestActor(-3, "sweep-officer", "sweep-officer",
                java.util.Map.of(unit, java.util.Set.of(Role.SERVICE_OFFICER))),
                new SuspendServiceCase(n, "检测", null, LocalDate.parse("2026-06-16")));
        // planned end 06-16 passed; on 06-24 the suspension has run (06-15, 06-24] = 6 working days → due 06-25
        sweep.sweep(LocalDate.parse("2026-06-24"));
        assertThat(jdbc.sql("SELECT due_on FROM services_case WHERE case_number = :n").param("n", n)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.parse("2026-06-25"));
        assertThat(marks(n)).containsExactly("REMINDED 2026-06-24");
    }
}
