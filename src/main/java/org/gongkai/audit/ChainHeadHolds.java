package org.gongkai.audit;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.ResourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which transaction of the current thread holds the audit chain's head (locked from an append until that transaction
 * ends, decision 004), and the records that must wait until it ends (docs/decisions/035-refusals-inside-an-outer-
 * transaction.md). A record that has to survive its caller's rollback is written in a transaction of its own, on
 * another connection: if the caller's transaction holds the head, that write would wait for its own caller — until
 * H2's lock timeout, or forever on PostgreSQL. So it waits in memory instead and is written right after the holder
 * ends, committed or rolled back. An append in a nested {@code REQUIRES_NEW} transaction while a suspended
 * transaction of the same thread holds the head would wait likewise: it fails at once with a clear message.
 */
final class ChainHeadHolds {

    private static final Logger log = LoggerFactory.getLogger(ChainHeadHolds.class);
    private static final ThreadLocal<Hold> HELD = new ThreadLocal<>();

    /** What transactions bind their connection to (the DataSource), or null if the manager does not say. */
    private final Object resourceKey;

    ChainHeadHolds(PlatformTransactionManager transactions) {
        this.resourceKey = transactions instanceof ResourceTransactionManager r ? r.getResourceFactory() : null;
    }

    /** Before locking the head: refuses when a suspended transaction of this thread holds it. */
    void beforeLock() {
        Hold hold = HELD.get();
        if (hold != null && hold.transaction != currentTransaction()) {
            throw new IllegalStateException("The audit chain head is held by a suspended transaction of this thread: an "
                    + "audited write in a nested REQUIRES_NEW transaction would wait for it (decision 035); write it in "
                    + "the outer transaction, or after it");
        }
    }

    /** After locking the head: the current transaction holds it until it commits or rolls back. */
    void locked() {
        Object transaction = currentTransaction();
        if (HELD.get() != null || transaction == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        Hold hold = new Hold(transaction);
        HELD.set(hold);
        TransactionSynchronizationManager.registerSynchronization(hold);
    }

    /**
     * Runs {@code write} now, or once the transaction of this thread that holds the head has ended; {@code what} names
     * the record in the log should that later write fail.
     */
    void whenReleased(String what, Runnable write) {
        Hold hold = HELD.get();
        if (hold == null) {
            write.run();
        } else {
            hold.waiting.add(new Waiting(what, write));
        }
    }

    private record Waiting(String what, Runnable write) {}

    private Object currentTransaction() {
        return resourceKey == null ? null : TransactionSynchronizationManager.getResource(resourceKey);
    }

    /**
     * Released first of all synchronizations, at the commit (before any after-commit listener writes records in a
     * new transaction of its own) or at the rollback; then the waiting records are written, each in its own
     * transaction.
     */
    private static final class Hold implements TransactionSynchronization {
        final Object transaction;
        final List<Waiting> waiting = new ArrayList<>();
        private boolean released;

        Hold(Object transaction) {
            this.transaction = transaction;
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }

        @Override
        public void afterCommit() {
            release();
        }

        @Override
        public void afterCompletion(int status) {
            release();
        }

        private void release() {
            if (released) {
                return;
            }
            released = true;
            if (HELD.get() == this) {
                HELD.remove();
            }
            for (Waiting w : waiting) {
                try {
                    w.write().run();
                } catch (RuntimeException e) { // the others are still written; the caller's outcome stands
                    log.error("The audit record {} waited for the chain head and could not be written", w.what(), e);
                }
            }
            waiting.clear();
        }
    }
}
