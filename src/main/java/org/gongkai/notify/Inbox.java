package org.gongkai.notify;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff members' in-app inbox ({@code notify_inbox}): messages are posted by listeners and read in the console. */
@Service
public class Inbox {

    /** One message as the inbox page shows it. */
    public record Item(long id, NotificationKind kind, String title, String body, String link, Instant createdAt,
            boolean read) {}

    private final JdbcClient jdbc;

    Inbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Posts a message unless one with the same dedupe key exists; true when posted now. */
    @Transactional
    boolean post(String dedupeKey, long staffId, NotificationKind kind, String title, String body, String link,
            Instant now) {
        Long existing = jdbc.sql("SELECT COUNT(*) FROM notify_inbox WHERE dedupe_key = :k").param("k", dedupeKey)
                .query(Long.class).single();
        if (existing > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO notify_inbox (dedupe_key, staff_id, kind, title, body, link, created_at) "
                + "VALUES (:k, :s, :kind, :t, :b, :l, :now)")
                .param("k", dedupeKey).param("s", staffId).param("kind", kind.name()).param("t", title)
                .param("b", body).param("l", link).param("now", Outbox.ts(now)).update();
        return true;
    }

    @Transactional(readOnly = true)
    public long unread(long staffId) {
        return jdbc.sql("SELECT COUNT(*) FROM notify_inbox WHERE staff_id = :s AND read_at IS NULL")
                .param("s", staffId).query(Long.class).single();
    }

    /** The newest messages first (unread before read). */
    @Transactional(readOnly = true)
    public List<Item> list(long staffId, int limit) {
        return jdbc.sql("""
                SELECT id, kind, title, body, link, created_at, read_at FROM notify_inbox WHERE staff_id = :s
                ORDER BY CASE WHEN read_at IS NULL THEN 0 ELSE 1 END, created_at DESC, id DESC
                LIMIT :limit""")
                .param("s", staffId).param("limit", limit)
                .query((rs, n) -> new Item(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), rs.getString("body"), rs.getString("link"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getObject("read_at") != null))
                .list();
    }

    /** Marks one of the staff member's own messages read; false when there is no such message of theirs. */
    @Transactional
    public boolean markRead(long staffId, long id, Instant now) {
        return jdbc.sql("UPDATE notify_inbox SET read_at = :now WHERE id = :id AND staff_id = :s AND read_at IS NULL")
                .param("now", Outbox.ts(now)).param("id", id).param("s", staffId).update() > 0
                || jdbc.sql("SELECT COUNT(*) FROM notify_inbox WHERE id = :id AND staff_id = :s").param("id", id)
                        .param("s", staffId).query(Long.class).single() > 0;
    }

    /** Whether message {@code id} exists (anybody's). */
    public boolean exists(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM notify_inbox WHERE id = :id").param("id", id).query(Long.class).single() > 0;
    }

    @Transactional
    public int markAllRead(long staffId, Instant now) {
        return jdbc.sql("UPDATE notify_inbox SET read_at = :now WHERE staff_id = :s AND read_at IS NULL")
                .param("now", Outbox.ts(now)).param("s", staffId).update();
    }
}
