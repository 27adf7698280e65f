package org.gongkai.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * How {@link LuceneSearchBackend} writes many documents (issue #13): on every core, because analysis (smartcn,
 * bigrams) is most of indexing's CPU time and the {@code IndexWriter} takes documents from several threads at once;
 * and for a rebuild, pipelined, so the next page is read from the database while the previous one is indexed.
 */
final class IndexWriting implements AutoCloseable {

    /** Documents per write from which {@link #addAll} indexes on every core. */
    static final int PARALLEL_FROM = 64;
    /** Documents a rebuild hands to {@link #addAll} at a time. */
    static final int REBUILD_PAGE = 1_000;
    static final int THREADS = Runtime.getRuntime().availableProcessors();

    private final Consumer<IndexedDocument> add;
    private final ExecutorService helpers = Executors.newFixedThreadPool(Math.max(1, THREADS - 1), daemon("search-index"));

    IndexWriting(Consumer<IndexedDocument> add) {
        this.add = add;
    }

    /** Adds or replaces the documents, split over the calling thread and the helper threads. */
    void addAll(List<IndexedDocument> documents) {
        int parts = documents.size() < PARALLEL_FROM ? 1 : THREADS;
        int size = (documents.size() + parts - 1) / parts;
        List<Future<?>> others = new ArrayList<>();
        for (int p = 1; p < parts; p++) {
            List<IndexedDocument> part = documents.subList(Math.min(documents.size(), p * size),
                    Math.min(documents.size(), (p + 1) * size));
            others.add(helpers.submit(() -> part.forEach(add)));
        }
        documents.subList(0, Math.min(documents.size(), size)).forEach(add);
        others.forEach(IndexWriting::await);
    }

    /** Adds everything {@code source} feeds, a page at a time, reading the next page while one is indexed. */
    long pipelined(Consumer<Consumer<IndexedDocument>> source) {
        long[] count = {0};
        List<IndexedDocument> page = new ArrayList<>(REBUILD_PAGE);
        ExecutorService pipeline = Executors.newSingleThreadExecutor(daemon("search-rebuild"));
        List<Future<?>> inFlight = new ArrayList<>(1);
        try {
            source.accept(document -> {
                page.add(document);
                count[0]++;
                if (page.size() == REBUILD_PAGE) {
                    inFlight.forEach(IndexWriting::await);
                    inFlight.clear();
                    List<IndexedDocument> full = List.copyOf(page);
                    inFlight.add(pipeline.submit(() -> addAll(full)));
                    page.clear();
                }
            });
            inFlight.forEach(IndexWriting::await);
        } finally {
            pipeline.shutdownNow();
        }
        addAll(page);
        return count[0];
    }

    @Override
    public void close() {
        helpers.shutdown();
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
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
