package org.gongkai.supervision.submissions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.supervision.submissions.Submission.Adoption;
import org.gongkai.supervision.submissions.Submission.Attachment;
import org.gongkai.supervision.submissions.Submission.Instruction;
import org.gongkai.supervision.submissions.SubmissionLifecycle.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The submission tables (JdbcClient). */
@Repository
public class SubmissionRepository {

    private final JdbcClient jdbc;

    SubmissionRepository(JdbcClient jdbc) { // package-private: only the module's services use it
        this.jdbc = jdbc;
    }

    long insert(long unitId, String title, String text, long staffId, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO supervision_submission (unit_id, title, body_text, status, submitted_by, submitted_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(unitId, title, text, Status.SUBMITTED.name(), staffId, Timestamp.from(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<Submission> find(long id) {
        return jdbc.sql("SELECT * FROM supervision_submission WHERE id = ?").param(id).query(this::row).optional()
                .map(this::complete);
    }

    /** Submissions of the given units, newest first (a status filter when not null). */
    List<Submission> list(Collection<Long> units, Status status, int limit) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM supervision_submission WHERE unit_id IN (:units)"
                        + (status == null ? "" : " AND status = :status") + " ORDER BY submitted_at DESC, id DESC "
                        + "LIMIT :limit")
                .param("units", units).param("status", status == null ? "" : status.name()).param("limit", limit)
                .query(this::row).list().stream().map(this::complete).toList();
    }

    void edit(long id, String title, String text, long staffId, Instant at, Status status) {
        jdbc.sql("UPDATE supervision_submission SET title = ?, body_text = ?, edited_by = ?, edited_at = ?, status = ? "
                        + "WHERE id = ?").params(title, text, staffId, Timestamp.from(at), status.name(), id).update();
    }

    void status(long id, Status status, String declineReason) {
        jdbc.sql("UPDATE supervision_submission SET status = ?, decline_reason = ? WHERE id = ?")
                .params(status.name(), declineReason, id).update();
    }

    void attach(long id, Attachment a, long staffId, Instant at) {
        jdbc.sql("INSERT INTO supervision_submission_attachment (submission_id, file_id, name, media_type, size_bytes, "
                        + "added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(id, a.fileId(), a.name(), a.mediaType(), a.size(), staffId, Timestamp.from(at)).update();
    }

    boolean adopted(long id, String publication) {
        return jdbc.sql("SELECT COUNT(*) FROM supervision_submission_adoption WHERE submission_id = ? AND publication = ?")
                .params(id, publication).query(Long.class).single() > 0;
    }

    void adopt(long id, Adoption a, long staffId, Instant at) {
        jdbc.sql("INSERT INTO supervision_submission_adoption (submission_id, publication, publication_name, adopted_on, "
                        + "points, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(id, a.publication(), a.publicationName(), a.on(), a.points(), staffId, Timestamp.from(at))
                .update();
    }

    void instruct(long id, Instruction i, long staffId, Instant at) {
        jdbc.sql("INSERT INTO supervision_submission_instruction (submission_id, level, level_name, leader, "
                        + "instructed_on, instruction, points, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, i.level(), i.levelName(), i.leader(), i.on(), i.text(), i.points(), staffId,
                        Timestamp.from(at))
                .update();
    }

    /** Per unit id: adoptions counted and points earned (adoptions and instructions) dated within [from, to]. */
    Map<Long, long[]> pointsByUnit(LocalDate from, LocalDate to) {
        Map<Long, long[]> out = new java.util.HashMap<>();
        jdbc.sql("SELECT s.unit_id, COUNT(*), SUM(a.points) FROM supervision_submission_adoption a "
                        + "JOIN supervision_submission s ON s.id = a.submission_id WHERE a.adopted_on BETWEEN ? AND ? "
                        + "GROUP BY s.unit_id")
                .params(from, to).query((rs, n) -> out.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)}))
                .list();
        jdbc.sql("SELECT s.unit_id, SUM(i.points) FROM supervision_submission_instruction i "
                        + "JOIN supervision_submission s ON s.id = i.submission_id WHERE i.instructed_on BETWEEN ? AND ? "
                        + "GROUP BY s.unit_id")
                .params(from, to).query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new long[2])[1] += rs.getLong(2))
                .list();
        return out;
    }

    /** Units that submitted anything within [from, to] (ranked with 0 points when nothing was adopted). */
    List<Long> submittingUnits(Instant from, Instant toExclusive) {
        return jdbc.sql("SELECT DISTINCT unit_id FROM supervision_submission WHERE submitted_at >= ? AND submitted_at < ?")
                .params(Timestamp.from(from), Timestamp.from(toExclusive)).query(Long.class).list();
    }

    /** One line of the points drill-down: an adoption or an instruction of the unit's submissions in [from, to]. */
    public record PointLine(long submissionId, String title, String kind, String name, LocalDate on, int points) {}

    List<PointLine> pointLines(long unitId, LocalDate from, LocalDate to) {
        List<PointLine> lines = new java.util.ArrayList<>(jdbc.sql("SELECT s.id, s.title, a.publication_name, "
                        + "a.adopted_on, a.points FROM supervision_submission_adoption a JOIN supervision_submission s "
                        + "ON s.id = a.submission_id WHERE s.unit_id = ? AND a.adopted_on BETWEEN ? AND ?")
                .params(unitId, from, to).query((rs, n) -> new PointLine(rs.getLong(1), rs.getString(2), "采用",
                        rs.getString(3), rs.getObject(4, LocalDate.class), rs.getInt(5))).list());
        lines.addAll(jdbc.sql("SELECT s.id, s.title, i.level_name, i.instructed_on, i.points FROM "
                        + "supervision_submission_instruction i JOIN supervision_submission s ON s.id = i.submission_id "
                        + "WHERE s.unit_id = ? AND i.instructed_on BETWEEN ? AND ?")
                .params(unitId, from, to).query((rs, n) -> new PointLine(rs.getLong(1), rs.getString(2), "批示",
                        rs.getString(3), rs.getObject(4, LocalDate.class), rs.getInt(5))).list());
        lines.sort(java.util.Comparator.comparing(PointLine::on).thenComparing(PointLine::submissionId));
        return lines;
    }

    private Submission complete(Submission s) {
        List<Attachment> attachments = jdbc.sql("SELECT id, file_id, name, media_type, size_bytes FROM "
                        + "supervision_submission_attachment WHERE submission_id = ? ORDER BY id").param(s.id())
                .query((rs, n) -> new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5))).list();
        List<Adoption> adoptions = jdbc.sql("SELECT publication, publication_name, adopted_on, points FROM "
                        + "supervision_submission_adoption WHERE submission_id = ? ORDER BY adopted_on, id").param(s.id())
                .query((rs, n) -> new Adoption(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getInt(4))).list();
        List<Instruction> instructions = jdbc.sql("SELECT level, level_name, leader, instructed_on, instruction, points "
                        + "FROM supervision_submission_instruction WHERE submission_id = ? ORDER BY instructed_on, id")
                .param(s.id())
                .query((rs, n) -> new Instruction(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getInt(6))).list();
        return new Submission(s.id(), s.unitId(), s.title(), s.text(), s.status(), s.submittedBy(), s.submittedAt(),
                s.editedAt(), s.declineReason(), attachments, adoptions, instructions);
    }

    private Submission row(ResultSet rs, int n) throws SQLException {
        Timestamp edited = rs.getTimestamp("edited_at");
        return new Submission(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("title"), rs.getString("body_text"),
                Status.valueOf(rs.getString("status")), rs.getLong("submitted_by"),
                rs.getTimestamp("submitted_at").toInstant(), edited == null ? null : edited.toInstant(),
                rs.getString("decline_reason"), List.of(), List.of(), List.of());
    }
}
