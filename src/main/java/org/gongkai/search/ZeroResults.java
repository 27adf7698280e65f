package org.gongkai.search;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Searches that found nothing, counted per text (not a user action: no audit, no personal data kept). */
@Component
public class ZeroResults {

    public record Entry(String text, long occurrences, OffsetDateTime firstSeen, OffsetDateTime lastSeen) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    ZeroResults(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(String text) {
        String key = SearchSemantics.clean(text);
        if (key.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        int updated = jdbc.sql("UPDATE search_zero_result SET occurrences = occurrences + 1, last_seen = :now "
                + "WHERE query_text = :text").param("now", now).param("text", key).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO search_zero_result (query_text, occurrences, first_seen, last_seen) "
                        + "VALUES (:text, 1, :now, :now)").param("text", key).param("now", now).update();
            } catch (DuplicateKeyException raced) {
                record(text);
            }
        }
    }

    public List<Entry> recent(int limit) {
        return jdbc.sql("SELECT query_text, occurrences, first_seen, last_seen FROM search_zero_result "
                        + "ORDER BY last_seen DESC, query_text LIMIT :limit")
                .param("limit", limit)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class),
                        rs.getObject(4, OffsetDateTime.class)))
                .list();
    }
}
