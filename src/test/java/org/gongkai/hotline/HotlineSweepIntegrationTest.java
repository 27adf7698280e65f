package org.gongkai.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.hotline.HotlineApiIntegrationTest.CENTRE;
import static org.gongkai.hotline.HotlineApiIntegrationTest.HOUSING;
import static org.gongkai.hotline.HotlineApiIntegrationTest.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sweeper (issue #12): the reminder when one working day is left and the overdue mark the day after the due
 * date, each once per ticket and due date, for the unit holding the ticket; closed tickets are left alone; a ticket
 * whose row is broken is skipped without stopping the others (one transaction per ticket); a dispatch not accepted
 * within its accept limit is reminded once, and a redispatch afresh.
 */
@IntegrationTest
class HotlineSweepIntegrationTest {

    @Autowired
    HotlineSweep sweep;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UnitDirectory units;

    /** A help ticket received Mon 2026-06-15 (the test clock), due Tue 06-23 (端午 06-19..06-21 off). */
    String dispatchedHelp() throws Exception {
        String n = (String) json(mvc.perform(post("/api/v1/hotline/tickets").contentType(MediaType.APPLICATION_JSON)
                .content(HotlineApiIntegrationTest.ticket("HELP"))).andExpect(status().isCreated())).get("ticketNumber");
        mvc.perform(post("/api/v1/staff/hotline/tickets/" + n + "/dispatch")
                .with(TestActors.as(Role.HOTLINE_OFFICER, units.findByCreditCode(CENTRE).orElseThrow().id()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"unitCode\": \"" + HOUSING + "\"}"))
                .andExpect(status().isOk());
        return n;
    }

    List<String> marks(String n) {
        return jdbc.sql("SELECT r.kind || ' ' || r.due_on FROM hotline_reminder r JOIN hotline_ticket t "
                + "ON t.id = r.ticket_id WHERE t.ticket_number = :n ORDER BY r.id").param("n", n)
                .query(String.class).list();
    }

    @Test
    void remindsOnceWhenOneWorkingDayIsLeftAndMarksTheTicketOverdueOnce() throws Exception {
        String n = dispatchedHelp();
        assertThat(jdbc.sql("SELECT due_on FROM hotline_ticket WHERE ticket_number = :n").param("n", n)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.parse("2026-06-23"));

        sweep.sweep(LocalDate.parse("2026-06-18")); // 06-22, 06-23 left
        assertThat(marks(n)).isEmpty();
        sweep.sweep(LocalDate.parse("2026-06-20")); // a holiday: no reminder on a day off
        assertThat(marks(n)).isEmpty();
        sweep.sweep(LocalDate.parse("2026-06-22")); // 06-23 left
        sweep.sweep(LocalDate.parse("2026-06-23"));
        assertThat(marks(n)).containsExactly("DUE_SOON 2026-06-23");
        sweep.sweep(LocalDate.parse("2026-06-24"));
        sweep.sweep(LocalDate.parse("2026-06-25"));
        assertThat(marks(n)).containsExactly("DUE_SOON 2026-06-23", "OVERDUE 2026-06-23");
        assertThat(jdbc.sql("SELECT r.unit_id FROM hotline_reminder r JOIN hotline_ticket t ON t.id = r.ticket_id "
                + "WHERE t.ticket_number = :n AND r.kind = 'OVERDUE'").param("n", n).query(Long.class).single())
                .isEqualTo(units.findByCreditCode(HOUSING).orElseThrow().id());
        assertThat(jdbc.sql("SELECT (SELECT COUNT(*) FROM event_publication WHERE event_type LIKE '%TicketOverdue')"
                + " + (SELECT COUNT(*) FROM event_publication_archive WHERE event_type LIKE '%TicketOverdue')")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void aBrokenTicketIsSkippedAndTheOthersAreStillSwept() throws Exception {
        String broken = dispatchedHelp();
        String fine = dispatchedHelp();
        jdbc.sql("UPDATE hotline_ticket SET urgency = 'NO_SUCH' WHERE ticket_number = :n").param("n", broken).update();
        try {
            HotlineSweep.Result r = sweep.sweep(LocalDate.parse("2026-06-24"));
            assertThat(r.failed()).isPositive();
            assertThat(marks(fine)).containsExactly("OVERDUE 2026-06-23");
            assertThat(marks(broken)).isEmpty();
        } finally {
            jdbc.sql("UPDATE hotline_ticket SET urgency = 'NORMAL' WHERE ticket_number = :n").param("n", broken)
                    .update();
        }
    }
    List<String> acceptReminders(String n) {
        return jdbc.sql("SELECT u.credit_code || CASE WHEN d.accept_reminded_at IS NULL THEN ' -' ELSE ' reminded' END"
                + " FROM hotline_dispatch d JOIN hotline_ticket t ON t.id = d.ticket_id JOIN org_unit u ON u.id = d.unit_id"
                + " WHERE t.ticket_number = :n ORDER BY d.id").param("n", n).query(String.class).list();
    }

    java.time.Instant acceptDue(String n) {
        return jdbc.sql("SELECT MAX(d.accept_due_at) FROM hotline_dispatch d JOIN hotline_ticket t ON t.id = d.ticket_id"
                + " WHERE t.ticket_number = :n").param("n", n).query(java.time.OffsetDateTime.class).single().toInstant();
    }

    @Test
    void aDispatchNotAcceptedWithinTheAcceptLimitIsRemindedOnceAndARedispatchAfresh() throws Exception {
        String late = dispatchedHelp();
        String accepted = dispatchedHelp();
        var housing = TestActors.as(Role.HOTLINE_OFFICER, units.findByCreditCode(HOUSING).orElseThrow().id());
        var centre = TestActors.as(Role.HOTLINE_OFFICER, units.findByCreditCode(CENTRE).orElseThrow().id());
        mvc.perform(post("/api/v1/staff/hotline/tickets/" + accepted + "/accept").with(housing))
                .andExpect(status().isOk());
        java.time.Instant due = acceptDue(late);

        sweep.remindLateAccepts(due.minusSeconds(60)); // within the limit: nothing
        assertThat(acceptReminders(late)).containsExactly(HOUSING + " -");
        sweep.remindLateAccepts(due.plusSeconds(60));
        sweep.remindLateAccepts(due.plusSeconds(7200)); // the next hourly sweep: not again
        assertThat(acceptReminders(late)).containsExactly(HOUSING + " reminded");
        assertThat(acceptReminders(accepted)).containsExactly(HOUSING + " -");
        assertThat(jdbc.sql("SELECT (SELECT COUNT(*) FROM event_publication WHERE event_type LIKE '%TicketAcceptLate'"
                + " AND serialized_event LIKE :n) + (SELECT COUNT(*) FROM event_publication_archive WHERE event_type"
                + " LIKE '%TicketAcceptLate' AND serialized_event LIKE :n)").param("n", "%" + late + "%").query(Long.class).single())
                .isEqualTo(1);

        // 住建局 returns it, the centre redispatches to 生态环境局: that dispatch has its own limit and reminder
        mvc.perform(post("/api/v1/staff/hotline/tickets/" + late + "/return").with(housing)
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"不属本单位职责\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/staff/hotline/tickets/" + late + "/arbitrate").with(centre)
                .contentType(MediaType.APPLICATION_JSON).content("{\"unitCode\": \""
                        + HotlineApiIntegrationTest.ENVIRONMENT + "\", \"decision\": \"改派生态环境局\"}"))
                .andExpect(status().isOk());
        sweep.remindLateAccepts(acceptDue(late).plusSeconds(60));
        assertThat(acceptReminders(late)).containsExactly(HOUSING + " reminded",
                HotlineApiIntegrationTest.ENVIRONMENT + " reminded");
    }
}
