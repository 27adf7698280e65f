package org.gongkai.supervision.inspections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stores inspections and their findings. */
@Repository
class InspectionRepository {

    private static final String FINDING = "SELECT f.id, f.inspection_id, i.inspection_number, i.kind AS ikind, "
            + "f.unit_id, f.kind, f.description, f.document_id, f.fingerprint, f.status, f.task_id, f.found_on, "
            + "t.task_number, t.status AS task_status, f.dismissed_reason FROM supervision_finding f "
            + "JOIN supervision_inspection i ON i.id = f.inspection_id LEFT JOIN supervision_task t ON t.id = f.task_id ";

    private final JdbcClient jdbc;

    InspectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String nextNumber(int year) {
        String start = "XC" + year + "-";
        Integer max = jdbc.sql("SELECT MAX(CAST(SUBSTRING(inspection_number, :from) AS INT)) "
                        + "FROM supervision_inspection WHERE inspection_number LIKE :like")
                .param("from", start.length() + 1).param("like", start + "%").query(Integer.class).optional()
                .orElse(null);
        return start + String.format("%04d", (max == null ? 0 : max) + 1);
    }

    long insert(String number, InspectionKind kind, String title, LocalDate heldOn, String notes, Long officeUnitId,
            String by, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO supervision_inspection (inspection_number, kind, title, held_on, notes, office_unit_id, "
                        + "created_by, created_at) VALUES (:n, :kind, :title, :held, :notes, :office, :by, :now)")
                .param("n", number).param("kind", kind.name()).param("title", title).param("held", heldOn)
                .param("notes", notes).param("office", officeUnitId).param("by", by)
                .param("now", now.atOffset(java.time.ZoneOffset.UTC)).update(keys, "id");
        return keys.getKey().longValue();
    }

    void summary(long inspectionId, String summary) {
        jdbc.sql("UPDATE supervision_inspection SET summary = :s WHERE id = :id").param("s", summary)
                .param("id", inspectionId).update();
    }

    long insertFinding(long inspectionId, Long unitId, FindingKind kind, String description, Long documentId,
            String fingerprint, LocalDate foundOn, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO supervision_finding (inspection_id, unit_id, kind, description, document_id, fingerprint, "
                        + "status, found_on, created_at) VALUES (:i, :u, :kind, :d, :doc, :fp, 'OPEN', :on, :now)")
                .param("i", inspectionId).param("u", unitId).param("kind", kind.name()).param("d", description)
                .param("doc", documentId).param("fp", fingerprint).param("on", foundOn)
                .param("now", now.atOffset(java.time.ZoneOffset.UTC)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Whether an open or tasked finding with this fingerprint exists (the patrol reports a problem once). */
    boolean pending(String fingerprint) {
        return jdbc.sql("SELECT COUNT(*) FROM supervision_finding WHERE fingerprint = :fp AND status IN "
                + "('OPEN', 'TASKED')").param("fp", fingerprint).query(Integer.class).single() > 0;
    }

    void status(long findingId, FindingStatus status, Long taskId) {
        jdbc.sql("UPDATE supervision_finding SET status = :s, task_id = :t WHERE id = :id").param("s", status.name())
                .param("t", taskId).param("id", findingId).update();
    }

    void dismiss(long findingId, String reason, String by) {
        jdbc.sql("UPDATE supervision_finding SET status = 'DISMISSED', dismissed_reason = :r, dismissed_by = :by "
                + "WHERE id = :id").param("r", reason).param("by", by).param("id", findingId).update();
    }

    Optional<Finding> finding(long id) {
        return jdbc.sql(FINDING + "WHERE f.id = :id").param("id", id).query(this::mapFinding).optional();
    }

    List<Finding> findings(long inspectionId) {
        return jdbc.sql(FINDING + "WHERE f.inspection_id = :id ORDER BY f.id").param("id", inspectionId)
                .query(this::mapFinding).list();
    }

    /**
     * The fingerprints the patrol must not report again: open findings, dismissed ones (the office decided) and
     * those made a task not yet closed. A problem still there after its task was closed is reported anew.
     */
    java.util.Set<String> pendingFingerprints() {
        return new java.util.HashSet<>(jdbc.sql("SELECT f.fingerprint FROM supervision_finding f LEFT JOIN "
                + "supervision_task t ON t.id = f.task_id WHERE f.fingerprint IS NOT NULL AND (f.status IN ('OPEN', "
                + "'DISMISSED') OR (f.status = 'TASKED' AND (t.status IS NULL OR t.status <> 'CLOSED')))")
                .query(String.class).list());
    }

    /** Findings of one kind of inspection (or all), newest first, optionally only those with a status. */
    List<Finding> findings(InspectionKind kind, FindingStatus status, int limit) {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        Map<String, Object> params = new java.util.HashMap<>();
        if (kind != null) {
            where.append(" AND i.kind = :kind");
            params.put("kind", kind.name());
        }
        if (status != null) {
            where.append(" AND f.status = :status");
            params.put("status", status.name());
        }
        return jdbc.sql(FINDING + where + " ORDER BY f.id DESC LIMIT " + limit).params(params)
                .query(this::mapFinding).list();
    }

    Optional<Inspection> find(String number) {
        return jdbc.sql("SELECT * FROM supervision_inspection WHERE inspection_number = :n").param("n", number)
                .query(this::mapInspection).optional();
    }

    Optional<Inspection> inspectionById(long id) {
        return jdbc.sql("SELECT * FROM supervision_inspection WHERE id = :id").param("id", id)
                .query(this::mapInspection).optional();
    }

    List<Inspection> list(int limit) {
        return jdbc.sql("SELECT * FROM supervision_inspection ORDER BY held_on DESC, id DESC LIMIT " + limit)
                .query(this::mapInspection).list();
    }

    private Inspection mapInspection(ResultSet rs, int n) throws SQLException {
        return new Inspection(rs.getLong("id"), rs.getString("inspection_number"),
                InspectionKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getObject("held_on", LocalDate.class), rs.getString("notes"),
                (Long) rs.getObject("office_unit_id", Long.class), rs.getString("summary"), rs.getString("created_by"));
    }

    private Finding mapFinding(ResultSet rs, int n) throws SQLException {
        return new Finding(rs.getLong("id"), rs.getLong("inspection_id"), rs.getString("inspection_number"),
                InspectionKind.valueOf(rs.getString("ikind")), (Long) rs.getObject("unit_id", Long.class),
                FindingKind.valueOf(rs.getString("kind")), rs.getString("description"),
                (Long) rs.getObject("document_id", Long.class), rs.getString("fingerprint"),
                FindingStatus.valueOf(rs.getString("status")), (Long) rs.getObject("task_id", Long.class),
                rs.getObject("found_on", LocalDate.class), rs.getString("task_number"), rs.getString("task_status"),
                rs.getString("dismissed_reason"));
    }
}
