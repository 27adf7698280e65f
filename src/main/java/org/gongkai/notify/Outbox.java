package org.gongkai.notify;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.gongkai.common.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox of e-mails and SMS ({@code notify_outbox}): a message is queued PENDING in the transaction of the
 * listener that wrote it, then sent by {@link OutboxSender}; each failed attempt pushes {@code next_attempt_at}
 * back, and after the last attempt it is FAILED. Recipient addresses are SM4-encrypted; the dedupe key makes
 * queueing idempotent, so a redelivered event never sends a message twice.
 */
@Component
class Outbox {

    enum Channel { EMAIL, SMS }

    enum Status { PENDING, SENT, FAILED }

    /** A message to send, recipient decrypted. */
    record Message(long id, Channel channel, NotificationKind kind, String subjectRef, String recipient,
            String subject, String body, int attempts) {}

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    Outbox(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Queues a message unless one with the same dedupe key exists; true when queued now. */
    boolean enqueue(String dedupeKey, Channel channel, NotificationKind kind, String subjectRef, String recipient,
            String subject, String body, Instant now) {
        Long existing = jdbc.sql("SELECT COUNT(*) FROM notify_outbox WHERE dedupe_key = :k").param("k", dedupeKey)
                .query(Long.class).single();
        if (existing > 0) {
            return false;
        }
        jdbc.sql("""
                INSERT INTO notify_outbox (dedupe_key, channel, kind, subject_ref, recipient_enc, subject, body, status,
                  attempts, next_attempt_at, created_at)
                VALUES (:k, :c, :kind, :ref, :to, :subject, :body, 'PENDING', 0, :now, :now)""")
                .param("k", dedupeKey).param("c", channel.name()).param("kind", kind.name()).param("ref", subjectRef)
                .param("to", cipher.encrypt(recipient)).param("subject", subject).param("body", body)
                .param("now", ts(now)).update();
        return true;
    }

    List<Message> due(Instant now, int limit) {
        return jdbc.sql("""
                SELECT id, channel, kind, subject_ref, recipient_enc, subject, body, attempts FROM notify_outbox
                WHERE status = 'PENDING' AND next_attempt_at <= :now ORDER BY next_attempt_at, id
                LIMIT :limit""")
                .param("now", ts(now)).param("limit", limit)
                .query((rs, n) -> new Message(rs.getLong("id"), Channel.valueOf(rs.getString("channel")),
                        NotificationKind.valueOf(rs.getString("kind")), rs.getString("subject_ref"),
                        cipher.decrypt(rs.getString("recipient_enc")), rs.getString("subject"), rs.getString("body"),
                        rs.getInt("attempts")))
                .list();
    }

    void sent(long id, int attempts, Instant now) {
        jdbc.sql("UPDATE notify_outbox SET status = 'SENT', attempts = :a, sent_at = :now, last_error = NULL "
                + "WHERE id = :id").param("a", attempts).param("now", ts(now)).param("id", id).update();
    }

    void retryLater(long id, int attempts, Instant next, String error) {
        jdbc.sql("UPDATE notify_outbox SET attempts = :a, next_attempt_at = :next, last_error = :e WHERE id = :id")
                .param("a", attempts).param("next", ts(next)).param("e", cut(error)).param("id", id).update();
    }

    void failed(long id, int attempts, String error) {
        jdbc.sql("UPDATE notify_outbox SET status = 'FAILED', attempts = :a, last_error = :e WHERE id = :id")
                .param("a", attempts).param("e", cut(error)).param("id", id).update();
    }

    /** Messages per status, for the console. */
    long count(Status status) {
        return jdbc.sql("SELECT COUNT(*) FROM notify_outbox WHERE status = :s").param("s", status.name())
                .query(Long.class).single();
    }

    static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String cut(String error) {
        if (error == null) {
            return null;
        }
        return error.length() > 500 ? error.substring(0, 500) : error;
    }
}
