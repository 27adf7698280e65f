package org.gongkai.identity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lockouts of accounts (table {@code identity_lockout}). */
@Repository
class LockoutRepository {

    private final JdbcClient jdbc;

    LockoutRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long staffId, Instant lockedAt, Instant lockedUntil, int failures) {
        jdbc.sql("INSERT INTO identity_lockout (staff_id, locked_at, locked_until, failures) VALUES (?, ?, ?, ?)")
                .params(staffId, ts(lockedAt), ts(lockedUntil), failures).update();
    }

    /** Marks the staff member's lockouts still in force at {@code now} as ended by an administrator. */
    void unlocked(long staffId, Instant now, String by) {
        jdbc.sql("UPDATE identity_lockout SET unlocked_at = ?, unlocked_by = ? WHERE staff_id = ? AND unlocked_at IS NULL"
                        + " AND locked_until > ?")
                .params(ts(now), by, staffId, ts(now)).update();
    }

    List<IdentityService.Lockout> since(Instant since, int limit) {
        return jdbc.sql("SELECT staff_id, locked_at, locked_until, failures, unlocked_at, unlocked_by FROM identity_lockout"
                        + " WHERE locked_at >= ? ORDER BY locked_at DESC, id DESC LIMIT ?")
                .params(ts(since), limit)
                .query((rs, n) -> new IdentityService.Lockout(rs.getLong(1), instant(rs.getObject(2, OffsetDateTime.class)),
                        instant(rs.getObject(3, OffsetDateTime.class)), rs.getInt(4),
                        instant(rs.getObject(5, OffsetDateTime.class)), rs.getString(6)))
                .list();
    }

    private static OffsetDateTime ts(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
