package org.gongkai.supervision.indicators;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read model's tables: {@code supervision_fact} (one row per record counted for an indicator) and
 * {@code supervision_fact_open_case} (requests received, due and decided, for the overdue list). Every write is an
 * upsert keyed by the record, so an event delivered twice, or replayed by a rebuild, changes nothing.
 */
@Repository
class FactStore {

    /** One record counted for an indicator; {@code hit} = in the numerator. */
    record Fact(String indicator, String recordRef, long unitId, LocalDate countedOn, boolean hit, LocalDate dueOn,
            LocalDate doneOn, String detail) {}

    /** Numerator and denominator of one unit and indicator over a period. */
    record Count(String indicator, long unitId, long numerator, long denominator) {}

    /** A request open past its due date. */
    record OpenCase(String module, String number, long unitId, LocalDate dueOn) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    FactStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void put(Fact f) {
        Map<String, Object> p = new HashMap<>();
        p.put("indicator", f.indicator());
        p.put("ref", f.recordRef());
        p.put("unit", f.unitId());
        p.put("counted", f.countedOn());
        p.put("hit", f.hit());
        p.put("due", f.dueOn());
        p.put("done", f.doneOn());
        p.put("detail", f.detail());
        p.put("at", now());
        int updated = jdbc.sql("UPDATE supervision_fact SET unit_id = :unit, counted_on = :counted, hit = :hit, "
                + "due_on = :due, done_on = :done, detail = :detail, recorded_at = :at "
                + "WHERE indicator = :indicator AND record_ref = :ref").params(p).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO supervision_fact (indicator, record_ref, unit_id, counted_on, hit, due_on, done_on, "
                    + "detail, recorded_at) VALUES (:indicator, :ref, :unit, :counted, :hit, :due, :done, :detail, :at)")
                    .params(p).update();
        }
    }

    Optional<Fact> find(String indicator, String recordRef) {
        return jdbc.sql("SELECT * FROM supervision_fact WHERE indicator = ? AND record_ref = ?")
                .params(indicator, recordRef).query((rs, i) -> fact(rs)).optional();
    }

    /**
     * One event's knowledge of a request: {@code source} names the event (RECEIVED, DECIDED, DUE:&lt;date&gt;), so the
     * events of one request, delivered concurrently, write different rows; a redelivery rewrites its own row.
     */
    void openCase(String module, String number, String source, long unitId, LocalDate receivedOn, LocalDate dueOn,
            LocalDate closedOn) {
        Map<String, Object> p = new HashMap<>();
        p.put("module", module);
        p.put("number", number);
        p.put("source", source);
        p.put("unit", unitId);
        p.put("received", receivedOn);
        p.put("due", dueOn);
        p.put("closed", closedOn);
        p.put("at", now());
        int updated = jdbc.sql("UPDATE supervision_fact_open_case SET unit_id = :unit, received_on = :received, "
                + "due_on = :due, closed_on = :closed, recorded_at = :at "
                + "WHERE module = :module AND case_number = :number AND source = :source").params(p).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO supervision_fact_open_case (module, case_number, source, unit_id, received_on, due_on, "
                    + "closed_on, recorded_at) VALUES (:module, :number, :source, :unit, :received, :due, :closed, :at)")
                    .params(p).update();
        }
    }

    /** Per indicator and unit: records counted in {@code [from, to]} and how many of them in the numerator. */
    List<Count> counts(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT indicator, unit_id, SUM(CASE WHEN hit THEN 1 ELSE 0 END), COUNT(*) FROM supervision_fact"
                + " WHERE counted_on BETWEEN :from AND :to GROUP BY indicator, unit_id ORDER BY indicator, unit_id")
                .param("from", from).param("to", to)
                .query((rs, i) -> new Count(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).list();
    }

    /** The records behind one unit's indicator over {@code [from, to]}, in the order they were counted. */
    List<Fact> records(String indicator, long unitId, LocalDate from, LocalDate to, int limit, long offset) {
        return jdbc.sql("SELECT * FROM supervision_fact WHERE indicator = :indicator AND unit_id = :unit AND counted_on "
                + "BETWEEN :from AND :to ORDER BY counted_on, record_ref LIMIT " + limit + " OFFSET " + offset)
                .param("indicator", indicator).param("unit", unitId).param("from", from).param("to", to)
                .query((rs, i) -> fact(rs)).list();
    }

    /** Requests received by {@code asOf} and undecided then, whose latest known due date is before it. */
    List<OpenCase> overdueAt(LocalDate asOf) {
        return jdbc.sql("SELECT * FROM (SELECT r.module, r.case_number, r.unit_id, (SELECT MAX(d.due_on) FROM "
                + "supervision_fact_open_case d WHERE d.module = r.module AND d.case_number = r.case_number) AS due_on "
                + "FROM supervision_fact_open_case r WHERE r.source = 'RECEIVED' AND r.received_on <= :asOf "
                + "AND NOT EXISTS (SELECT 1 FROM supervision_fact_open_case c WHERE c.module = r.module "
                + "AND c.case_number = r.case_number AND c.closed_on IS NOT NULL AND c.closed_on <= :asOf)) o "
                + "WHERE o.due_on < :asOf ORDER BY o.due_on, o.case_number").param("asOf", asOf)
                .query((rs, i) -> new OpenCase(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class))).list();
    }

    /** Empties the read model (the rebuild refills it in the same transaction). */
    void clear() {
        jdbc.sql("DELETE FROM supervision_fact").update();
        jdbc.sql("DELETE FROM supervision_fact_open_case").update();
    }

    long size() {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM supervision_fact) + (SELECT COUNT(*) FROM "
                + "supervision_fact_open_case)").query(Long.class).single();
    }

    void logRebuild(Instant started, Instant finished, int events, long facts, String by) {
        jdbc.sql("INSERT INTO supervision_indicator_rebuild (started_at, finished_at, events_read, facts_written, "
                + "requested_by) VALUES (?, ?, ?, ?, ?)").params(started.atOffset(ZoneOffset.UTC),
                finished.atOffset(ZoneOffset.UTC), events, (int) Math.min(Integer.MAX_VALUE, facts), by).update();
    }

    /** The last rebuild: when it finished, by whom, events read, facts written. */
    Optional<Map<String, Object>> lastRebuild() {
        return jdbc.sql("SELECT finished_at, requested_by, events_read, facts_written FROM supervision_indicator_rebuild "
                + "ORDER BY id DESC LIMIT 1").query().listOfRows().stream().findFirst();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static Fact fact(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Fact(rs.getString("indicator"), rs.getString("record_ref"), rs.getLong("unit_id"),
                rs.getObject("counted_on", LocalDate.class), rs.getBoolean("hit"),
                rs.getObject("due_on", LocalDate.class), rs.getObject("done_on", LocalDate.class),
                rs.getString("detail"));
    }
}
