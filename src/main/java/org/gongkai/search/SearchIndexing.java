package org.gongkai.search;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * Keeps the index following the catalogue. The listener runs synchronously after the publishing transaction
 * commits, so a document is searchable when the publishing request returns. Spring Modulith's event
 * publication registry stores the publication in that same transaction and marks it complete only when this
 * listener returns normally; the backend commits the index before returning. A crash (or failure) in between
 * leaves the publication incomplete: it is delivered again on the next start, and a failed one also by
 * {@code EventPublicationRecovery} every few minutes. Deliberately not an asynchronous
 * {@code @ApplicationModuleListener} (as other modules' listeners are): editors and tests rely on a published
 * document being searchable when the publishing request returns (issue #9).
 */
@Service
public class SearchIndexing {

    private final SearchBackend backend;
    private final ObjectProvider<PublishedDocuments> published;
    private final UnitDirectory units;
    private final AuditLog auditLog;
    private final Map<Long, String> creditCodes = new ConcurrentHashMap<>();

    SearchIndexing(SearchBackend backend, ObjectProvider<PublishedDocuments> published, UnitDirectory units,
            AuditLog auditLog) {
        this.backend = backend;
        this.published = published;
        this.units = units;
        this.auditLog = auditLog;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CatalogueEvent event) {
        reindex(event.documentId());
    }

    /** Indexes the document's public form, or removes it when it is no longer public. */
    void reindex(long documentId) {
        catalogue().findPublished(documentId).ifPresentOrElse(
                d -> backend.index(toIndexed(d)),
                () -> backend.remove(documentId));
    }

    /** Rebuilds the whole index from the database (system administrator; audited). */
    @Transactional
    public long rebuild() {
        long count = backend.rebuild(sink -> catalogue().forEachPublished(d -> sink.accept(toIndexed(d))));
        auditLog.success("SEARCH_INDEX_REBUILT", "SearchIndex", "documents", "重建全文检索索引，共 " + count + " 篇文件");
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
                d.validity(), d.url());
    }
}
