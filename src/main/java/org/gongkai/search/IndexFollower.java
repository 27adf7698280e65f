package org.gongkai.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this instance's index following the index feed (decision 015). A transaction's documents are written to the
 * feed in that transaction; after the commit they are indexed at once — on the committing thread for a small batch
 * (an editor's action is searchable when the request returns), on the background indexer for a large one (an import
 * returns when its rows are committed and is searchable seconds later, while the next request is written). Every
 * {@code poll} the follower reads the feed after its cursor: documents another instance changed are indexed (when
 * {@code followOthers}), this instance's documents whose indexing failed are indexed again. Every {@code commit}
 * the index is committed with the cursor in its commit data (and at shutdown); at start the rows after the committed
 * cursor are indexed again, which is what makes a crash lose nothing.
 */
final class IndexFollower {

    private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);
    static final String CURSOR = "gongkai.feed-cursor";
    /** Feed rows read per query; documents indexed per index write when catching up. */
    static final int PAGE = 2_000;

    record Settings(Duration poll, Duration commit, Duration gapTimeout, boolean followOthers, int syncLimit) {}

    private final IndexFeed feed;
    private final SearchBackend backend;
    private final Consumer<Collection<Long>> indexer;
    private final Settings settings;
    private final Runnable rebuild;
    private final Object passLock = new Object();
    private volatile FeedCursor cursor;
    private ScheduledExecutorService timer;
    private ExecutorService background;

    IndexFollower(IndexFeed feed, SearchBackend backend, Consumer<Collection<Long>> indexer, Runnable rebuild,
            Settings settings) {
        this.feed = feed;
        this.rebuild = rebuild;
        this.backend = backend;
        this.indexer = indexer;
        this.settings = settings;
    }

    /**
     * At start: takes the cursor of the last index commit and indexes every feed row after it (the changes a crash
     * may have lost); an index without a cursor (new, or from before the feed) follows from the newest row. An index
     * whose cursor is older than the oldest row the feed still holds (the instance was stopped for longer than the
     * feed's retention) is rebuilt from the database, then follows from the row that was newest before the rebuild.
     */
    void start() {
        String committed = backend.committedData().get(CURSOR);
        long from = committed == null ? feed.last() : Long.parseLong(committed);
        if (committed != null && feed.missesRowsAfter(from)) {
            long newest = feed.last();
            log.warn("the index feed no longer holds the rows after this index's cursor {}: rebuilding the index", from);
            rebuild.run();
            from = newest;
        }
        cursor = new FeedCursor(from, settings.gapTimeout().toNanos(), System::nanoTime);
        long replayed = catchUp(true);
        if (replayed > 0) {
            log.info("indexed {} documents of the index feed after the index's last commit", replayed);
        }
        commit(); // the cursor of a new index is durable from now on
        timer = Executors.newSingleThreadScheduledExecutor(daemon("search-feed"));
        timer.scheduleWithFixedDelay(this::pollQuietly, settings.poll().toMillis(), settings.poll().toMillis(),
                TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::commitQuietly, settings.commit().toMillis(),
                settings.commit().toMillis(), TimeUnit.MILLISECONDS);
        background = Executors.newSingleThreadExecutor(daemon("search-indexer"));
    }

    /** At shutdown: finishes the background indexing, then commits the index with the cursor. */
    void stop() {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        background.shutdown();
        try {
            if (!background.awaitTermination(2, TimeUnit.MINUTES)) {
                log.warn("background indexing did not finish; the index feed is replayed at the next start");
            }
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        commit();
    }

    /** Deletes the feed rows recorded before {@code before}; answers how many. */
    int prune(java.time.Instant before) {
        return feed.prune(before);
    }

    /** In the publishing transaction: writes the documents to the feed; answers the feed ids. */
    List<Long> record(Collection<Long> documentIds) {
        List<Long> ids = feed.record(documentIds);
        FeedCursor c = cursor;
        if (c != null) {
            c.written(ids);
        }
        return ids;
    }

    /** After the transaction committed: indexes its documents, here or on the background indexer. */
    void committed(Collection<Long> documentIds, List<Long> feedIds) {
        if (background == null || documentIds.size() <= settings.syncLimit()) {
            index(documentIds, feedIds);
            return;
        }
        background.execute(() -> {
            try {
                index(documentIds, feedIds);
            } catch (RuntimeException e) {
                // logged by index(); the follower retries the rows
            }
        });
    }

    /** The transaction rolled back: its feed rows never existed. */
    void rolledBack(List<Long> feedIds) {
        FeedCursor c = cursor;
        if (c != null) {
            c.done(feedIds);
        }
    }

    private void index(Collection<Long> documentIds, List<Long> feedIds) {
        try {
            indexer.accept(documentIds);
        } catch (RuntimeException e) {
            FeedCursor c = cursor;
            if (c != null) {
                c.failed(feedIds);
            }
            log.warn("indexing {} documents after commit failed; the index feed retries them: {}",
                    documentIds.size(), e.toString());
            throw e;
        }
        FeedCursor c = cursor;
        if (c != null) {
            c.done(feedIds);
        }
    }

    /** One pass over the feed after the cursor (also what tests call instead of waiting for the timer). */
    long catchUp(boolean everything) {
        synchronized (passLock) {
            FeedCursor c = cursor;
            long after = c.cursor();
            long indexed = 0;
            while (true) {
                List<IndexFeed.Change> rows = feed.after(after, PAGE);
                if (rows.isEmpty()) {
                    break;
                }
                Set<Long> documents = new LinkedHashSet<>();
                List<Long> taken = new ArrayList<>();
                List<Long> ignored = new ArrayList<>();
                for (IndexFeed.Change row : rows) {
                    if (!c.open(row.id())) {
                        continue;
                    }
                    if (everything || settings.followOthers() || c.retrying(row.id())) {
                        documents.add(row.documentId());
                        taken.add(row.id());
                    } else {
                        ignored.add(row.id());
                    }
                }
                if (!documents.isEmpty()) {
                    index(documents, taken);
                    indexed += documents.size();
                }
                c.done(ignored);
                after = rows.get(rows.size() - 1).id();
                if (rows.size() < PAGE) {
                    break;
                }
            }
            c.read(after);
            return indexed;
        }
    }

    /** Commits the index with the cursor when it moved. */
    void commit() {
        FeedCursor c = cursor;
        if (c == null) {
            return;
        }
        synchronized (passLock) {
            long at = c.cursor(); // every row up to here is in the writer before the commit starts
            c.movedSinceLastAsked();
            backend.commit(Map.of(CURSOR, Long.toString(at)));
        }
    }

    long cursor() {
        return cursor == null ? 0 : cursor.cursor();
    }

    private void pollQuietly() {
        try {
            catchUp(false);
        } catch (RuntimeException e) {
            log.warn("following the index feed failed; trying again: {}", e.toString());
        }
    }

    private void commitQuietly() {
        try {
            if (cursor.movedSinceLastAsked()) {
                commit();
            }
        } catch (RuntimeException e) {
            log.warn("committing the search index failed; trying again: {}", e.toString());
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
