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
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
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
 * write returns; every write is also committed (fsync) before it returns, so what the caller was told is
 * indexed survives a crash.
 */
final class LuceneSearchBackend implements SearchBackend, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LuceneSearchBackend.class);
    /** Body and attachment text beyond this is not indexed. */
    static final int MAX_BODY = 1_000_000;
    private static final String PUBLISHED = "published_dv";
    private static final FieldType STORED_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);
    private static final FieldType WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        STORED_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        STORED_WITH_OFFSETS.freeze();
        WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        WITH_OFFSETS.freeze();
    }

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
    private final FacetsConfig facetsConfig = new FacetsConfig();
    private final boolean commitEveryWrite;
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

    LuceneSearchBackend(Path path, Analysis analysis, boolean commitEveryWrite) {
        this.analysis = analysis;
        this.commitEveryWrite = commitEveryWrite;
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
            writer.updateDocument(idTerm(document.id()), facetsConfig.build(toLucene(document)));
            written();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bulk loading without per-document commit (benchmark, rebuild): call {@link #flush()} at the end. */
    void add(IndexedDocument document) {
        try {
            writer.updateDocument(idTerm(document.id()), facetsConfig.build(toLucene(document)));
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
            long[] count = {0};
            source.accept(document -> {
                add(document);
                count[0]++;
            });
            flush();
            return count[0];
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

    private Document toLucene(IndexedDocument d) {
        Document doc = new Document();
        doc.add(new StringField("id", Long.toString(d.id()), Field.Store.YES));
        text(doc, "title", d.title(), true);
        text(doc, "keywords", String.join(" ", d.keywords()), false);
        text(doc, "summary", d.summary(), false);
        String body = d.body() == null ? "" : d.body();
        text(doc, "body", body.length() > MAX_BODY ? body.substring(0, MAX_BODY) : body, true);
        if (d.documentNumber() != null && !d.documentNumber().isBlank()) {
            doc.add(new StoredField("documentNumber", d.documentNumber()));
            doc.add(new StringField("docnum", DocumentNumbers.canonical(d.documentNumber()), Field.Store.NO));
            doc.add(new TextField("docnum_bg", d.documentNumber(), Field.Store.NO));
        }
        stored(doc, "indexNumber", d.indexNumber());
        stored(doc, "publisher", d.publisherName());
        stored(doc, "url", d.url());
        stored(doc, "writtenOn", d.writtenOn() == null ? null : d.writtenOn().toString());
        stored(doc, "publishedOn", d.publishedOn() == null ? null : d.publishedOn().toString());
        long published = d.publishedOn() == null ? 0 : d.publishedOn().toEpochDay();
        doc.add(new NumericDocValuesField(PUBLISHED, published));
        String topic1 = d.topic() == null ? null : d.topic().split("\\\\", 2)[0];
        filter(doc, "unit", d.publisherCode(), true);
        filter(doc, "topic", topic1, true);
        filter(doc, "topicFull", d.topic(), false);
        filter(doc, "category", d.category(), true);
        filter(doc, "year", d.publishedOn() == null ? null : Integer.toString(d.publishedOn().getYear()), true);
        filter(doc, "genre", d.genre(), true);
        filter(doc, "validity", d.validity(), true);
        return doc;
    }

    private static void text(Document doc, String field, String value, boolean storedForHighlight) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (SearchSemantics.FIELD_BOOSTS.containsKey(field)) { // the body has no smartcn field: see SearchSemantics
            doc.add(new TextField(field, value, Field.Store.NO));
        }
        doc.add(new Field(field + Analysis.BIGRAM_SUFFIX, value, storedForHighlight ? STORED_WITH_OFFSETS : WITH_OFFSETS));
    }

    private static void stored(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }

    /** Exact filter field {@code f_<name>} (stored), plus a facet when {@code facet}. */
    private static void filter(Document doc, String name, String value, boolean facet) {
        if (value == null || value.isBlank()) {
            return;
        }
        doc.add(new StringField("f_" + name, value, Field.Store.YES));
        if (facet) {
            doc.add(new SortedSetDocValuesFacetField(name, value));
        }
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
                Query query = withFilters(toQuery(plan), q);
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

    private Query toQuery(QueryPlan plan) {
        if (plan.matchAll()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (!plan.concepts().isEmpty()) {
            BooleanQuery.Builder concepts = new BooleanQuery.Builder();
            for (List<String> concept : plan.concepts()) {
                concepts.add(concept(concept), Occur.SHOULD);
            }
            concepts.setMinimumNumberShouldMatch(plan.minimumConcepts());
            BooleanQuery.Builder words = new BooleanQuery.Builder().add(concepts.build(), Occur.MUST);
            for (String optional : plan.optionalWords()) {
                words.add(concept(List.of(optional)), Occur.SHOULD);
            }
            any.add(words.build(), Occur.SHOULD);
        }
        for (String number : plan.documentNumbers()) {
            any.add(new BoostQuery(new TermQuery(new Term("docnum", number)), SearchSemantics.DOCUMENT_NUMBER_BOOST),
                    Occur.SHOULD);
        }
        return any.build();
    }

    /** A concept matches when any of its alternatives matches as a phrase in any field (best field wins). */
    private Query concept(List<String> alternatives) {
        List<Query> disjuncts = new ArrayList<>();
        for (String alternative : alternatives) {
            for (Map.Entry<String, Float> field : SearchSemantics.FIELD_BOOSTS.entrySet()) {
                Query phrase = phrase(field.getKey(), alternative);
                if (phrase != null) {
                    disjuncts.add(new BoostQuery(phrase, field.getValue()));
                }
            }
        }
        return new DisjunctionMaxQuery(disjuncts, 0.1f);
    }

    private Query phrase(String field, String text) {
        List<Analysis.Token> tokens = analysis.tokens(field, text);
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0).term()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        tokens.forEach(t -> phrase.add(new Term(field, t.term()), t.position()));
        return phrase.build();
    }

    private static Query withFilters(Query query, SearchQuery q) {
        if (!q.hasFilters()) {
            return query;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, Occur.MUST);
        filterClause(b, "f_unit", q.unit());
        if (q.topic() != null) {
            filterClause(b, q.topic().contains("\\") ? "f_topicFull" : "f_topic", q.topic());
        }
        filterClause(b, "f_category", q.category());
        filterClause(b, "f_year", q.year() == null ? null : q.year().toString());
        filterClause(b, "f_genre", q.genre());
        filterClause(b, "f_validity", q.validity());
        return b.build();
    }

    private static void filterClause(BooleanQuery.Builder b, String field, String value) {
        if (value != null) {
            b.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    private Query highlightQuery(QueryPlan plan) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String phrase : plan.highlightPhrases()) {
            for (String field : List.of(SearchSemantics.HIGHLIGHT_TITLE, SearchSemantics.HIGHLIGHT_BODY)) {
                Query q = phrase(field, phrase);
                if (q != null) {
                    b.add(q, Occur.SHOULD);
                }
            }
        }
        return b.build();
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
        Map<String, String[]> highlights = highlighter.highlightFields(fields, highlightQuery(plan), ids,
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
                    d.get("f_validity"), d.get("url"), snippet == null ? "" : snippet));
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
        }
    }
}
