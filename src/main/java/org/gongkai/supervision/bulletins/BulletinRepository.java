package org.gongkai.supervision.bulletins;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.gongkai.supervision.bulletins.BulletinLifecycle.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The bulletin tables (JdbcClient); the figures are kept as JSON ({@link BulletinContent}). */
@Repository
class BulletinRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    BulletinRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(YearMonth period) {
        return jdbc.sql("SELECT COUNT(*) FROM supervision_bulletin WHERE period = ?").param(period.toString())
                .query(Long.class).single() > 0;
    }

    /** The next sequence number of the year of issue (1 for the first). */
    int nextSequence(int year) {
        Integer max = jdbc.sql("SELECT MAX(sequence_no) FROM supervision_bulletin WHERE issue_year = ?").param(year)
                .query(Integer.class).optional().orElse(null);
        return max == null ? 1 : max + 1;
    }

    long insert(YearMonth period, int year, int sequence, String number, String title, String intro, String remarks,
            BulletinContent content, String by, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO supervision_bulletin (period, issue_year, sequence_no, document_number, title, intro_text, "
                        + "remarks_text, content, status, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(period.toString(), year, sequence, number, title, intro, remarks, JSON.writeValueAsString(content),
                        Status.DRAFT.name(), by, Timestamp.from(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<Bulletin> find(long id) {
        return jdbc.sql("SELECT * FROM supervision_bulletin WHERE id = ?").param(id).query(this::row).optional();
    }

    /** Every bulletin, newest period first; only the published ones when {@code publishedOnly}. */
    List<Bulletin> list(boolean publishedOnly, int limit) {
        return jdbc.sql("SELECT * FROM supervision_bulletin" + (publishedOnly ? " WHERE status = 'PUBLISHED'" : "")
                + " ORDER BY period DESC LIMIT ?").param(limit).query(this::row).list();
    }

    void edit(long id, String title, String intro, String remarks, Instant at) {
        jdbc.sql("UPDATE supervision_bulletin SET title = ?, intro_text = ?, remarks_text = ?, edited_at = ? "
                + "WHERE id = ?").params(title, intro, remarks, Timestamp.from(at), id).update();
    }

    void approve(long id, String by, Instant at) {
        jdbc.sql("UPDATE supervision_bulletin SET status = ?, approved_by = ?, approved_at = ? WHERE id = ?")
                .params(Status.APPROVED.name(), by, Timestamp.from(at), id).update();
    }

    void publish(long id, String by, Instant at) {
        jdbc.sql("UPDATE supervision_bulletin SET status = ?, published_by = ?, published_at = ? WHERE id = ?")
                .params(Status.PUBLISHED.name(), by, Timestamp.from(at), id).update();
    }

    /** One line of the bulletin's own ledger. */
    void event(long id, BulletinLifecycle.Action action, Status status, String by, Instant at, String note) {
        jdbc.sql("INSERT INTO supervision_bulletin_event (bulletin_id, action, status, event_at, by_user, note) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, action == null ? "GENERATE" : action.name(), status.name(), Timestamp.from(at), by, note)
                .update();
    }

    private Bulletin row(ResultSet rs, int n) throws SQLException {
        return new Bulletin(rs.getLong("id"), YearMonth.parse(rs.getString("period")), rs.getString("document_number"),
                rs.getString("title"), rs.getString("intro_text"), rs.getString("remarks_text"),
                JSON.readValue(rs.getString("content"), BulletinContent.class), Status.valueOf(rs.getString("status")),
                instant(rs, "created_at"), instant(rs, "approved_at"), instant(rs, "published_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
