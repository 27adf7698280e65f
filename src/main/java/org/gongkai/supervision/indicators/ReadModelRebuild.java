package org.gongkai.supervision.indicators;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.catalogue.CatalogueEvent;
import org.gongkai.requests.RequestEvents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the read model from the persisted events: Spring Modulith's publications, incomplete ones in
 * {@code event_publication} and completed ones in {@code event_publication_archive} (completion mode ARCHIVE, kept for
 * {@code gongkai.events.keep-completed}). Every publication of an event type the read model takes is read in
 * publication order, whichever module listened (an event reaching several listeners is stored once per listener and
 * applied once here), deserialised with Modulith's own serializer and applied by the same {@link FactRecorder} as the
 * live listeners, after the tables were emptied, in one transaction (the caller's: a command).
 */
@Component
class ReadModelRebuild {

    /** What a rebuild read and wrote. */
    record Result(int events, long facts) {}

    static final List<Class<?>> TYPES = List.of(CatalogueEvent.DocumentPublished.class,
            RequestEvents.RequestReceived.class, RequestEvents.DecisionIssued.class, RequestEvents.ReviewRecorded.class,
            RequestEvents.DeadlineApproaching.class, RequestEvents.RequestOverdue.class);

    private final JdbcClient jdbc;
    private final EventSerializer serializer;
    private final FactRecorder recorder;
    private final FactStore store;
    private final Clock clock;

    ReadModelRebuild(JdbcClient jdbc, EventSerializer serializer, FactRecorder recorder, FactStore store, Clock clock) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.recorder = recorder;
        this.store = store;
        this.clock = clock;
    }

    Result rebuild(String requestedBy) {
        Instant started = clock.instant();
        store.clear();
        List<String> names = TYPES.stream().map(Class::getName).toList();
        String select = "SELECT event_type, serialized_event, publication_date FROM %s WHERE event_type IN (:types)";
        String sql = String.format(select, "event_publication");
        if (archiveExists()) {
            sql += " UNION ALL " + String.format(select, "event_publication_archive");
        }
        Set<String> seen = new LinkedHashSet<>();
        int[] applied = { 0 };
        jdbc.sql("SELECT event_type, serialized_event FROM (" + sql + ") p ORDER BY publication_date")
                .param("types", names).query((rs, i) -> new String[] { rs.getString(1), rs.getString(2) }).list()
                .forEach(row -> {
                    if (!seen.add(row[0] + '\n' + row[1])) {
                        return; // the same event stored for another listener
                    }
                    Class<?> type = TYPES.get(names.indexOf(row[0]));
                    recorder.record(serializer.deserialize(row[1], type));
                    applied[0]++;
                });
        long written = store.size();
        store.logRebuild(started, clock.instant(), applied[0], written, requestedBy);
        return new Result(applied[0], written);
    }

    private boolean archiveExists() {
        return jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = "
                + "'event_publication_archive'").query(Long.class).single() > 0;
    }
}
