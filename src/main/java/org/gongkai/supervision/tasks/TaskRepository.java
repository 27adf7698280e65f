package org.gongkai.supervision.tasks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.files.FileStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stores tasks, the units they are assigned to, the units' reports with evidence, and the ledger of every step. */
@Repository
class TaskRepository {

    private static final String COLUMNS = "t.id, t.task_number, t.task_type, t.title, t.requirement, "
            + "t.required_evidence, t.source, t.source_finding_id, t.status, t.office_unit_id, t.limit_working_days, "
            + "t.assigned_on, t.due_on, t.urge_count, t.urged_on, t.escalated_on, t.return_count, t.accepted_on, "
            + "t.closed_on, t.created_by";

    private final JdbcClient jdbc;

    TaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of a year: prefix, year, a four-digit sequence (DB2026-0001). */
    String nextNumber(String prefix, int year) {
        String start = prefix + year + "-";
        Integer max = jdbc.sql("SELECT MAX(CAST(SUBSTRING(task_number, :from) AS INT)) FROM supervision_task "
                        + "WHERE task_number LIKE :like")
                .param("from", start.length() + 1).param("like", start + "%").query(Integer.class).optional()
                .orElse(null);
        return start + String.format("%04d", (max == null ? 0 : max) + 1);
    }

    long insert(String number, TaskType type, String title, String requirement, String requiredEvidence,
            String source, Long findingId, Long officeUnitId, int limit, String by, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO supervision_task (task_number, task_type, title, requirement, required_evidence, source,
                  source_finding_id, status, office_unit_id, limit_working_days, created_by, created_at, updated_at)
                VALUES (:n, :type, :title, :req, :evidence, :source, :finding, 'DRAFT', :office, :limit, :by, :now,
                  :now)""")
                .param("n", number).param("type", type.name()).param("title", title).param("req", requirement)
                .param("evidence", requiredEvidence).param("source", source).param("finding", findingId)
                .param("office", officeUnitId).param("limit", limit).param("by", by).param("now", ts(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Task> find(String number) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM supervision_task t WHERE t.task_number = :n").param("n", number)
                .query(this::task).optional().map(this::withUnits);
    }

    Optional<Task> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM supervision_task t WHERE t.id = :id").param("id", id)
                .query(this::task).optional().map(this::withUnits);
    }

    /** Every task, with its units, for the pages and the digest to filter (a county keeps hundreds, not millions). */
    List<Task> all() {
        List<Task> tasks = jdbc.sql("SELECT " + COLUMNS + " FROM supervision_task t ORDER BY t.id DESC")
                .query(this::task).list();
        Map<Long, List<Long>> units = new HashMap<>();
        jdbc.sql("SELECT task_id, unit_id FROM supervision_task_unit ORDER BY id").query((rs, n) -> {
            units.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            return null;
        }).list();
        return tasks.stream().map(t -> with(t, units.getOrDefault(t.id(), List.of()))).toList();
    }

    /** Numbers of tasks whose units owe work, for the sweeper. */
    List<String> withUnitsNumbers() {
        return jdbc.sql("SELECT task_number FROM supervision_task WHERE status IN ('ASSIGNED', 'RETURNED') "
                + "ORDER BY id").query(String.class).list();
    }

    void addUnits(long taskId, Collection<Long> unitIds, Instant at) {
        for (long unit : unitIds) {
            jdbc.sql("INSERT INTO supervision_task_unit (task_id, unit_id, assigned_at) VALUES (:t, :u, :at)")
                    .param("t", taskId).param("u", unit).param("at", ts(at)).update();
        }
    }

    void update(Task t, Instant now) {
        jdbc.sql("""
                UPDATE supervision_task SET status = :status, assigned_on = :assigned, due_on = :due,
                  urge_count = :urges, urged_on = :urged, escalated_on = :escalated, return_count = :returns,
                  accepted_on = :accepted, closed_on = :closed, updated_at = :now WHERE id = :id""")
                .param("status", t.status().name()).param("assigned", t.assignedOn()).param("due", t.dueOn())
                .param("urges", t.urgeCount()).param("urged", t.urgedOn()).param("escalated", t.escalatedOn())
                .param("returns", t.returnCount()).param("accepted", t.acceptedOn()).param("closed", t.closedOn())
                .param("now", ts(now)).param("id", t.id()).update();
    }

    long insertReport(long taskId, long unitId, int round, String text, String by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO supervision_task_report (task_id, unit_id, round, text, reported_by, reported_at) "
                        + "VALUES (:t, :u, :r, :text, :by, :at)")
                .param("t", taskId).param("u", unitId).param("r", round).param("text", text).param("by", by)
                .param("at", ts(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertEvidence(long reportId, long taskId, FileStore.StoredFile file) {
        jdbc.sql("INSERT INTO supervision_task_evidence (report_id, task_id, file_id, name, media_type, size_bytes) "
                        + "VALUES (:r, :t, :f, :name, :type, :size)")
                .param("r", reportId).param("t", taskId).param("f", file.id()).param("name", file.originalName())
                .param("type", file.mediaType()).param("size", file.size()).update();
    }

    /** The units that reported in {@code round}. */
    List<Long> reportedUnits(long taskId, int round) {
        return jdbc.sql("SELECT DISTINCT unit_id FROM supervision_task_report WHERE task_id = :t AND round = :r")
                .param("t", taskId).param("r", round).query(Long.class).list();
    }

    record EvidenceRow(long id, String fileId, String name, String mediaType, long size) {}

    record ReportRow(long id, long unitId, int round, String text, String reportedBy, Instant reportedAt,
            List<EvidenceRow> evidence) {}

    List<ReportRow> reports(long taskId) {
        Map<Long, List<EvidenceRow>> evidence = new HashMap<>();
        jdbc.sql("SELECT id, report_id, file_id, name, media_type, size_bytes FROM supervision_task_evidence "
                + "WHERE task_id = :t ORDER BY id").param("t", taskId).query((rs, n) -> {
                    evidence.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new EvidenceRow(rs.getLong(1),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6)));
                    return null;
                }).list();
        return jdbc.sql("SELECT id, unit_id, round, text, reported_by, reported_at FROM supervision_task_report "
                + "WHERE task_id = :t ORDER BY id").param("t", taskId).query((rs, n) -> new ReportRow(rs.getLong(1),
                        rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5), instant(rs, 6),
                        evidence.getOrDefault(rs.getLong(1), List.of()))).list();
    }

    Optional<EvidenceRow> evidence(long taskId, long evidenceId) {
        return jdbc.sql("SELECT id, file_id, name, media_type, size_bytes FROM supervision_task_evidence "
                + "WHERE task_id = :t AND id = :id").param("t", taskId).param("id", evidenceId)
                .query((rs, n) -> new EvidenceRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5))).optional();
    }

    void event(long taskId, String type, Long unitId, Instant at, String by, String detail) {
        jdbc.sql("INSERT INTO supervision_task_event (task_id, type, unit_id, at, by_name, detail) "
                        + "VALUES (:t, :type, :u, :at, :by, :detail)")
                .param("t", taskId).param("type", type).param("u", unitId).param("at", ts(at)).param("by", by)
                .param("detail", detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000))
                .update();
    }

    record EventRow(String type, Long unitId, Instant at, String by, String detail) {}

    List<EventRow> events(long taskId) {
        return jdbc.sql("SELECT type, unit_id, at, by_name, detail FROM supervision_task_event WHERE task_id = :t "
                + "ORDER BY at, id").param("t", taskId).query((rs, n) -> new EventRow(rs.getString(1),
                        (Long) rs.getObject(2, Long.class), instant(rs, 3), rs.getString(4), rs.getString(5))).list();
    }

    private Task withUnits(Task t) {
        return with(t, jdbc.sql("SELECT unit_id FROM supervision_task_unit WHERE task_id = :t ORDER BY id")
                .param("t", t.id()).query(Long.class).list());
    }

    private static Task with(Task t, List<Long> units) {
        return new Task(t.id(), t.number(), t.type(), t.title(), t.requirement(), t.requiredEvidence(), t.source(),
                t.findingId(), t.status(), t.officeUnitId(), t.limitWorkingDays(), t.assignedOn(), t.dueOn(),
                t.urgeCount(), t.urgedOn(), t.escalatedOn(), t.returnCount(), t.acceptedOn(), t.closedOn(),
                t.createdBy(), List.copyOf(units));
    }

    private Task task(ResultSet rs, int n) throws SQLException {
        return new Task(rs.getLong("id"), rs.getString("task_number"), TaskType.valueOf(rs.getString("task_type")),
                rs.getString("title"), rs.getString("requirement"), rs.getString("required_evidence"),
                rs.getString("source"), (Long) rs.getObject("source_finding_id", Long.class),
                TaskStatus.valueOf(rs.getString("status")), (Long) rs.getObject("office_unit_id", Long.class),
                rs.getInt("limit_working_days"), date(rs, "assigned_on"), date(rs, "due_on"), rs.getInt("urge_count"),
                date(rs, "urged_on"), date(rs, "escalated_on"), rs.getInt("return_count"), date(rs, "accepted_on"),
                date(rs, "closed_on"), rs.getString("created_by"), List.of());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static java.time.OffsetDateTime ts(Instant at) {
        return at.atOffset(java.time.ZoneOffset.UTC);
    }
}
