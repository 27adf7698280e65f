package org.gongkai.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public register's reads and its two small tables: the switch per unit ({@code requests_register_unit}, no
 * row = on) and the statistics of the daily job. Only requests with the applicant's consent, a decision and a
 * unit whose register is on are ever listed; the question comes from {@code public_description} (masked at intake).
 */
@Repository
class RegisterRepository {

    /** The condition every register read starts from. */
    private static final String LISTED = "r.publish_consent = TRUE AND r.decision_code IS NOT NULL "
            + "AND r.public_description IS NOT NULL "
            + "AND NOT EXISTS (SELECT 1 FROM requests_register_unit u WHERE u.unit_id = r.unit_id AND u.enabled = FALSE)";

    private final JdbcClient jdbc;

    RegisterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row of the list. */
    record Row(long id, long unitId, String question, LocalDate receivedOn, LocalDate dueOn, LocalDate decidedOn,
            DecisionCode decision) {}

    record Found(List<Row> rows, long total) {}

    /** A page of the register, newest decision first; {@code codes} empty means any decision. */
    Found search(String text, Long unitId, Set<DecisionCode> codes, int offset, int limit) {
        StringBuilder where = new StringBuilder(LISTED);
        Map<String, Object> params = new HashMap<>();
        if (text != null && !text.isBlank()) {
            where.append(" AND LOWER(r.public_description) LIKE :text ESCAPE '\\'");
            params.put("text", "%" + like(text.strip().toLowerCase()) + "%");
        }
        if (unitId != null) {
            where.append(" AND r.unit_id = :unit");
            params.put("unit", unitId);
        }
        if (!codes.isEmpty()) {
            where.append(" AND r.decision_code IN (:codes)");
            params.put("codes", codes.stream().map(Enum::name).toList());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM requests_request r WHERE " + where).params(params)
                .query(Long.class).single();
        params.put("limit", limit);
        params.put("offset", offset);
        List<Row> rows = jdbc.sql("SELECT r.id, r.unit_id, r.public_description, r.received_on, r.due_on, r.decided_on, "
                        + "r.decision_code FROM requests_request r WHERE " + where
                        + " ORDER BY r.decided_on DESC, r.id DESC LIMIT :limit OFFSET :offset")
                .params(params).query(RegisterRepository::row).list();
        return new Found(rows, total);
    }

    /** The request behind a register entry, when it is listed. */
    Optional<Long> listedRequest(long id) {
        return jdbc.sql("SELECT r.id FROM requests_request r WHERE r.id = :id AND " + LISTED).param("id", id)
                .query(Long.class).optional();
    }

    Optional<Row> row(long id) {
        return jdbc.sql("SELECT r.id, r.unit_id, r.public_description, r.received_on, r.due_on, r.decided_on, "
                        + "r.decision_code FROM requests_request r WHERE r.id = :id AND " + LISTED)
                .param("id", id).query(RegisterRepository::row).optional();
    }

    /** The newest entries (home page, sitemap). */
    List<Row> newest(int limit) {
        return search(null, null, Set.of(), 0, limit).rows();
    }

    /** Ids of every listed entry, for the sitemap. */
    List<Long> listedIds(int limit) {
        return jdbc.sql("SELECT r.id FROM requests_request r WHERE " + LISTED + " ORDER BY r.id LIMIT :limit")
                .param("limit", limit).query(Long.class).list();
    }

    // --- the switch per unit ---------------------------------------------------------------------------------

    /** Units whose register was switched off (every other unit's is on). */
    Set<Long> switchedOff() {
        return Set.copyOf(jdbc.sql("SELECT unit_id FROM requests_register_unit WHERE enabled = FALSE")
                .query(Long.class).list());
    }

    void setEnabled(long unitId, boolean enabled, String by, Instant at) {
        int changed = jdbc.sql("UPDATE requests_register_unit SET enabled = :e, updated_by = :by, updated_at = :at "
                        + "WHERE unit_id = :u")
                .param("e", enabled).param("by", by).param("at", RequestRepository.ts(at)).param("u", unitId).update();
        if (changed == 0) {
            jdbc.sql("INSERT INTO requests_register_unit (unit_id, enabled, updated_by, updated_at) "
                            + "VALUES (:u, :e, :by, :at)")
                    .param("u", unitId).param("e", enabled).param("by", by).param("at", RequestRepository.ts(at))
                    .update();
        }
    }

    // --- promotion to a 主动公开 draft (Art. 44) ---------------------------------------------------------------

    Optional<Long> promotedDocument(long requestId) {
        return jdbc.sql("SELECT promoted_document_id FROM requests_request WHERE id = :id").param("id", requestId)
                .query((rs, n) -> (Long) rs.getObject(1, Long.class)).optional().filter(v -> v != null);
    }

    void promoted(long requestId, long documentId) {
        jdbc.sql("UPDATE requests_request SET promoted_document_id = :d WHERE id = :id")
                .param("d", documentId).param("id", requestId).update();
    }

    String publicDescription(long requestId) {
        return jdbc.sql("SELECT public_description FROM requests_request WHERE id = :id").param("id", requestId)
                .query(String.class).optional().orElse(null);
    }

    // --- statistics ------------------------------------------------------------------------------------------

    record UnitCounts(long unitId, int received, int answered, int onTime) {}

    /** Counts over every request of each unit (consent plays no part: figures name nobody). */
    List<UnitCounts> countByUnit() {
        return jdbc.sql("""
                SELECT unit_id, COUNT(received_on) AS received, COUNT(decision_code) AS answered,
                       SUM(CASE WHEN decided_on IS NOT NULL AND due_on IS NOT NULL AND decided_on <= due_on
                                THEN 1 ELSE 0 END) AS on_time
                  FROM requests_request GROUP BY unit_id""")
                .query((rs, n) -> new UnitCounts(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).list();
    }

    record DecisionCount(long unitId, DecisionCode code, int requests) {}

    List<DecisionCount> countDecisions() {
        return jdbc.sql("SELECT unit_id, decision_code, COUNT(*) FROM requests_request "
                        + "WHERE decision_code IS NOT NULL GROUP BY unit_id, decision_code")
                .query((rs, n) -> new DecisionCount(rs.getLong(1), DecisionCode.valueOf(rs.getString(2)), rs.getInt(3)))
                .list();
    }

    /** Replaces the stored statistics as a whole (one transaction: the caller's). */
    void replaceStatistics(List<UnitCounts> units, List<DecisionCount> decisions, Instant at) {
        jdbc.sql("DELETE FROM requests_register_decision_stats").update();
        jdbc.sql("DELETE FROM requests_register_unit_stats").update();
        for (UnitCounts u : units) {
            jdbc.sql("INSERT INTO requests_register_unit_stats (unit_id, received, answered, on_time, computed_at) "
                            + "VALUES (:u, :r, :a, :o, :at)")
                    .param("u", u.unitId()).param("r", u.received()).param("a", u.answered()).param("o", u.onTime())
                    .param("at", RequestRepository.ts(at)).update();
        }
        for (DecisionCount d : decisions) {
            jdbc.sql("INSERT INTO requests_register_decision_stats (unit_id, decision_code, requests) VALUES (:u, :c, :n)")
                    .param("u", d.unitId()).param("c", d.code().name()).param("n", d.requests()).update();
        }
    }

    record StoredStatistics(Instant computedAt, List<UnitCounts> units, List<DecisionCount> decisions) {}

    Optional<StoredStatistics> statistics() {
        List<Instant> at = new ArrayList<>();
        List<UnitCounts> units = jdbc.sql("SELECT unit_id, received, answered, on_time, computed_at "
                        + "FROM requests_register_unit_stats ORDER BY unit_id")
                .query((rs, n) -> {
                    at.add(rs.getObject(5, OffsetDateTime.class).toInstant());
                    return new UnitCounts(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4));
                }).list();
        if (units.isEmpty()) {
            return Optional.empty();
        }
        List<DecisionCount> decisions = jdbc.sql("SELECT unit_id, decision_code, requests FROM requests_register_decision_stats")
                .query((rs, n) -> new DecisionCount(rs.getLong(1), DecisionCode.valueOf(rs.getString(2)), rs.getInt(3)))
                .list();
        return Optional.of(new StoredStatistics(at.get(0), units, decisions));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), DecisionCode.valueOf(rs.getString(7)));
    }

    /** LIKE wildcards in what was typed match themselves. */
    static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
