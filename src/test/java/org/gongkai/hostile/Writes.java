package org.gongkai.hostile;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the application has written: the row count of every table (except those that background work or
 * reading itself writes: sessions, locks, rate-limit buckets, event publications, the zero-result log, the audit
 * chain) and the
 * number of SUCCESS audit records. A refused request must leave this unchanged.
 */
final class Writes {

    private static final Set<String> IGNORED = Set.of("spring_session", "spring_session_attributes", "shedlock",
            "event_publication", "event_publication_archive", "flyway_schema_history", "search_zero_result",
            "audit_record", "audit_chain_head", "audit_anchor", "requests_reminder", "catalogue_index_sequence",
            // rate limiting itself: every rate-limited request takes a token, refused or not (decision 016)
            "rate_limit_bucket", "identity_source_failure",
            // supervision's read model: written by listeners of persisted events after the request that caused them
            "supervision_fact", "supervision_fact_open_case");

    private final JdbcClient jdbc;
    private final String countAll;

    Writes(JdbcClient jdbc) {
        this.jdbc = jdbc;
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables "
                        + "WHERE LOWER(table_schema) = 'public' AND table_type IN ('BASE TABLE', 'TABLE')")
                .query(String.class).list().stream()
                .map(t -> t.toLowerCase(Locale.ROOT))
                .filter(t -> !IGNORED.contains(t) && !t.startsWith("notify_") && !t.contains("outbox"))
                .sorted().toList();
        StringBuilder sql = new StringBuilder("SELECT ");
        for (String t : tables) {
            sql.append("(SELECT COUNT(*) FROM ").append(t).append(") || ',' || ");
        }
        sql.append("(SELECT COUNT(*) FROM audit_record WHERE outcome = 'SUCCESS')");
        this.countAll = sql.toString();
    }

    String snapshot() {
        return jdbc.sql(countAll).query(String.class).single();
    }
}
