package org.gongkai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lucene in the application, index under {@code <data-dir>/index}. One {@link IndexWriter}; readers are
 * near-real-time ({@link SearcherManager}), refreshed after every write so a change is searchable when the
 * write returns. A write is a whole batch ({@link #apply}, indexed on every core): the documents of one transaction,
 * or of one page of the index feed. Writes are made durable by {@link #commit}, on a schedule and at shutdown, with
 * the index feed's cursor in the commit data (decision 015); {@code commitEveryWrite} (tests, benchmarks of the old
 * path) commits after every write instead.
 */
final class LuceneSearchBackend implements SearchBackend, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LuceneSearchBackend.class);
    /** Body and attachment text beyond this is not indexed. */
    static final int MAX_BODY = 1_000_000;
    static final String PUBLISHED = "published_dv";
    private final Analysis analysis;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ExecutorService queryThreads = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), runnable -> {
                Thread thread = new Thread(runnable, "search-slice");
                thread.setDaemon(true);
                return thread;
            });
    private final IndexWriting writing = new IndexWriting(this::add);
    private final FacetsConfig facetsConfig = new FacetsConfig();
    private final LuceneQueries queries;
    private final boolean commitEveryWrite;
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

    LuceneSearchBackend(Path path, Analysis analysis, boolean commitEveryWrite) {
        this.analysis = analysis;
        this.commitEveryWrite = commitEveryWrite;
        this.queries = new LuceneQueries(analysis);
        try {
            directory = FSDirectory.open(path);
            IndexWriterConfig config = new IndexWriterConfig(analysis.perField());
            config.setRAMBufferSizeMB(128);
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            writer = new IndexWriter(directory, config);
            writer.commit(); // a fresh index is readable at once
            // Each query searches the index's segment slices in parallel, one thread per core: on a large index a
            // broad query (100,000 hits counted into six facets) is CPU-bound, and this roughly halves its
            // latency on an otherwise idle machine. Throughput under load is unchanged.
            searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    return new IndexSearcher(reader, queryThreads);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + path, e);
        }
    }

    // ---------------------------------------------------------------- writing

    @Override
    public void index(IndexedDocument document) {
        try {
            writer.updateDocument(idTerm(document.id()), facetsConfig.build(LuceneDocuments.toLucene(document)));
            written();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void apply(List<IndexedDocument> upserts, java.util.Collection<Long> removals) {
        try {
            writing.addAll(upserts);
            for (long id : removals) {
                writer.deleteDocuments(idTerm(id));
            }
            written();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void commit(Map<String, String> data) {
        try {
            writer.setLiveCommitData(new LinkedHashMap<>(data).entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> committedData() {
        try {
            return org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getUserData();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bulk loading without per-document commit (benchmark, rebuild): call {@link #flush()} at the end. */
    void add(IndexedDocument document) {
        try {
            writer.updateDocument(idTerm(document.id()), facetsConfig.build(LuceneDocuments.toLucene(document)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void flush() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void remove(long documentId) {
        try {
            writer.deleteDocuments(idTerm(documentId));
            written();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized long rebuild(Consumer<Consumer<IndexedDocument>> source) {
        try {
            writer.deleteAll();
            long count = writing.pipelined(source);
            flush();
            return count;
        } catch (IOException | RuntimeException e) {
            try {
                writer.rollback(); // back to the last commit: the old index stays searchable
            } catch (IOException ignored) {
                // the writer is closed by rollback; a restart reopens the index
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    @Override
    public long count() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void written() throws IOException {
        if (commitEveryWrite) {
            writer.commit();
        }
        searchers.maybeRefreshBlocking();
    }

    private static Term idTerm(long id) {
        return new Term("id", Long.toString(id));
    }

    // ---------------------------------------------------------------- searching

    @Override
    public SearchResult search(QueryPlan plan) {
        SearchQuery q = plan.query();
        if (plan.matchNothing()) {
            return SearchResult.empty(q);
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                if (searcher.getIndexReader().numDocs() == 0) {
                    return SearchResult.empty(q);
                }
                Query query = LuceneQueries.withKind(LuceneQueries.withFilters(queries.toQuery(plan), q), plan.kind());
                Sort sort = q.sort() == SearchQuery.Sort.DATE || plan.matchAll()
                        ? new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true), SortField.FIELD_SCORE)
                        : new Sort(SortField.FIELD_SCORE, new SortField(PUBLISHED, SortField.Type.LONG, true));
                int wanted = q.page() * q.size();
                FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query, wanted,
                        sort, true, new FacetsCollectorManager());
                long total = 0;
                for (FacetsCollector.MatchingDocs m : result.facetsCollector().getMatchingDocs()) {
                    total += m.totalHits;
                }
                TopDocs top = result.topDocs();
                int from = Math.min((q.page() - 1) * q.size(), top.scoreDocs.length);
                ScoreDoc[] pageDocs = java.util.Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
                List<SearchResult.Hit> items = hits(searcher, plan, pageDocs);
                return new SearchResult(total, q.page(), q.size(), items, facets(searcher, result.facetsCollector()));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<SearchResult.Hit> hits(IndexSearcher searcher, QueryPlan plan, ScoreDoc[] docs) throws IOException {
        if (docs.length == 0) {
            return List.of();
        }
        int[] ids = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            ids[i] = docs[i].doc;
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analysis.perField())
                .withFormatter(new MarkFormatter())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.CHINA), 80, 0.5f))
                .withMaxLength(MAX_BODY)
                .build();
        String[] fields = {SearchSemantics.HIGHLIGHT_TITLE, SearchSemantics.HIGHLIGHT_BODY};
        Map<String, String[]> highlights = highlighter.highlightFields(fields, queries.highlightQuery(plan), ids,
                new int[] {1, 2});
        List<SearchResult.Hit> hits = new ArrayList<>();
        var stored = searcher.storedFields();
        for (int i = 0; i < docs.length; i++) {
            Document d = stored.document(docs[i].doc);
            String title = d.get(SearchSemantics.HIGHLIGHT_TITLE);
            String titleHtml = highlights.get(SearchSemantics.HIGHLIGHT_TITLE)[i];
            String snippet = highlights.get(SearchSemantics.HIGHLIGHT_BODY)[i];
            hits.add(new SearchResult.Hit(Long.parseLong(d.get("id")), d.get("indexNumber"), title,
                    titleHtml == null ? org.springframework.web.util.HtmlUtils.htmlEscape(title == null ? "" : title) : titleHtml,
                    d.get("publisher"), d.get("f_unit"), d.get("documentNumber"), date(d.get("writtenOn")),
                    date(d.get("publishedOn")), d.get("f_topicFull"), d.get("f_category"), d.get("f_genre"),
                    d.get("f_validity"), d.get("url"), snippet == null ? "" : snippet, LuceneDocuments.guide(d)));
        }
        return hits;
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }

    private Map<String, List<SearchResult.FacetValue>> facets(IndexSearcher searcher, FacetsCollector collector)
            throws IOException {
        SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
        Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
        if (state == null) {
            return facets;
        }
        Facets counts = new SortedSetDocValuesFacetCounts(state, collector);
        for (String dim : SearchResult.FACET_DIMENSIONS) {
            List<SearchResult.FacetValue> values = new ArrayList<>();
            try {
                FacetResult result = counts.getTopChildren(dim.equals("year") ? 50 : 30, dim);
                if (result != null) {
                    for (LabelAndValue lv : result.labelValues) {
                        values.add(new SearchResult.FacetValue(lv.label, lv.label, lv.value.longValue()));
                    }
                }
            } catch (IllegalArgumentException noSuchDimension) {
                // no document has this dimension yet
            }
            if (dim.equals("year")) {
                values.sort((a, b) -> b.value().compareTo(a.value()));
            }
            facets.put(dim, values);
        }
        return facets;
    }

    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader() == reader) {
            return current.state();
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        } catch (IllegalArgumentException noFacetsYet) {
            state = null;
        }
        facetState = new FacetState(reader, state);
        return state;
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            if (writer.isOpen()) {
                writer.commit();
                writer.close();
            }
            directory.close();
        } catch (IOException e) {
            log.warn("Closing the search index failed", e);
        } finally {
            queryThreads.shutdown();
            writing.close();
        }
    }
}
