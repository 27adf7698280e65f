package org.gongkai.search;

import java.util.function.Consumer;

/**
 * The engine behind {@link DocumentSearch}: Lucene in the application now, OpenSearch later. Writes are durable
 * when the call returns (the event publication is marked complete only after that).
 */
interface SearchBackend {

    /** Facet values for {@code unit} are credit codes; the service adds unit names as labels. */
    SearchResult search(QueryPlan plan);

    /** Adds or replaces a document. */
    void index(IndexedDocument document);

    void remove(long documentId);

    /**
     * Adds or replaces {@code upserts} and removes {@code removals} as one durable write (one commit), searchable
     * when the call returns: how a transaction's or a recovery's documents are indexed together.
     */
    void apply(java.util.List<IndexedDocument> upserts, java.util.Collection<Long> removals);

    /** Replaces the whole index with what {@code source} feeds to the given sink; returns the count. */
    long rebuild(Consumer<Consumer<IndexedDocument>> source);

    long count();
}
