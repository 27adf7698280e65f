package org.gongkai.services.cases;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Published items and stations written straight into the tables, for tests that need them before (or without) the
 * item import: one material each, offered at every level, unique codes per call.
 */
public final class ServiceFixtures {

    public static final String AGRICULTURE = "11990101100101124A"; // 农业农村局: decides the test items
    public static final String CENTRE = "12990101100102311F"; // 政务服务中心
    public static final String CHENGGUAN = "1199010110010259XW"; // 城关镇政府: a township that takes cases in
    public static final String DONGJIE = "54990101100102661B"; // 东街村委会: a village with a station and an agent
    public static final String XIJIE = "549901011001027334"; // 西街村委会: another village
    public static final String VALID_ID = "11010519491231002X";

    private static final AtomicInteger SEQ = new AtomicInteger();

    private ServiceFixtures() {}

    /** A published item of {@code unitId}; returns its code. */
    public static String item(JdbcClient jdbc, long unitId, String kind, int promisedDays, String unit) {
        String code = "T" + System.nanoTime() % 1_000_000_000L + "-" + SEQ.incrementAndGet();
        jdbc.sql("""
                INSERT INTO services_item (code, name, type, unit_id, target, statutory_days, statutory_unit,
                  promised_days, promised_unit, kind, online_depth, visits, status, updated_at, updated_by)
                VALUES (:code, :name, '行政许可', :unit, 'PERSON', :statutory, :u, :promised, :u, :kind, 3, 1,
                  'PUBLISHED', :at, 'test')""")
                .param("code", code).param("name", "测试事项 " + code).param("unit", unitId)
                .param("statutory", Math.max(promisedDays * 2, 1)).param("u", unit).param("promised", promisedDays)
                .param("kind", kind).param("at", Instant.parse("2026-01-01T00:00:00Z").atOffset(ZoneOffset.UTC))
                .update();
        long id = jdbc.sql("SELECT id FROM services_item WHERE code = :c").param("c", code).query(Long.class).single();
        jdbc.sql("INSERT INTO services_item_material (item_id, seq, name, form, required, copies) "
                        + "VALUES (:id, 1, '申请表', 'ORIGINAL', TRUE, 1)").param("id", id).update();
        for (String level : new String[] {"COUNTY", "TOWNSHIP", "VILLAGE"}) { // offered at every level, as imported
            jdbc.sql("INSERT INTO services_item_offering (item_id, level, unit_id) VALUES (:id, :l, :u)")
                    .param("id", id).param("l", level).param("u", unitId).update();
        }
        return code;
    }

    public static String promisedItem(JdbcClient jdbc, long unitId, int workingDays) {
        return item(jdbc, unitId, "PROMISED", workingDays, "WORKING_DAYS");
    }

    /** An active station of {@code unitId} with an agent; returns its code. */
    public static String station(JdbcClient jdbc, long unitId, String agentName) {
        String code = "ST" + System.nanoTime() % 1_000_000_000L + "-" + SEQ.incrementAndGet();
        jdbc.sql("INSERT INTO services_station (code, name, level, unit_id, agent_name, active) "
                        + "VALUES (:c, :n, 'VILLAGE', :u, :a, TRUE)")
                .param("c", code).param("n", "便民服务站 " + code).param("u", unitId).param("a", agentName).update();
        return code;
    }
}
