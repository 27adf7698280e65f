package org.gongkai.consultations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.consultations.Consultation.Comment;
import org.gongkai.consultations.Consultation.Event;
import org.gongkai.consultations.Consultation.Feedback;
import org.gongkai.consultations.Consultation.Group;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The consultations' tables: consultations, their ledger, comments, decisions per article and feedback reports. */
@Repository
class ConsultationRepository {

    private static final String SELECT = "SELECT id, unit_id, title, draft_text, draft_document_id, explanation, "
            + "normative, opens_on, closes_on, short_reason, email, letter_address, status, final_document_id, "
            + "created_at FROM consultation";
    private static final String COMMENT = "SELECT id, consultation_id, received_at, author_name, article, "
            + "group_article, body, status, public_name, public_body, hide_reason FROM consultation_comment";

    private final JdbcClient jdbc;

    ConsultationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ConsultationCommands.SaveConsultation c, LocalDate opensOn, LocalDate closesOn,
            ConsultationStatus status, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO consultation (unit_id, title, draft_text, draft_document_id, explanation, normative, "
                + "opens_on, closes_on, short_reason, email, letter_address, status, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(c.unitId(), c.title().strip(), c.draftText(), c.draftDocumentId(), c.explanation(),
                        c.normative(), opensOn, closesOn, blankToNull(c.shortReason()), blankToNull(c.email()),
                        blankToNull(c.letterAddress()), status.name(), Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(long id, ConsultationCommands.SaveConsultation c, LocalDate opensOn, LocalDate closesOn) {
        jdbc.sql("UPDATE consultation SET unit_id = ?, title = ?, draft_text = ?, draft_document_id = ?, "
                + "explanation = ?, normative = ?, opens_on = ?, closes_on = ?, short_reason = ?, email = ?, "
                + "letter_address = ? WHERE id = ?")
                .params(c.unitId(), c.title().strip(), c.draftText(), c.draftDocumentId(), c.explanation(),
                        c.normative(), opensOn, closesOn, blankToNull(c.shortReason()), blankToNull(c.email()),
                        blankToNull(c.letterAddress()), id)
                .update();
    }

    Optional<Consultation> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(ConsultationRepository::row).optional();
    }

    Optional<Consultation> lock(long id) {
        return jdbc.sql(SELECT + " WHERE id = ? FOR UPDATE").param(id).query(ConsultationRepository::row).optional();
    }

    List<Consultation> withStatus(List<ConsultationStatus> statuses) {
        return jdbc.sql(SELECT + " WHERE status IN (:statuses) ORDER BY opens_on DESC, id DESC")
                .param("statuses", statuses.stream().map(Enum::name).toList())
                .query(ConsultationRepository::row).list();
    }

    List<Consultation> ofUnits(java.util.Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE unit_id IN (:units) ORDER BY created_at DESC, id DESC")
                .param("units", unitIds).query(ConsultationRepository::row).list();
    }

    /** Scheduled consultations due to open by {@code today}. */
    List<Long> dueToOpen(LocalDate today) {
        return jdbc.sql("SELECT id FROM consultation WHERE status = 'SCHEDULED' AND opens_on <= ? ORDER BY id")
                .param(today).query(Long.class).list();
    }

    /** Open consultations whose closing date is before {@code today}. */
    List<Long> dueToClose(LocalDate today) {
        return jdbc.sql("SELECT id FROM consultation WHERE status = 'OPEN' AND closes_on < ? ORDER BY id")
                .param(today).query(Long.class).list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM consultation").query(Long.class).single();
    }

    void setStatus(long id, ConsultationStatus status) {
        jdbc.sql("UPDATE consultation SET status = ? WHERE id = ?").params(status.name(), id).update();
    }

    void setFinalDocument(long id, long documentId) {
        jdbc.sql("UPDATE consultation SET final_document_id = ? WHERE id = ?").params(documentId, id).update();
    }

    List<Long> consultationsOfFinalDocument(long documentId) {
        return jdbc.sql("SELECT id FROM consultation WHERE final_document_id = ? ORDER BY id").param(documentId)
                .query(Long.class).list();
    }

    void event(long id, String type, LocalDate on, Instant at, String detail) {
        jdbc.sql("INSERT INTO consultation_event (consultation_id, event_type, occurred_on, occurred_at, detail) "
                + "VALUES (?, ?, ?, ?, ?)").params(id, type, on, Timestamp.from(at), detail).update();
    }

    List<Event> events(long id) {
        return jdbc.sql("SELECT event_type, occurred_on, occurred_at, detail FROM consultation_event "
                + "WHERE consultation_id = ? ORDER BY occurred_at, id").param(id)
                .query((rs, n) -> new Event(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getTimestamp(3).toInstant(), rs.getString(4))).list();
    }

    long insertComment(long consultationId, Instant at, String name, String contactEnc, String article,
            String groupArticle, String text) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO consultation_comment (consultation_id, received_at, author_name, contact_enc, article, "
                + "group_article, body, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'RECEIVED')")
                .params(consultationId, Timestamp.from(at), name, contactEnc, article, groupArticle, text)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Comment> comment(long consultationId, long commentId) {
        return jdbc.sql(COMMENT + " WHERE consultation_id = ? AND id = ?").params(consultationId, commentId)
                .query(ConsultationRepository::comment).optional();
    }

    /** Comments of a consultation (all, or only those of {@code status}), oldest first. */
    List<Comment> comments(long consultationId, CommentStatus status) {
        return jdbc.sql(COMMENT + " WHERE consultation_id = ?" + (status == null ? "" : " AND status = ?")
                + " ORDER BY received_at, id")
                .params(status == null ? new Object[] {consultationId} : new Object[] {consultationId, status.name()})
                .query(ConsultationRepository::comment).list();
    }

    /** The number of comments of each public consultation. */
    Map<Long, Long> commentCounts() {
        return jdbc.sql("SELECT consultation_id, COUNT(*) FROM consultation_comment GROUP BY consultation_id")
                .query((ResultSet rs) -> {
                    Map<Long, Long> out = new java.util.HashMap<>();
                    while (rs.next()) {
                        out.put(rs.getLong(1), rs.getLong(2));
                    }
                    return out;
                });
    }

    /** The encrypted contact of a comment (for the guard, which keeps it out of the published copy). */
    Optional<String> contact(long commentId) {
        return jdbc.sql("SELECT contact_enc FROM consultation_comment WHERE id = ?").param(commentId)
                .query(String.class).optional();
    }

    void deleteFeedback(long consultationId) {
        jdbc.sql("DELETE FROM consultation_feedback_group WHERE consultation_id = ?").param(consultationId).update();
        jdbc.sql("DELETE FROM consultation_feedback WHERE consultation_id = ?").param(consultationId).update();
    }

    void publishComment(long commentId, String publicName, String publicText, Instant at) {
        jdbc.sql("UPDATE consultation_comment SET status = 'PUBLISHED', public_name = ?, public_body = ?, "
                + "hide_reason = NULL, moderated_at = ? WHERE id = ?")
                .params(publicName, publicText, Timestamp.from(at), commentId).update();
    }

    void hideComment(long commentId, String reason, Instant at) {
        jdbc.sql("UPDATE consultation_comment SET status = 'HIDDEN', public_name = NULL, public_body = NULL, "
                + "hide_reason = ?, moderated_at = ? WHERE id = ?").params(reason, Timestamp.from(at), commentId)
                .update();
    }

    void groupComment(long commentId, String article) {
        jdbc.sql("UPDATE consultation_comment SET group_article = ? WHERE id = ?").params(article, commentId).update();
    }

    /** The decisions recorded so far, by article. */
    Map<String, Group> decisions(long consultationId) {
        Map<String, Group> out = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT article, decision, reason FROM consultation_group WHERE consultation_id = ? ORDER BY id")
                .param(consultationId).query((rs, n) -> new Group(rs.getString(1),
                        Decision.valueOf(rs.getString(2)), rs.getString(3), 0))
                .list().forEach(g -> out.put(g.article(), g));
        return out;
    }

    void decide(long consultationId, String article, Decision decision, String reason) {
        int changed = jdbc.sql("UPDATE consultation_group SET decision = ?, reason = ? WHERE consultation_id = ? "
                + "AND article = ?").params(decision.name(), reason, consultationId, article).update();
        if (changed == 0) {
            jdbc.sql("INSERT INTO consultation_group (consultation_id, article, decision, reason) VALUES (?, ?, ?, ?)")
                    .params(consultationId, article, decision.name(), reason).update();
        }
    }

    void saveFeedback(Feedback f, Instant now) {
        jdbc.sql("DELETE FROM consultation_feedback_group WHERE consultation_id = ?").param(f.consultationId())
                .update();
        jdbc.sql("DELETE FROM consultation_feedback WHERE consultation_id = ?").param(f.consultationId()).update();
        jdbc.sql("INSERT INTO consultation_feedback (consultation_id, comments, adopted, partly_adopted, not_adopted, "
                + "summary, generated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(f.consultationId(), f.comments(), f.adopted(), f.partlyAdopted(), f.notAdopted(),
                        f.summary(), Timestamp.from(now)).update();
        int position = 0;
        for (Group g : f.groups()) {
            jdbc.sql("INSERT INTO consultation_feedback_group (consultation_id, position, article, decision, reason, "
                    + "comments) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(f.consultationId(), ++position, g.article(), g.decision().name(), g.reason(), g.comments())
                    .update();
        }
    }

    Optional<Feedback> feedback(long consultationId) {
        List<Group> groups = jdbc.sql("SELECT article, decision, reason, comments FROM consultation_feedback_group "
                + "WHERE consultation_id = ? ORDER BY position").param(consultationId)
                .query((rs, n) -> new Group(rs.getString(1), Decision.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getInt(4))).list();
        return jdbc.sql("SELECT consultation_id, comments, adopted, partly_adopted, not_adopted, summary, generated_at, "
                + "approved_by, approved_at, published_on FROM consultation_feedback WHERE consultation_id = ?")
                .param(consultationId)
                .query((rs, n) -> new Feedback(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getString(6), groups, rs.getTimestamp(7).toInstant(), rs.getString(8),
                        instant(rs.getTimestamp(9)), rs.getObject(10, LocalDate.class)))
                .optional();
    }

    void approveFeedback(long consultationId, String by, Instant at) {
        jdbc.sql("UPDATE consultation_feedback SET approved_by = ?, approved_at = ? WHERE consultation_id = ?")
                .params(by, Timestamp.from(at), consultationId).update();
    }

    void publishFeedback(long consultationId, LocalDate on, Instant at) {
        jdbc.sql("UPDATE consultation_feedback SET published_on = ?, published_at = ? WHERE consultation_id = ?")
                .params(on, Timestamp.from(at), consultationId).update();
    }

    /**
     * Per unit, the consultations closed by {@code asOf} (closing date before it) whose feedback report was not
     * published by then.
     */
    Map<Long, Long> withoutFeedback(LocalDate asOf) {
        return jdbc.sql("SELECT c.unit_id, COUNT(*) FROM consultation c LEFT JOIN consultation_feedback f "
                + "ON f.consultation_id = c.id WHERE c.status IN ('CLOSED', 'FEEDBACK_PUBLISHED') AND c.closes_on < ? "
                + "AND (f.published_on IS NULL OR f.published_on > ?) GROUP BY c.unit_id")
                .params(asOf, asOf)
                .query((ResultSet rs) -> {
                    Map<Long, Long> out = new java.util.HashMap<>();
                    while (rs.next()) {
                        out.put(rs.getLong(1), rs.getLong(2));
                    }
                    return out;
                });
    }

    private static Consultation row(ResultSet rs, int n) throws SQLException {
        return new Consultation(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("title"),
                rs.getString("draft_text"), (Long) rs.getObject("draft_document_id", Long.class),
                rs.getString("explanation"), rs.getBoolean("normative"), rs.getObject("opens_on", LocalDate.class),
                rs.getObject("closes_on", LocalDate.class), rs.getString("short_reason"), rs.getString("email"),
                rs.getString("letter_address"), ConsultationStatus.valueOf(rs.getString("status")),
                rs.getObject("final_document_id", Long.class), rs.getTimestamp("created_at").toInstant());
    }

    private static Comment comment(ResultSet rs, int n) throws SQLException {
        return new Comment(rs.getLong("id"), rs.getLong("consultation_id"), rs.getTimestamp("received_at").toInstant(),
                rs.getString("author_name"), rs.getString("article"), rs.getString("group_article"),
                rs.getString("body"), CommentStatus.valueOf(rs.getString("status")), rs.getString("public_name"),
                rs.getString("public_body"), rs.getString("hide_reason"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    long insertAttachment(long consultationId, org.gongkai.files.FileStore.StoredFile file, String name,
            String addedBy, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO consultation_attachment (consultation_id, file_id, name, media_type, size_bytes, "
                + "added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(consultationId, file.id(), name, file.mediaType(), file.size(), addedBy, Timestamp.from(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<Consultation.Attachment> attachments(long consultationId) {
        return jdbc.sql("SELECT id, consultation_id, file_id, name, media_type, size_bytes, added_by, added_at "
                + "FROM consultation_attachment WHERE consultation_id = ? ORDER BY id").param(consultationId)
                .query((rs, n) -> new Consultation.Attachment(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7),
                        rs.getTimestamp(8).toInstant())).list();
    }

    boolean deleteAttachment(long consultationId, long attachmentId) {
        return jdbc.sql("DELETE FROM consultation_attachment WHERE consultation_id = ? AND id = ?")
                .params(consultationId, attachmentId).update() > 0;
    }
}
