package org.gongkai.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * The table {@code search_index_feed} (decision 015): one row per record a transaction changed, written in that
 * transaction with one JDBC batch, read by id range by every instance's {@link IndexFollower}. A row carries the
 * record's kind ({@code DOCUMENT} or {@code SERVICE_ITEM}, decision 032) and its id; callers see index keys
 * ({@link IndexedDocument#key}): a document's id, or a service item's id negated.
 */
final class IndexFeed {

    /** A feed row: its id and the index key of the record it names. */
    record Change(long id, long documentId) {}

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Clock clock;

    IndexFeed(JdbcClient jdbc, NamedParameterJdbcTemplate named, Clock clock) {
        this.jdbc = jdbc;
        this.named = named;
        this.clock = clock;
    }

    /** Writes one row per record, by index key (in the caller's transaction, if any); answers the rows' ids. */
    List<Long> record(Collection<Long> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Timestamp now = Timestamp.from(clock.instant());
        SqlParameterSource[] rows = keys.stream()
                .map(key -> new MapSqlParameterSource().addValue("doc", Math.abs(key))
                        .addValue("kind", IndexedDocument.kindOf(key).name()).addValue("at", now))
                .toArray(SqlParameterSource[]::new);
        KeyHolder generated = new GeneratedKeyHolder();
        named.batchUpdate("INSERT INTO search_index_feed (document_id, kind, recorded_at) VALUES (:doc, :kind, :at)",
                rows, generated, new String[] {"id"});
        List<Long> ids = new ArrayList<>(rows.length);
        for (Map<String, Object> key : generated.getKeyList()) {
            ids.add(((Number) key.values().iterator().next()).longValue());
        }
        if (ids.size() != rows.length) {
            throw new IllegalStateException("expected " + rows.length + " feed ids, got " + ids.size());
        }
        return ids;
    }

    /** The rows after {@code id}, in id order, at most {@code limit}. */
    List<Change> after(long id, int limit) {
        return jdbc.sql("SELECT id, document_id, kind FROM search_index_feed WHERE id > ? ORDER BY id LIMIT " + limit)
                .param(id).query((rs, n) -> new Change(rs.getLong(1),
                        IndexedDocument.key(IndexedDocument.Kind.valueOf(rs.getString(3)), rs.getLong(2)))).list();
    }

    /** The newest row's id, 0 when the feed is empty. */
    long last() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM search_index_feed").query(Long.class).single();
    }

    /** The oldest row's id, 0 when the feed is empty. */
    long oldest() {
        return jdbc.sql("SELECT COALESCE(MIN(id), 0) FROM search_index_feed").query(Long.class).single();
    }

    /**
     * Whether rows after {@code cursor} may be gone: the oldest row left is further on than the next one. Pruning is
     * the usual cause; identity values skipped by rolled-back transactions can also leave such a gap, and then the
     * answer errs on the safe side (the caller rebuilds).
     */
    boolean missesRowsAfter(long cursor) {
        long oldest = oldest();
        return oldest > 0 && cursor < oldest - 1;
    }

    /**
     * Deletes the rows up to the newest one recorded before {@code before} (every running instance's cursor is long
     * past them): what is left is always every row after some id, so {@link #missesRowsAfter} can tell.
     */
    int prune(Instant before) {
        return jdbc.sql("DELETE FROM search_index_feed WHERE id <= (SELECT COALESCE(MAX(id), 0) FROM search_index_feed "
                + "WHERE recorded_at < ?)").param(Timestamp.from(before)).update();
    }
}
