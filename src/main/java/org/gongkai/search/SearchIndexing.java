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
import java.util.function.Consumer;
import org.gongkai.common.OutstandingEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.gongkai.audit.AuditLog;
import org.gongkai.catalogue.CatalogueEvent;
import org.gongkai.catalogue.PublishedDocuments;
import org.gongkai.catalogue.PublishedDocuments.PublishedDocument;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.services.items.PublishedGuides;
import org.gongkai.services.items.PublishedGuides.PublishedGuide;
import org.gongkai.services.items.ServiceItemPublished;
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
 * Keeps the index following the catalogue and the published service guides (decisions 009, 015 and 032). Each
 * {@link CatalogueEvent} and {@link ServiceItemPublished} is collected, inside
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
    private final ObjectProvider<PublishedGuides> guides;
    private final UnitDirectory units;
    private final AuditLog auditLog;
    private final IndexFollower follower;
    private final Map<Long, String> creditCodes = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration feedRetention;

    SearchIndexing(SearchBackend backend, ObjectProvider<PublishedDocuments> published,
            ObjectProvider<PublishedGuides> guides, UnitDirectory units, AuditLog auditLog, JdbcClient jdbc, NamedParameterJdbcTemplate named, Clock clock,
            @Value("${gongkai.search.feed.poll-interval:PT1S}") Duration poll,
            @Value("${gongkai.search.commit-interval:PT5S}") Duration commit,
            @Value("${gongkai.search.feed.gap-timeout:PT30S}") Duration gapTimeout,
            @Value("${gongkai.search.feed.follow-others:true}") boolean followOthers,
            @Value("${gongkai.search.sync-limit:1000}") int syncLimit,
            @Value("${gongkai.search.feed.retention:P7D}") Duration feedRetention) {
        this.backend = backend;
        this.published = published;
        this.guides = guides;
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

    /** In the transaction that published a guide's version (decision 032): the same batch, by the item's index key. */
    @EventListener
    void collect(ServiceItemPublished event) {
        long key = IndexedDocument.key(IndexedDocument.Kind.SERVICE_ITEM, event.itemId());
        if (!IndexBatch.collect(key, follower)) {
            List<Long> keys = List.of(key);
            follower.committed(keys, follower.record(keys));
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

    /**
     * Indexes the public form of each record (by index key: documents and service guides, decision 032), and removes
     * those that are no longer public: one set-based read per kind and one index write.
     */
    void reindex(Collection<Long> keys) {
        List<Long> documentIds = new ArrayList<>();
        List<Long> itemIds = new ArrayList<>();
        for (long key : keys) {
            if (IndexedDocument.kindOf(key) == IndexedDocument.Kind.SERVICE_ITEM) {
                itemIds.add(-key);
            } else {
                documentIds.add(key);
            }
        }
        Set<Long> removals = new HashSet<>(keys);
        List<IndexedDocument> upserts = new ArrayList<>(keys.size());
        if (!documentIds.isEmpty()) {
            for (PublishedDocument d : catalogue().findPublished(documentIds)) {
                upserts.add(toIndexed(d));
                removals.remove(d.id());
            }
        }
        if (!itemIds.isEmpty()) {
            for (PublishedGuide g : serviceGuides().findPublished(itemIds)) {
                IndexedDocument indexed = toIndexed(g);
                upserts.add(indexed);
                removals.remove(indexed.id());
            }
        }
        backend.apply(upserts, removals);
    }

    /**
     * Events of publications a crash left incomplete at start (from before the index feed, decision 015): their
     * documents are indexed again; the feed covers everything since.
     */
    @Override
    public void prepare(List<Object> events) {
        List<Long> ids = events.stream().map(e -> e instanceof CatalogueEvent c ? c.documentId()
                : e instanceof ServiceItemPublished p ? IndexedDocument.key(IndexedDocument.Kind.SERVICE_ITEM, p.itemId())
                : null).filter(java.util.Objects::nonNull).distinct().toList();
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
        long[] counts = new long[2];
        long count = backend.rebuild(everything(counts));
        auditLog.success("SEARCH_INDEX_REBUILT", "SearchIndex", "documents", "重建全文检索索引，共 " + counted(counts));
        return count;
    }

    /**
     * What a rebuild indexes: every published document, then every published service guide, each read a page per
     * query; {@code counts} gets how many of each.
     */
    private Consumer<Consumer<IndexedDocument>> everything(long[] counts) {
        return sink -> {
            catalogue().forEachPublished(d -> {
                counts[0]++;
                sink.accept(toIndexed(d));
            });
            PublishedGuides items = guides.getIfAvailable();
            if (items != null) {
                items.forEachPublished(g -> {
                    counts[1]++;
                    sink.accept(toIndexed(g));
                });
            }
        };
    }

    private static String counted(long[] counts) {
        return counts[0] + " 篇文件、" + counts[1] + " 项办事指南";
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
        long[] counts = new long[2];
        backend.rebuild(everything(counts));
        auditLog.recordAs("system", "SEARCH_INDEX_REBUILT", "SearchIndex", "documents", AuditLog.Outcome.SUCCESS,
                "启动时索引落后于已清理的索引变更记录（停机超过保留期），已自数据库重建，共 " + counted(counts));
    }

    /** The rebuild of an index found empty at start ({@code EmptyIndexRebuild}): audited as the system when it indexed any. */
    @Transactional
    public long rebuildAtStart() {
        long[] counts = new long[2];
        long count = backend.rebuild(everything(counts));
        if (count > 0) {
            auditLog.recordAs("system", "SEARCH_INDEX_REBUILT", "SearchIndex", "documents", AuditLog.Outcome.SUCCESS,
                    "启动时全文检索索引为空（恢复备份或导入数据后），已自数据库重建，共 " + counted(counts));
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

    private PublishedGuides serviceGuides() {
        PublishedGuides items = guides.getIfAvailable();
        if (items == null) {
            throw new IllegalStateException("No PublishedGuides implementation (services module missing)");
        }
        return items;
    }

    /**
     * A guide as the index has it (decision 032): its name as title, its life events, type and kind as keywords, the
     * guide's conditions, materials, steps, legal basis, result, place and stations as body, its key facts stored.
     */
    static IndexedDocument toIndexed(PublishedGuide g) {
        StringBuilder body = new StringBuilder();
        section(body, "申请条件", g.conditions());
        section(body, "申请材料", String.join("；", g.materials()));
        section(body, "办理流程", g.steps());
        section(body, "设定依据", g.legalBasis());
        section(body, "办理结果", g.result());
        section(body, "承诺时限", g.promisedLimit() + "（法定时限" + g.statutoryLimit() + "）");
        section(body, "办理地点", g.place());
        section(body, "受理站点", String.join("；", g.stations()));
        List<String> keywords = new ArrayList<>(g.lifeEvents());
        keywords.add(g.type());
        keywords.add(g.kindLabel());
        return IndexedDocument.guide(g.id(), g.name(), null, body.toString(), g.unitCreditCode(), g.unitName(),
                g.publishedOn(), keywords.stream().filter(java.util.Objects::nonNull).toList(),
                new SearchResult.GuideFacts(g.code(), g.kindLabel(), g.promisedLimit(), g.place(), g.hours(),
                        g.phone(), g.url()));
    }

    private static void section(StringBuilder body, String label, String text) {
        if (text != null && !text.isBlank()) {
            body.append(label).append('：').append(text.strip()).append('\n');
        }
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
