package org.gongkai.services.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Items and cases written straight into the services tables for the desk's tests (the case module's intake is not
 * what these tests are about): an item with three materials and cases in a given state.
 */
public final class DeskFixtures {

    private final JdbcClient jdbc;

    public DeskFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Item(long id, String code, List<Long> materials) {}

    public Item item(long unitId, String code) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO services_item (code, name, type, unit_id, target, statutory_days, statutory_unit, "
                        + "promised_days, promised_unit, kind, online_depth, visits, status, updated_at, updated_by) "
                        + "VALUES (?, '食品经营许可', '行政许可', ?, 'PERSON', 20, 'WORKING_DAYS', 8, 'WORKING_DAYS', "
                        + "'PROMISED', 3, 1, 'PUBLISHED', ?, 'test')")
                .params(code, unitId, java.sql.Timestamp.from(Instant.parse("2026-06-01T00:00:00Z")))
                .update(keys, "id");
        long item = keys.getKey().longValue();
        List<Long> materials = List.of(material(item, 1, "居民身份证", "ORIGINAL_AND_COPY", true),
                material(item, 2, "营业执照", "COPY", true), material(item, 3, "场地租赁合同", "COPY", false));
        return new Item(item, code, materials);
    }

    private long material(long item, int seq, String name, String form, boolean required) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO services_item_material (item_id, seq, name, form, required, copies) "
                        + "VALUES (?, ?, ?, ?, ?, 1)")
                .params(item, seq, name, form, required)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A case of the item taken in by its unit on 2026-06-15, in {@code status} (accepted the same day if beyond). */
    public long aCase(Item item, long unitId, String number, String status) {
        boolean accepted = !status.equals("RECEIVED") && !status.equals("REFUSED");
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO services_case (case_number, query_code_hash, item_id, unit_id, accepting_unit_id, "
                        + "channel, applicant_type, applicant_name, status, kind, clock_unit, limit_days, received_on, "
                        + "accepted_on, due_on, refused_on, refusal_reason, refusal_basis, created_at) "
                        + "VALUES (?, 'x', ?, ?, ?, 'WINDOW', 'PERSON', '张三', ?, 'PROMISED', 'WORKING_DAYS', 8, ?, ?, "
                        + "?, ?, ?, ?, ?)")
                .params(number, item.id(), unitId, unitId, status, LocalDate.of(2026, 6, 15),
                        accepted ? LocalDate.of(2026, 6, 15) : null, accepted ? LocalDate.of(2026, 6, 25) : null,
                        status.equals("REFUSED") ? LocalDate.of(2026, 6, 15) : null,
                        status.equals("REFUSED") ? "申请事项依法不需要取得行政许可" : null,
                        status.equals("REFUSED") ? "《中华人民共和国行政许可法》第三十二条第一款第（一）项" : null,
                        java.sql.Timestamp.from(Instant.parse("2026-06-15T02:00:00Z")))
                .update(keys, "id");
        return keys.getKey().longValue();
    }
}
