package org.gongkai.services;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.gongkai.services.cases.CaseNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Items, stations and cases written straight into the services tables, for tests of what reads them (ratings, KPIs)
 * independently of the case lifecycle. Case numbers and item codes are unique per run.
 */
public final class ServiceRows {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private ServiceRows() {}

    public record Item(long id, String code, long unitId, String kind, int statutoryDays, int promisedDays,
            String clockUnit, int visits) {}

    public static Item item(JdbcClient jdbc, long unitId, String kind, int statutoryDays, int promisedDays,
            String clockUnit, int visits) {
        String code = "T" + SEQ.incrementAndGet();
        jdbc.sql("""
                INSERT INTO services_item (code, name, type, unit_id, target, statutory_days, statutory_unit,
                    promised_days, promised_unit, kind, online_depth, visits, status, updated_at, updated_by)
                VALUES (?, ?, '公共服务', ?, 'PERSON', ?, ?, ?, ?, ?, 3, ?, 'PUBLISHED', ?, 'test')""")
                .params(code, "测试事项" + code, unitId, statutoryDays, clockUnit, promisedDays, clockUnit, kind, visits,
                        OffsetDateTime.now())
                .update();
        long id = jdbc.sql("SELECT id FROM services_item WHERE code = ?").param(code).query(Long.class).single();
        return new Item(id, code, unitId, kind, statutoryDays, promisedDays, clockUnit, visits);
    }

    public static long station(JdbcClient jdbc, long unitId, ServiceLevel level) {
        String code = "S" + SEQ.incrementAndGet();
        jdbc.sql("INSERT INTO services_station (code, name, level, unit_id) VALUES (?, ?, ?, ?)")
                .params(code, "测试站点" + code, level.name(), unitId).update();
        return jdbc.sql("SELECT id FROM services_station WHERE code = ?").param(code).query(Long.class).single();
    }

    public static void offer(JdbcClient jdbc, Item item, ServiceLevel level, long unitId, Long stationId) {
        jdbc.sql("INSERT INTO services_item_offering (item_id, level, unit_id, station_id) VALUES (?, ?, ?, ?)")
                .params(item.id(), level.name(), unitId, stationId).update();
    }

    /** A case row as the case module would leave it; dates may be null (not accepted, not completed). */
    public record Case(Item item, Long stationId, String status, LocalDate acceptedOn, LocalDate dueOn,
            LocalDate completedOn, Instant completedAt, LocalDate refusedOn) {}

    /** Inserts the case with the query code given and returns its id and number. */
    public static long[] insert(JdbcClient jdbc, CaseNumbers codes, Case c, String queryCode) {
        String number = "FW" + SEQ.incrementAndGet();
        LocalDate received = c.acceptedOn() != null ? c.acceptedOn()
                : c.refusedOn() != null ? c.refusedOn() : LocalDate.parse("2026-06-15");
        jdbc.sql("""
                INSERT INTO services_case (case_number, query_code_hash, item_id, unit_id, accepting_unit_id, station_id,
                    channel, applicant_type, applicant_name, status, kind, clock_unit, limit_days, received_on,
                    accepted_on, due_on, refused_on, completed_on, completed_at, imported, created_at)
                VALUES (?, ?, ?, ?, ?, ?, 'WINDOW', 'PERSON', '张三', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?)""")
                .params(number, codes.queryCodeHash(number, queryCode), c.item().id(), c.item().unitId(), c.item().unitId(),
                        c.stationId(), c.status(), c.item().kind(), c.item().clockUnit(), c.item().promisedDays(),
                        received, c.acceptedOn(), c.dueOn(), c.refusedOn(), c.completedOn(),
                        c.completedAt() == null ? null : c.completedAt().atOffset(java.time.ZoneOffset.UTC),
                        OffsetDateTime.now())
                .update();
        long id = jdbc.sql("SELECT id FROM services_case WHERE case_number = ?").param(number).query(Long.class)
                .single();
        return new long[] { id, Long.parseLong(number.substring(2)) };
    }

    public static String number(long[] inserted) {
        return "FW" + inserted[1];
    }
}
