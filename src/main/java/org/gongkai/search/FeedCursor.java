package org.gongkai.search;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;

/**
 * How far this instance's index has followed the index feed (decision 015). Every feed row up to {@link #cursor()}
 * is in the index (or was ignored on purpose); the cursor is what the index commit records, so after a crash the
 * rows after it are indexed again. Feed ids are given out when a transaction writes its rows, but transactions commit
 * in any order, so a row can become visible after rows with higher ids: the cursor passes an id only once it is done,
 * and a missing id (a transaction still committing, or one rolled back) only after it has been missing for the gap
 * timeout. The ids this instance wrote itself are known: they block the cursor until they are indexed, are never
 * skipped as gaps, and are retried by the follower when indexing them failed. Thread-safe.
 */
final class FeedCursor {

    private final long gapTimeoutNanos;
    private final LongSupplier nanoTime;
    private long cursor;
    /** Ids after the cursor that are done (indexed or ignored). */
    private final TreeSet<Long> done = new TreeSet<>();
    /** This instance's ids whose transaction is committing or whose documents are being indexed. */
    private final Set<Long> own = new HashSet<>();
    /** This instance's ids whose indexing failed: the follower indexes them again. */
    private final Set<Long> retry = new HashSet<>();
    private long gapAt = -1;
    private long gapSince;
    private boolean moved;

    FeedCursor(long cursor, long gapTimeoutNanos, LongSupplier nanoTime) {
        this.cursor = cursor;
        this.gapTimeoutNanos = gapTimeoutNanos;
        this.nanoTime = nanoTime;
    }

    synchronized long cursor() {
        return cursor;
    }

    /** Whether the cursor moved since the last call (the index has something new to commit). */
    synchronized boolean movedSinceLastAsked() {
        boolean m = moved;
        moved = false;
        return m;
    }

    /** Ids this instance has just written in a transaction that is committing. */
    synchronized void written(Collection<Long> ids) {
        own.addAll(ids);
    }

    /** Ids whose documents are in the index now (or that were rolled back, or are ignored). */
    synchronized void done(Collection<Long> ids) {
        own.removeAll(ids);
        retry.removeAll(ids);
        for (long id : ids) {
            if (id > cursor) {
                done.add(id);
            }
        }
        advance(nanoTime.getAsLong());
    }

    /** This instance's ids whose indexing failed. */
    synchronized void failed(Collection<Long> ids) {
        own.removeAll(ids);
        retry.addAll(ids);
    }

    /** Whether the follower should look at this row: not done, and not being indexed by its writer. */
    synchronized boolean open(long id) {
        return id > cursor && !done.contains(id) && !own.contains(id);
    }

    /** Whether the row is one of this instance's that failed (indexed again even when others' rows are ignored). */
    synchronized boolean retrying(long id) {
        return retry.contains(id);
    }

    /** After the follower has read the feed up to {@code lastSeen}: moves over gaps that are older than the timeout. */
    synchronized void read(long lastSeen) {
        long nowNanos = nanoTime.getAsLong();
        advance(nowNanos);
        if (lastSeen > cursor) {
            gap(nowNanos, lastSeen);
        }
    }

    synchronized List<Long> ownPending() {
        return List.copyOf(own);
    }

    private void advance(long nowNanos) {
        long before = cursor;
        while (!done.isEmpty() && done.first() <= cursor + 1) {
            cursor = Math.max(cursor, done.pollFirst());
        }
        if (cursor != before) {
            moved = true;
            if (gapAt <= cursor) {
                gapAt = -1;
            }
        }
        if (!done.isEmpty()) {
            gap(nowNanos, done.first());
        }
    }

    /** The ids between the cursor and {@code next} are missing: skip them once missing longer than the timeout. */
    private void gap(long nowNanos, long next) {
        long missing = cursor + 1;
        if (own.contains(missing) || retry.contains(missing)) {
            return; // this instance's own row: never skipped
        }
        if (gapAt != missing) {
            gapAt = missing;
            gapSince = nowNanos;
            return;
        }
        if (nowNanos - gapSince < gapTimeoutNanos) {
            return;
        }
        long upTo = next - 1;
        for (long id : own) {
            upTo = Math.min(upTo, id - 1);
        }
        for (long id : retry) {
            upTo = Math.min(upTo, id - 1);
        }
        if (upTo >= missing) {
            cursor = upTo;
            moved = true;
            gapAt = -1;
            advance(nowNanos);
        }
    }
}
