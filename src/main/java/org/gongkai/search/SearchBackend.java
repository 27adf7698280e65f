package org.gongkai.search;

import java.util.function.Consumer;

/**
 * The engine behind {@link DocumentSearch}: Lucene in the application now, OpenSearch later. Writes are searchable
 * when the call returns and durable at the next {@link #commit}, which records the index feed's cursor with them
 * (decision 015: after a crash, the feed rows after the committed cursor are indexed again).
 */
interface SearchBackend {

    /** Facet values for {@code unit} are credit codes; the service adds unit names as labels. */
    SearchResult search(QueryPlan plan);

    /** Adds or replaces a document. */
    void index(IndexedDocument document);

    void remove(long documentId);

    /**
     * Adds or replaces {@code upserts} and removes {@code removals}, searchable when the call returns (durable at the
     * next {@link #commit}): how a transaction's or a catch-up's documents are indexed together.
     */
    void apply(java.util.List<IndexedDocument> upserts, java.util.Collection<Long> removals);

    /** Makes every write so far durable, together with {@code data} (e.g. the index feed's cursor). */
    void commit(java.util.Map<String, String> data);

    /** The data of the last durable commit ({@link #commit}); empty for a new index. */
    java.util.Map<String, String> committedData();

    /** Replaces the whole index with what {@code source} feeds to the given sink; returns the count. */
    long rebuild(Consumer<Consumer<IndexedDocument>> source);

    long count();
}
