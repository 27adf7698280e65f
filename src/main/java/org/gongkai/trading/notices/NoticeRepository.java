package org.gongkai.trading.notices;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.trading.ProjectType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notices ({@code trading_notice}) and the portal's reads over them and their projects. */
@Repository
class NoticeRepository {

    /** A notice with its project's code, type and title (lists). */
    record Listed(Notice notice, String projectCode, ProjectType type, String projectTitle) {}

    private final JdbcClient jdbc;

    NoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long projectId, NoticeKind kind, long documentId, String title, String summary, String bodyText,
            LocalDate objectionStart, LocalDate objectionEnd, long createdBy, Instant now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO trading_notice (project_id, kind, document_id, title, summary, body_text, objection_start,
                    objection_end, created_by, created_at)
                VALUES (:p, :k, :d, :t, :s, :b, :os, :oe, :by, :at)""")
                .param("p", projectId).param("k", kind.name()).param("d", documentId).param("t", title)
                .param("s", summary).param("b", bodyText).param("os", objectionStart).param("oe", objectionEnd).param("by", createdBy)
                .param("at", Timestamp.from(now)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<Notice> ofProject(long projectId) {
        return jdbc.sql("SELECT * FROM trading_notice WHERE project_id = :p ORDER BY COALESCE(published_at, created_at), id")
                .param("p", projectId).query((rs, i) -> row(rs)).list();
    }

    Optional<Notice> find(long id) {
        return jdbc.sql("SELECT * FROM trading_notice WHERE id = :id").param("id", id).query((rs, i) -> row(rs))
                .optional();
    }

    Optional<Notice> byDocument(long documentId) {
        return jdbc.sql("SELECT * FROM trading_notice WHERE document_id = :d").param("d", documentId)
                .query((rs, i) -> row(rs)).optional();
    }

    /** The catalogue published (a version of) the document: its public form; the first publication is kept. */
    void published(long documentId, String title, String summary, String indexNumber, String url, LocalDate on,
            Instant at) {
        jdbc.sql("""
                UPDATE trading_notice SET title = :t, summary = :s, index_number = :n, document_url = :u,
                    published_on = COALESCE(published_on, :on), published_at = COALESCE(published_at, :at),
                    withdrawn = FALSE
                WHERE document_id = :d""")
                .param("t", title).param("s", summary).param("n", indexNumber).param("u", url).param("on", on)
                .param("at", Timestamp.from(at)).param("d", documentId).update();
    }

    /** A returned notice corrected by its officer (the catalogue has the new text). */
    void corrected(long id, String title, String summary, String bodyText, LocalDate objectionStart,
            LocalDate objectionEnd) {
        jdbc.sql("""
                UPDATE trading_notice SET title = :t, summary = :s, body_text = :b, objection_start = :os,
                    objection_end = :oe WHERE id = :id""").param("t", title).param("s", summary).param("b", bodyText)
                .param("os", objectionStart)
                .param("oe", objectionEnd).param("id", id).update();
    }

    void withdrawn(long documentId) {
        jdbc.sql("UPDATE trading_notice SET withdrawn = TRUE WHERE document_id = :d").param("d", documentId).update();
    }

    /** Notices of projects in {@code units}, newest first (the officer's console list). */
    List<Listed> inUnits(Set<Long> units, int limit) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT n.*, p.project_code, p.type AS project_type, p.title AS project_title
                FROM trading_notice n JOIN trading_project p ON p.id = n.project_id
                WHERE p.unit_id IN (:units) ORDER BY n.created_at DESC, n.id DESC""" + " LIMIT " + Math.max(1, limit))
                .param("units", units).query((rs, i) -> listed(rs)).list();
    }

    /** Public notices, newest first, optionally of one kind and one project type. */
    List<Listed> latest(NoticeKind kind, ProjectType type, int limit) {
        String sql = "SELECT n.*, p.project_code, p.type AS project_type, p.title AS project_title"
                + " FROM trading_notice n JOIN trading_project p ON p.id = n.project_id"
                + " WHERE n.published_at IS NOT NULL AND n.withdrawn = FALSE"
                + (kind == null ? "" : " AND n.kind = :kind") + (type == null ? "" : " AND p.type = :type")
                + " ORDER BY n.published_at DESC, n.id DESC LIMIT " + Math.max(1, limit);
        var statement = jdbc.sql(sql);
        if (kind != null) {
            statement = statement.param("kind", kind.name());
        }
        if (type != null) {
            statement = statement.param("type", type.name());
        }
        return statement.query((rs, i) -> listed(rs)).list();
    }

    private static Listed listed(ResultSet rs) throws SQLException {
        return new Listed(row(rs), rs.getString("project_code"), ProjectType.valueOf(rs.getString("project_type")),
                rs.getString("project_title"));
    }

    private static Notice row(ResultSet rs) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new Notice(rs.getLong("id"), rs.getLong("project_id"), NoticeKind.valueOf(rs.getString("kind")),
                rs.getLong("document_id"), rs.getString("title"), rs.getString("summary"), rs.getString("body_text"),
                rs.getObject("objection_start", LocalDate.class), rs.getObject("objection_end", LocalDate.class),
                rs.getString("index_number"), rs.getString("document_url"),
                rs.getObject("published_on", LocalDate.class), published == null ? null : published.toInstant(),
                rs.getBoolean("withdrawn"), rs.getTimestamp("created_at").toInstant());
    }
}
