package org.gongkai.search;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The documents one transaction changed, indexed together right after it commits: one set-based read and one index
 * commit for the whole transaction, however many documents it published (an import of 5,000 rows). Registered as a
 * transaction synchronization that runs before every after-commit listener, so when the persisted publication of each
 * {@code CatalogueEvent} reaches {@link SearchIndexing}, its document is already durably indexed and the publication
 * is marked complete; if indexing failed, each listener call fails and its publication is retried (decision 009).
 * Synchronizations are per transaction (suspended with it), so a nested {@code REQUIRES_NEW} transaction has its own.
 * After-commit listeners run in the transaction's after-completion phase, when the synchronizations are no longer
 * listed; the committed batch is therefore handed to them through a thread-local that lives exactly as long as that
 * phase (set in {@link #afterCommit}, cleared by a synchronization that runs after every listener).
 */
final class IndexBatch implements TransactionSynchronization {

    private static final Logger log = LoggerFactory.getLogger(IndexBatch.class);

    enum State { COLLECTING, INDEXED, FAILED }

    private static final ThreadLocal<IndexBatch> COMMITTED = new ThreadLocal<>();

    private final Set<Long> ids = new LinkedHashSet<>();
    private final Consumer<Collection<Long>> indexer;
    private volatile State state = State.COLLECTING;

    private IndexBatch(Consumer<Collection<Long>> indexer) {
        this.indexer = indexer;
    }

    /** Adds a document to the current transaction's batch; false when no transaction is active. */
    static boolean collect(long documentId, Consumer<Collection<Long>> indexer) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return false;
        }
        IndexBatch batch = current().orElseGet(() -> {
            IndexBatch created = new IndexBatch(indexer);
            TransactionSynchronizationManager.registerSynchronization(created);
            return created;
        });
        batch.ids.add(documentId);
        return true;
    }

    /** The batch holding the document, of the transaction that is committing on this thread, if any. */
    static Optional<IndexBatch> holding(long documentId) {
        IndexBatch committed = COMMITTED.get();
        if (committed != null && committed.contains(documentId)) {
            return Optional.of(committed);
        }
        return current().filter(b -> b.contains(documentId));
    }

    /** The batch of the open transaction (or of the one whose after-commit phase is running), if any. */
    private static Optional<IndexBatch> current() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return Optional.empty();
        }
        return TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(IndexBatch.class::isInstance).map(IndexBatch.class::cast).findFirst();
    }

    boolean contains(long documentId) {
        return ids.contains(documentId);
    }

    State state() {
        return state;
    }

    int size() {
        return ids.size();
    }

    /** Indexes the batch now if the after-commit phase has not done it yet (e.g. a listener ran first). */
    void indexIfPending() {
        if (state == State.COLLECTING) {
            afterCommit();
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void afterCommit() {
        if (state != State.COLLECTING) {
            return;
        }
        try {
            indexer.accept(ids);
            state = State.INDEXED;
        } catch (RuntimeException e) { // the data is committed: never fail the request; the publications retry
            state = State.FAILED;
            log.warn("indexing {} documents after commit failed; their event publications will be retried: {}",
                    ids.size(), e.toString());
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            COMMITTED.set(this);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public int getOrder() {
                    return Ordered.LOWEST_PRECEDENCE; // registered last: runs after every listener's
                }

                @Override
                public void afterCompletion(int status) {
                    COMMITTED.remove();
                }
            });
        }
    }
}
