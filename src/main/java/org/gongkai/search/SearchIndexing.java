package org.gongkai.search;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.gongkai.common.OutstandingEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.gongkai.audit.AuditLog;
import org.gongkai.catalogue.CatalogueEvent;
import org.gongkai.catalogue.PublishedDocuments;
import org.gongkai.catalogue.PublishedDocuments.PublishedDocument;
import org.gongkai.organisation.UnitDirectory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the index following the catalogue (decisions 009 and 015). Each {@link CatalogueEvent} is collected, inside
 * the publishing transaction, into that transaction's {@link IndexBatch}, which writes the documents to the index feed
 * in the transaction and indexes them with one set-based read and one index write after the commit: a small batch
 * before the request returns, an import's batch on the background indexer. The {@link IndexFollower} commits the
 * index on a schedule and at shutdown with the feed's cursor, indexes again after a crash what the last commit did
 * not hold, and indexes what other instances publish.
 */
@Service
public class SearchIndexing implements OutstandingEvents, SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);
    /** Documents per index write when recovering. */
    static final int RECOVERY_PAGE = 2_000;

    private final SearchBackend backend;
    private final ObjectProvider<PublishedDocuments> published;
    private final UnitDirectory units;
    private final AuditLog auditLog;
    private final IndexFollower follower;
    private final Map<Long, String> creditCodes = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration feedRetention;

    SearchIndexing(SearchBackend backend, ObjectProvider<PublishedDocuments> published, UnitDirectory units,
            AuditLog auditLog, JdbcClient jdbc, NamedParameterJdbcTemplate named, Clock clock,
            @Value("${gongkai.search.feed.poll-interval:PT1S}") Duration poll,
            @Value("${gongkai.search.commit-interval:PT5S}") Duration commit,
            @Value("${gongkai.search.feed.gap-timeout:PT30S}") Duration gapTimeout,
            @Value("${gongkai.search.feed.follow-others:true}") boolean followOthers,
            @Value("${gongkai.search.sync-limit:1000}") int syncLimit,
            @Value("${gongkai.search.feed.retention:P7D}") Duration feedRetention) {
        this.backend = backend;
        this.published = published;
        this.units = units;
        this.auditLog = auditLog;
        this.clock = clock;
        this.feedRetention = feedRetention;
        this.follower = new IndexFollower(new IndexFeed(jdbc, named, clock), backend, this::reindex,
                this::rebuildBehindFeed, new IndexFollower.Settings(poll, commit, gapTimeout, followOthers, syncLimit));
    }

    /** Before the web server takes requests: index what the last index commit did not hold, then follow the feed. */
    @Override
    public void afterSingletonsInstantiated() {
        follower.start();
    }

    /** At shutdown: finish the background indexing and commit the index. */
    @Override
    public void destroy() {
        follower.stop();
    }

    /** In the publishing transaction: remember the document for the transaction's batch. */
    @EventListener
    void collect(CatalogueEvent event) {
        if (!IndexBatch.collect(event.documentId(), follower)) { // no transaction: write the feed and index now
            List<Long> ids = List.of(event.documentId());
            follower.committed(ids, follower.record(ids));
        }
    }

    /** Reads the feed now (tests; the follower does it every poll interval). */
    long followFeed() {
        return follower.catchUp(false);
    }

    /** Commits the index now with the feed's cursor (tests; the follower does it every commit interval). */
    void commitIndex() {
        follower.commit();
    }

    long feedCursor() {
        return follower.cursor();
    }

    /** Indexes the public form of each document, and removes those that are no longer public: one index commit. */
    void reindex(Collection<Long> documentIds) {
        List<PublishedDocument> found = catalogue().findPublished(documentIds);
        Set<Long> removals = new HashSet<>(documentIds);
        List<IndexedDocument> upserts = new ArrayList<>(found.size());
        for (PublishedDocument d : found) {
            upserts.add(toIndexed(d));
            removals.remove(d.id());
        }
        backend.apply(upserts, removals);
    }

    /**
     * Events of publications a crash left incomplete at start (from before the index feed, decision 015): their
     * documents are indexed again; the feed covers everything since.
     */
    @Override
    public void prepare(List<Object> events) {
        List<Long> ids = events.stream().filter(CatalogueEvent.class::isInstance).map(CatalogueEvent.class::cast)
                .map(CatalogueEvent::documentId).distinct().toList();
        for (int from = 0; from < ids.size(); from += RECOVERY_PAGE) {
            reindex(ids.subList(from, Math.min(ids.size(), from + RECOVERY_PAGE)));
        }
        if (!ids.isEmpty()) {
            log.info("indexed {} documents of outstanding event publications", ids.size());
        }
    }

    @Override
    public void redelivered() {
        // nothing kept: the documents were indexed from the database state
    }

    /** Rebuilds the whole index from the database (system administrator; audited). */
    @Transactional
    public long rebuild() {
        long count = backend.rebuild(sink -> catalogue().forEachPublished(d -> sink.accept(toIndexed(d))));
        auditLog.success("SEARCH_INDEX_REBUILT", "SearchIndex", "documents", "重建全文检索索引，共 " + count + " 篇文件");
        return count;
    }

    /**
     * Once a day, on one instance: deletes the feed rows older than {@code gongkai.search.feed.retention} (default 7
     * days). A running instance's cursor is seconds behind the newest row; an instance stopped for longer than the
     * retention rebuilds its index at start ({@link IndexFollower#start()}).
     */
    @Scheduled(cron = "${gongkai.search.feed.prune-cron:0 40 3 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "search-feed-prune", lockAtMostFor = "PT30M")
    public void pruneFeed() {
        int pruned = follower.prune(clock.instant().minus(feedRetention));
        if (pruned > 0) {
            log.info("pruned {} rows of the index feed older than {}", pruned, feedRetention);
        }
    }

    /** At start, when the feed no longer holds the rows after the index's cursor: the whole index from the database. */
    private void rebuildBehindFeed() {
        long count = backend.rebuild(sink -> catalogue().forEachPublished(d -> sink.accept(toIndexed(d))));
        auditLog.recordAs("system", "SEARCH_INDEX_REBUILT", "SearchIndex", "documents", AuditLog.Outcome.SUCCESS,
                "启动时索引落后于已清理的索引变更记录（停机超过保留期），已自数据库重建，共 " + count + " 篇文件");
    }

    /** The rebuild of an index found empty at start ({@code EmptyIndexRebuild}): audited as the system when it indexed any. */
    @Transactional
    public long rebuildAtStart() {
        long count = backend.rebuild(sink -> catalogue().forEachPublished(d -> sink.accept(toIndexed(d))));
        if (count > 0) {
            auditLog.recordAs("system", "SEARCH_INDEX_REBUILT", "SearchIndex", "documents", AuditLog.Outcome.SUCCESS,
                    "启动时全文检索索引为空（恢复备份或导入数据后），已自数据库重建，共 " + count + " 篇文件");
        }
        return count;
    }

    public long indexedCount() {
        return backend.count();
    }

    private PublishedDocuments catalogue() {
        PublishedDocuments documents = published.getIfAvailable();
        if (documents == null) {
            throw new IllegalStateException("No PublishedDocuments implementation (catalogue module missing)");
        }
        return documents;
    }

    IndexedDocument toIndexed(PublishedDocument d) {
        String code = creditCodes.computeIfAbsent(d.publisherUnitId(),
                id -> units.findById(id).map(UnitDirectory.UnitView::creditCode).orElse("unit-" + id));
        String body = d.bodyText() == null ? "" : d.bodyText();
        if (d.attachmentText() != null && !d.attachmentText().isBlank()) {
            body = body + "\n\n" + d.attachmentText();
        }
        return new IndexedDocument(d.id(), d.indexNumber(), d.title(), d.summary(), body, code, d.publisherName(),
                d.documentNumber(), d.writtenOn(), d.publishedOn(), d.topic(), d.category(), d.genre(), d.keywords(),
                d.validity(), d.url(), d.local());
    }
}
