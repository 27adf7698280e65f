package org.gongkai.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts, password history and recovery codes (tables {@code identity_*}). */
@Repository
class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> find(long staffId) {
        return jdbc.sql("SELECT * FROM identity_account WHERE staff_id = ?").param(staffId)
                .query(AccountRepository::map).optional();
    }

    /** The account row locked until the transaction ends: failure counts from several instances add up. */
    Optional<Account> findForUpdate(long staffId) {
        return jdbc.sql("SELECT * FROM identity_account WHERE staff_id = ? FOR UPDATE").param(staffId)
                .query(AccountRepository::map).optional();
    }

    List<Account> findAll() {
        return jdbc.sql("SELECT * FROM identity_account").query(AccountRepository::map).list();
    }

    void insert(long staffId, String hash, Instant now, boolean mustChange) {
        jdbc.sql("INSERT INTO identity_account (staff_id, password_hash, password_changed_at, must_change_password,"
                        + " failed_attempts, totp_enabled) VALUES (?, ?, ?, ?, 0, FALSE)")
                .params(staffId, hash, ts(now), mustChange).update();
    }

    void updatePassword(long staffId, String hash, Instant now, boolean mustChange) {
        jdbc.sql("UPDATE identity_account SET password_hash = ?, password_changed_at = ?, must_change_password = ?"
                        + " WHERE staff_id = ?")
                .params(hash, ts(now), mustChange, staffId).update();
    }

    void updateFailures(long staffId, int failedAttempts, Instant lockedUntil) {
        jdbc.sql("UPDATE identity_account SET failed_attempts = ?, locked_until = ? WHERE staff_id = ?")
                .params(failedAttempts, ts(lockedUntil), staffId).update();
    }

    void updateTotp(long staffId, String encryptedSecret, boolean enabled, Long lastStep) {
        jdbc.sql("UPDATE identity_account SET totp_secret = ?, totp_enabled = ?, totp_last_step = ? WHERE staff_id = ?")
                .params(encryptedSecret, enabled, lastStep, staffId).update();
    }

    void updateTotpLastStep(long staffId, long step) {
        jdbc.sql("UPDATE identity_account SET totp_last_step = ? WHERE staff_id = ?").params(step, staffId).update();
    }

    // --- password history: the newest N hashes are kept

    void addHistory(long staffId, String hash, Instant now, int keep) {
        jdbc.sql("INSERT INTO identity_password_history (staff_id, password_hash, created_at) VALUES (?, ?, ?)")
                .params(staffId, hash, ts(now)).update();
        List<Long> ids = jdbc.sql("SELECT id FROM identity_password_history WHERE staff_id = ? ORDER BY id DESC")
                .param(staffId).query(Long.class).list();
        for (Long old : ids.subList(Math.min(keep, ids.size()), ids.size())) {
            jdbc.sql("DELETE FROM identity_password_history WHERE id = ?").param(old).update();
        }
    }

    List<String> history(long staffId, int limit) {
        return jdbc.sql("SELECT password_hash FROM identity_password_history WHERE staff_id = ? ORDER BY id DESC")
                .param(staffId).query(String.class).list().stream().limit(limit).toList();
    }

    // --- recovery codes, stored as keyed hashes, single use

    void replaceRecoveryCodes(long staffId, List<String> codeHashes) {
        jdbc.sql("DELETE FROM identity_recovery_code WHERE staff_id = ?").param(staffId).update();
        for (String h : codeHashes) {
            jdbc.sql("INSERT INTO identity_recovery_code (staff_id, code_hash) VALUES (?, ?)").params(staffId, h).update();
        }
    }

    /** Marks an unused code as used; true when one was found (the update is the single-use guard). */
    boolean useRecoveryCode(long staffId, String codeHash, Instant now) {
        return jdbc.sql("UPDATE identity_recovery_code SET used_at = ? WHERE staff_id = ? AND code_hash = ?"
                        + " AND used_at IS NULL")
                .params(ts(now), staffId, codeHash).update() == 1;
    }

    int unusedRecoveryCodes(long staffId) {
        return jdbc.sql("SELECT COUNT(*) FROM identity_recovery_code WHERE staff_id = ? AND used_at IS NULL")
                .param(staffId).query(Integer.class).single();
    }

    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        long lastStep = rs.getLong("totp_last_step");
        Long last = rs.wasNull() ? null : lastStep;
        return new Account(rs.getLong("staff_id"), rs.getString("password_hash"), instant(rs, "password_changed_at"),
                rs.getBoolean("must_change_password"), rs.getInt("failed_attempts"), instant(rs, "locked_until"),
                rs.getString("totp_secret"), rs.getBoolean("totp_enabled"), last);
    }
}
