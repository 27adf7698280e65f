package org.gongkai.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The documents one transaction changed (decisions 009 and 015): written to the index feed just before the
 * transaction commits (one JDBC batch, in the transaction, so the feed holds them exactly when the catalogue does),
 * and indexed together right after it commits — one set-based read and one index write for the whole transaction,
 * however many documents it published (an import of 5,000 rows). Synchronizations are per transaction (suspended
 * with it), so a nested {@code REQUIRES_NEW} transaction has its own batch.
 */
final class IndexBatch implements TransactionSynchronization {

    private final Set<Long> ids = new LinkedHashSet<>();
    private final IndexFollower follower;
    private final List<Long> feedIds = new ArrayList<>();
    private boolean recorded;

    private IndexBatch(IndexFollower follower) {
        this.follower = follower;
    }

    /** Adds a document to the current transaction's batch; false when no transaction is active. */
    static boolean collect(long documentId, IndexFollower follower) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return false;
        }
        IndexBatch batch = current().orElseGet(() -> {
            IndexBatch created = new IndexBatch(follower);
            TransactionSynchronizationManager.registerSynchronization(created);
            return created;
        });
        if (batch.ids.add(documentId) && batch.recorded) {
            batch.feedIds.addAll(follower.record(List.of(documentId))); // published while the commit is prepared
        }
        return true;
    }

    private static Optional<IndexBatch> current() {
        return TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(IndexBatch.class::isInstance).map(IndexBatch.class::cast).findFirst();
    }

    int size() {
        return ids.size();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after other synchronizations that may still publish
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        feedIds.addAll(follower.record(ids));
        recorded = true;
    }

    @Override
    public void afterCommit() {
        try {
            follower.committed(List.copyOf(ids), List.copyOf(feedIds));
        } catch (RuntimeException e) {
            // the data is committed: never fail the request; the follower indexes the rows again (logged there)
        }
    }

    @Override
    public void afterCompletion(int status) {
        if (status != STATUS_COMMITTED) {
            follower.rolledBack(List.copyOf(feedIds));
        }
    }
}
