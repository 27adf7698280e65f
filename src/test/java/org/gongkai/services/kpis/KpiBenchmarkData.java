package org.gongkai.services.kpis;

import java.util.List;
import java.util.stream.Collectors;
import org.gongkai.identity.ApiTokenService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark's county-year in set-based PostgreSQL (see {@link KpiBenchmark}): items, stations, cases, ratings and
 * rectifications generated from row numbers, then ANALYZE. Deterministic.
 */
final class KpiBenchmarkData {

    private KpiBenchmarkData() {}

    static List<Long> load(JdbcClient jdbc, int cases) {
        List<Long> units = jdbc.sql("SELECT id FROM org_unit WHERE type IN ('DEPARTMENT', 'TOWNSHIP_GOVERNMENT') "
                + "ORDER BY id LIMIT 20").query(Long.class).list();
        String array = "(ARRAY[" + units.stream().map(String::valueOf).collect(Collectors.joining(",")) + "])";
        int n = units.size();
        jdbc.sql("""
                INSERT INTO services_item (code, name, type, unit_id, target, statutory_days, statutory_unit,
                    promised_days, promised_unit, kind, online_depth, visits, status, updated_at, updated_by)
                SELECT 'BENCH-' || g, '基准事项' || g, CASE WHEN g %% 3 = 0 THEN '行政许可' ELSE '公共服务' END,
                    %s[1 + g %% %d], 'PERSON', (ARRAY[5,10,15,20,30])[1 + g %% 5],
                    CASE WHEN g %% 7 = 0 THEN 'CALENDAR_DAYS' ELSE 'WORKING_DAYS' END,
                    CASE WHEN g %% 4 = 0 THEN 0 WHEN g %% 11 = 0 THEN (ARRAY[5,10,15,20,30])[1 + g %% 5]
                         ELSE GREATEST(1, (ARRAY[5,10,15,20,30])[1 + g %% 5] * 2 / 5) END,
                    CASE WHEN g %% 7 = 0 THEN 'CALENDAR_DAYS' ELSE 'WORKING_DAYS' END,
                    CASE WHEN g %% 4 = 0 THEN 'IMMEDIATE' ELSE 'PROMISED' END, 1 + g %% 4, g %% 3, 'PUBLISHED',
                    now(), 'bench'
                FROM generate_series(1, 531) g""".formatted(array, n)).update();
        jdbc.sql("""
                INSERT INTO services_station (code, name, level, unit_id)
                SELECT 'BENCH-S' || g, '基准站点' || g, (ARRAY['COUNTY','TOWNSHIP','VILLAGE'])[1 + g %% 3],
                    %s[1 + g %% %d]
                FROM generate_series(1, 60) g""".formatted(array, n)).update();
        long firstItem = jdbc.sql("SELECT MIN(id) FROM services_item WHERE code LIKE 'BENCH-%'").query(Long.class)
                .single();
        long firstStation = jdbc.sql("SELECT MIN(id) FROM services_station WHERE code LIKE 'BENCH-S%'")
                .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO services_case (case_number, query_code_hash, item_id, unit_id, accepting_unit_id, station_id,
                    channel, applicant_type, applicant_name, status, kind, clock_unit, limit_days, received_on,
                    accepted_on, due_on, completed_on, completed_at, imported, created_at)
                SELECT 'BK' || g, 'bench', i.id, i.unit_id, i.unit_id, %d + g %% 60,
                    (ARRAY['WINDOW','ONLINE','AGENT'])[1 + g %% 3], 'PERSON', '张三',
                    CASE WHEN g %% 10 = 0 THEN 'ACCEPTED' ELSE 'COMPLETED' END, i.kind, i.promised_unit,
                    i.promised_days, d.acc, d.acc, d.acc + i.promised_days * 7 / 5,
                    CASE WHEN g %% 10 = 0 THEN NULL ELSE d.acc + (i.promised_days * 7 / 5) * ((g * 37) %% 12) / 10 END,
                    CASE WHEN g %% 10 = 0 THEN NULL
                         ELSE ((d.acc + (i.promised_days * 7 / 5) * ((g * 37) %% 12) / 10)
                               + make_interval(hours => 9 + g %% 8)) AT TIME ZONE 'Asia/Shanghai' END,
                    TRUE, now()
                FROM generate_series(1, %d) g
                JOIN services_item i ON i.id = %d + (g::bigint * 7919) %% 531
                CROSS JOIN LATERAL (SELECT DATE '2025-01-01' + ((g::bigint * 104729) %% 365)::int AS acc) d"""
                .formatted(firstStation, cases, firstItem)).update();
        jdbc.sql("""
                INSERT INTO services_rating (case_id, unit_id, channel, level, rated_on, rated_at, imported)
                SELECT c.id, c.unit_id, 'WINDOW',
                    CASE WHEN (c.id / 10) % 20 = 3 THEN 1 + (c.id / 200) % 2 WHEN c.id % 7 = 0 THEN 3
                         WHEN c.id % 3 = 0 THEN 4 ELSE 5 END,
                    c.completed_on, c.completed_on::timestamp AT TIME ZONE 'Asia/Shanghai', TRUE
                FROM services_case c WHERE c.completed_on IS NOT NULL AND c.id % 10 < 6
                    AND c.case_number LIKE 'BK%'""").update();
        jdbc.sql("""
                INSERT INTO services_rating (case_id, unit_id, channel, level, rated_on, rated_at, imported)
                SELECT c.id, c.unit_id, 'SMS', 5, c.completed_on + 1,
                    (c.completed_on + 1)::timestamp AT TIME ZONE 'Asia/Shanghai', TRUE
                FROM services_case c WHERE c.completed_on IS NOT NULL AND c.id % 20 = 1
                    AND c.case_number LIKE 'BK%'""").update();
        jdbc.sql("""
                INSERT INTO services_rectification (rating_id, unit_id, status, opened_on, respond_due, rectify_due,
                    closed_on, published)
                SELECT r.id, r.unit_id, CASE WHEN r.id % 3 = 0 THEN 'OPEN' ELSE 'CLOSED' END, r.rated_on,
                    r.rated_on + 7, r.rated_on + 21, CASE WHEN r.id % 3 = 0 THEN NULL ELSE r.rated_on + 5 END,
                    r.id % 3 <> 0
                FROM services_rating r WHERE r.level <= 2 AND r.imported = TRUE""").update();
        long loaded = jdbc.sql("SELECT COUNT(*) FROM services_case WHERE case_number LIKE 'BK%'").query(Long.class)
                .single();
        if (loaded != cases) {
            throw new IllegalStateException("loaded " + loaded + " cases instead of " + cases);
        }
        jdbc.sql("ANALYZE").update();
        return units;
    }

    /** An API token of a staff member made 政务服务中心主任 (reads KPIs county-wide). */
    static String directorToken(JdbcClient jdbc, ApiTokenService tokens) {
        long staff = jdbc.sql("SELECT id FROM org_staff WHERE username = 'editor'").query(Long.class).single();
        long unit = jdbc.sql("SELECT MIN(unit_id) FROM org_membership WHERE staff_id = ?").param(staff)
                .query(Long.class).single();
        jdbc.sql("INSERT INTO org_staff_role (staff_id, unit_id, role) VALUES (?, ?, 'SERVICE_DIRECTOR')")
                .params(staff, unit).update();
        return tokens.issueToken(staff, "指标基准", 30).token();
    }
}
