package org.gongkai.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index following the catalogue (decision 009). Each {@link CatalogueEvent} is collected, inside the
 * publishing transaction, into that transaction's {@link IndexBatch}; right after the commit the batch is indexed
 * with one set-based read and one index commit, so a published document is searchable when the publishing request
 * returns and an import of thousands of documents costs one commit. Spring Modulith's event publication registry
 * stores each event's publication in the publishing transaction and marks it complete only when {@link #on} returns,
 * which is after the batch is durably indexed: a crash in between leaves publications incomplete, and at the next
 * start {@link #prepare} indexes all of them in pages (one commit each) before they are redelivered and completed.
 * A failed batch fails each publication, which {@code EventPublicationRecovery} retries.
 */
@Service
public class SearchIndexing implements OutstandingEvents {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);
    /** Documents per index commit when recovering or indexing outside a transaction. */
    static final int RECOVERY_PAGE = 2_000;

    private final SearchBackend backend;
    private final ObjectProvider<PublishedDocuments> published;
    private final UnitDirectory units;
    private final AuditLog auditLog;
    private final Map<Long, String> creditCodes = new ConcurrentHashMap<>();
    /** Documents indexed by {@link #prepare} whose publications are being redelivered at start. */
    private final Set<Long> recovered = ConcurrentHashMap.newKeySet();

    SearchIndexing(SearchBackend backend, ObjectProvider<PublishedDocuments> published, UnitDirectory units,
            AuditLog auditLog) {
        this.backend = backend;
        this.published = published;
        this.units = units;
        this.auditLog = auditLog;
    }

    /** In the publishing transaction: remember the document for the transaction's batch. */
    @EventListener
    void collect(CatalogueEvent event) {
        IndexBatch.collect(event.documentId(), this::reindex);
    }

    /** The persisted publication's listener: complete once the document's batch is durably indexed. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CatalogueEvent event) {
        long id = event.documentId();
        Optional<IndexBatch> batch = IndexBatch.holding(id);
        if (batch.isPresent()) {
            batch.get().indexIfPending();
            if (batch.get().state() == IndexBatch.State.FAILED) {
                throw new IllegalStateException("indexing the batch of document " + id + " failed");
            }
            return;
        }
        if (recovered.contains(id)) {
            return; // indexed in bulk at start, from the database state after this event
        }
        reindex(List.of(id)); // redelivered on its own (a retry of a failed publication)
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

    @Override
    public void prepare(List<Object> events) {
        List<Long> ids = events.stream().filter(CatalogueEvent.class::isInstance).map(CatalogueEvent.class::cast)
                .map(CatalogueEvent::documentId).distinct().toList();
        for (int from = 0; from < ids.size(); from += RECOVERY_PAGE) {
            List<Long> page = ids.subList(from, Math.min(ids.size(), from + RECOVERY_PAGE));
            reindex(page);
            recovered.addAll(page);
        }
        if (!ids.isEmpty()) {
            log.info("indexed {} documents of outstanding event publications", ids.size());
        }
    }

    @Override
    public void redelivered() {
        recovered.clear();
    }

    /** Rebuilds the whole index from the database (system administrator; audited). */
    @Transactional
    public long rebuild() {
        long count = backend.rebuild(sink -> catalogue().forEachPublished(d -> sink.accept(toIndexed(d))));
        auditLog.success("SEARCH_INDEX_REBUILT", "SearchIndex", "documents", "重建全文检索索引，共 " + count + " 篇文件");
        return count;
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
