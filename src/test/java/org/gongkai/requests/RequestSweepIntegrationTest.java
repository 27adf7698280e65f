package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The sweep: reminders at 5 and 1 WD before the due date, overdue flag for the supervisor, automatic （六）1. */
@IntegrationTest
class RequestSweepIntegrationTest {

    @Autowired
    RequestService service;
    @Autowired
    UnitDirectory units;
    @Autowired
    JdbcClient jdbc;

    TestActors.TestActor officer() {
        long office = units.findByCreditCode(RequestApiIntegrationTest.OFFICE).orElseThrow().id();
        return new TestActors.TestActor(-1, "sweep-officer", "sweep-officer",
                Map.of(office, Set.of(Role.REQUEST_OFFICER, Role.SUPERVISOR)));
    }

    ApplicationInput input(String description) {
        return new ApplicationInput("NATURAL_PERSON", "提醒测试", "11010519491231002X", null, "13712345678", null, null,
                RequestApiIntegrationTest.OFFICE, description, "PAPER", "PICKUP");
    }

    List<String> reminders(String tn) {
        return jdbc.sql("SELECT m.kind FROM requests_reminder m JOIN requests_request r ON r.id = m.request_id "
                + "WHERE r.tracking_number = :tn ORDER BY m.id").param("tn", tn).query(String.class).list();
    }

    @Test
    void remindsFiveAndOneWorkingDaysBeforeTheDueDateOnceEachThenFlagsOverdue() {
        var actor = officer();
        String tn = service.register(actor, input("示例县2025年度城市管网改造清单"), Channel.IN_PERSON,
                LocalDate.parse("2025-09-26")).trackingNumber(); // due 2025-10-30

        service.sweep(LocalDate.parse("2025-10-22"));
        assertThat(reminders(tn)).isEmpty();
        service.sweep(LocalDate.parse("2025-10-23"));
        service.sweep(LocalDate.parse("2025-10-23"));
        assertThat(reminders(tn)).containsExactly("DUE_IN_5");
        service.sweep(LocalDate.parse("2025-10-29"));
        assertThat(reminders(tn)).containsExactly("DUE_IN_5", "DUE_IN_1");
        assertThat(service.reminders(actor)).extracting(RequestReminder::trackingNumber).contains(tn);

        service.sweep(LocalDate.parse("2025-10-31"));
        assertThat(reminders(tn)).containsExactly("DUE_IN_5", "DUE_IN_1", "OVERDUE");
        assertThat(service.overdue(actor)).extracting(QueueRow::trackingNumber).contains(tn);
    }

    @Test
    void endsAsNoCorrectionWhenTheCorrectionDeadlinePasses() {
        var actor = officer();
        String tn = service.register(actor, input("不明确的申请内容"), Channel.LETTER, LocalDate.parse("2025-09-26"))
                .trackingNumber();
        service.requestCorrection(actor, tn, LocalDate.parse("2025-09-30"), LocalDate.parse("2025-10-20"), "请写明文件名称");

        service.sweep(LocalDate.parse("2025-10-20"));
        assertThat(jdbc.sql("SELECT decision_code FROM requests_request WHERE tracking_number = :tn").param("tn", tn)
                .query().singleRow().get("decision_code")).isNull();
        service.sweep(LocalDate.parse("2025-10-21"));

        Map<String, Object> row = jdbc.sql("SELECT decision_code, decided_on, step FROM requests_request WHERE tracking_number = :tn")
                .param("tn", tn).query().singleRow();
        assertThat(row.get("decision_code")).isEqualTo("OTHER_NO_CORRECTION");
        assertThat(row.get("decided_on").toString()).isEqualTo("2025-10-21");
        assertThat(row.get("step")).isEqualTo("REPLIED");
    }
}
