package org.gongkai.reports;

import java.security.SecureRandom;
import java.util.Map;
import java.util.Set;
import org.gongkai.TestActors.TestActor;
import org.gongkai.common.Role;
import org.gongkai.organisation.CreditCodes;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A fresh department of the demo county per test (so counts are exact on a shared database), and actors. */
final class ReportFixtures {

    static final String COUNTY = "11990101100100076Q";
    static final String OFFICE = "11990101100100148H"; // 县政府办: the approving office by default
    static final String FINANCE = "119901011001002878";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReportFixtures() {}

    record TestUnit(long id, String code, String name) {}

    static TestUnit newDepartment(JdbcClient jdbc, String name) {
        return newDepartment(jdbc, name, "示例县" + name + RANDOM.nextInt(100_000));
    }

    /** Unit names need not be unique; codes are random. */
    static TestUnit newDepartment(JdbcClient jdbc, String name, String unitName) {
        String code = CreditCodes.complete("11990101" + String.format("%09d", RANDOM.nextInt(1_000_000_000)));
        long county = jdbc.sql("SELECT id FROM org_unit WHERE credit_code = :c").param("c", COUNTY).query(Long.class)
                .single();
        jdbc.sql("INSERT INTO org_unit (credit_code, name, short_name, type, parent_id) VALUES (:c, :n, :s, 'DEPARTMENT', :p)")
                .param("c", code).param("n", unitName).param("s", name).param("p", county).update();
        long id = jdbc.sql("SELECT id FROM org_unit WHERE credit_code = :c").param("c", code).query(Long.class).single();
        return new TestUnit(id, code, unitName);
    }

    static long unitId(JdbcClient jdbc, String code) {
        return jdbc.sql("SELECT id FROM org_unit WHERE credit_code = :c").param("c", code).query(Long.class).single();
    }

    /** Request officer and editor of the unit (prepares the report). */
    static TestActor officer(TestUnit unit) {
        return new TestActor(-2, "test-officer-" + unit.id(), "承办人", Map.of(unit.id(),
                Set.of(Role.REQUEST_OFFICER, Role.EDITOR)));
    }

    /** Writes the narrative in full (no placeholder left), as staff do before submitting (#10). */
    static void writeNarrative(ReportService reports, TestActor officer, TestUnit unit, int year) {
        reports.saveNarrative(officer, unit.code(), year, "总体情况。", "存在的主要问题：人员不足。改进情况：加强培训。",
                "本年度未收取信息处理费。");
    }

    static TestActor supervisor(JdbcClient jdbc) {
        return new TestActor(-3, "test-supervisor", "督查", Map.of(unitId(jdbc, OFFICE), Set.of(Role.SUPERVISOR)));
    }
}
