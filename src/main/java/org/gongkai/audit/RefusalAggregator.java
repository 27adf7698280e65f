package org.gongkai.audit;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.gongkai.common.Actor;
import org.gongkai.common.TimeConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * {@link RefusalLog} by in-memory aggregation: one counter per (minute, actor, source, path, kind, reason),
 * written as one chained {@code REFUSED} audit record with its count once the minute is over (a scheduled
 * flush every 15 s) or on {@link #flush()}. At most {@value #MAX_KEYS} keys are held; beyond that, refusals
 * of the minute are folded into one overflow key per kind, so memory and the log stay bounded under any flood.
 * Per instance: behind several instances each writes its own aggregate.
 */
@Service
class RefusalAggregator implements RefusalLog {

    static final int MAX_KEYS = 10_000;
    private static final Logger log = LoggerFactory.getLogger(RefusalAggregator.class);

    private final AuditService audit;
    private final AuditService.SourceAddress origin;
    private final Clock clock;
    private final Map<Key, Tally> pending = new ConcurrentHashMap<>();

    RefusalAggregator(AuditService audit, AuditService.SourceAddress origin, Clock clock) {
        this.audit = audit;
        this.origin = origin;
        this.clock = clock;
    }

    record Key(Instant minute, String actor, Long unitId, String source, String path, String kind, String reason) {}

    static final class Tally {
        final AtomicLong count = new AtomicLong();
        final String objectType;
        final String objectId;

        Tally(String objectType, String objectId) {
            this.objectType = objectType;
            this.objectId = objectId;
        }
    }

    @Override
    public void refused(Refusal r) {
        Optional<Actor> current = Actor.current();
        String actor = r.actor() != null ? r.actor() : current.map(Actor::username).orElse(AuditService.ANONYMOUS);
        Long unit = r.actor() != null ? null : current.flatMap(Actor::primaryUnitId).orElse(null);
        String source = r.source() != null ? r.source() : origin.current();
        String path = r.path() != null ? r.path() : origin.path();
        Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        Key key = new Key(minute, cut(actor, 200), unit, cut(source, 100), cut(path, 300), cut(r.kind(), 100),
                cut(r.reason(), 300));
        if (!pending.containsKey(key) && pending.size() >= MAX_KEYS) {
            key = new Key(minute, "*", null, "*", "*", key.kind(), "overflow: too many distinct refusals this minute");
        }
        pending.computeIfAbsent(key, k -> new Tally(r.objectType(), r.objectId())).count.incrementAndGet();
    }

    /** Writes the aggregates of minutes that are over. */
    @Scheduled(fixedDelayString = "PT15S", initialDelayString = "PT15S")
    void flushCompletedMinutes() {
        write(clock.instant().truncatedTo(ChronoUnit.MINUTES));
    }

    @Override
    public void flush() {
        write(Instant.MAX);
    }

    @PreDestroy
    void flushOnShutdown() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("Could not write {} pending refusal aggregates at shutdown", pending.size(), e);
        }
    }

    private void write(Instant before) {
        List<Key> due = new ArrayList<>(pending.keySet().stream().filter(k -> k.minute().isBefore(before)).toList());
        due.sort(Comparator.comparing(Key::minute));
        for (Key key : due) {
            Tally tally = pending.remove(key);
            if (tally == null) {
                continue;
            }
            audit.appendRefusal(key.actor(), key.unitId(), key.kind(), tally.objectType, tally.objectId, key.source(),
                    detail(key, tally.count.get()));
        }
    }

    static String detail(Key key, long count) {
        return "count=" + count + "; minute=" + key.minute().atZone(TimeConfiguration.ZONE).toLocalDateTime()
                + "; path=" + key.path() + "; reason=" + key.reason();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
