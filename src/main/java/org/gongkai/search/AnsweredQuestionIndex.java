package org.gongkai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The answered questions in memory, for ranking (decision 018): a small Lucene index of their character bigrams, the
 * documents each was answered by, and how many answers point into each work. A question typed into search finds the
 * {@link #NEIGHBOURS} most similar answered ones; each answering document's score is multiplied by
 * {@code 1 + DOCUMENT_WEIGHT × Σ similarity / best similarity}, every document of a work with {@code n} answers by
 * {@code 1 + WORK_WEIGHT × ln(1 + n)}, and every document of a work that answered one of the similar questions once
 * more by {@code 1 + NEIGHBOUR_WORK_WEIGHT × Σ similarity / best similarity}. The database is the truth: every instance reloads when the table changed
 * (checked every few seconds), and at once after a change made through it.
 */
@Component
class AnsweredQuestionIndex {

    private static final Logger log = LoggerFactory.getLogger(AnsweredQuestionIndex.class);

    /** Similar answered questions consulted per question typed into search. */
    static final int NEIGHBOURS = 10;
    /**
     * Neighbours and weights, chosen on one fold of the 1,235 STARD questions (answers from the even half, questions
     * from the odd) with the harness {@code AnswerTuning} and checked on the other (docs/benchmarks.md, "Questions").
     */
    static final float DOCUMENT_WEIGHT = 0.3f;
    static final float WORK_WEIGHT = 0.15f;
    static final float NEIGHBOUR_WORK_WEIGHT = 0.1f;
    private static final String FIELD = "question" + Analysis.BIGRAM_SUFFIX;

    /** A similar answered question: its text, how similar (BM25), and the documents that answered it. */
    record Neighbour(long id, String question, float score, List<Long> documents) {}

    record Snapshot(String version, IndexSearcher searcher, Map<Long, String> questions,
            Map<Long, long[]> answers, Map<String, Float> workFactors, Map<Long, String> workOfDocument) {
        static final Snapshot EMPTY = new Snapshot("", null, Map.of(), Map.of(), Map.of(), Map.of());
    }

    private final JdbcClient jdbc;
    private final Analysis analysis;
    private volatile Snapshot snapshot = Snapshot.EMPTY;

    AnsweredQuestionIndex(JdbcClient jdbc, Analysis analysis) {
        this.jdbc = jdbc;
        this.analysis = analysis;
    }

    /** What the answered questions say about {@code text}; {@link AnswerFactors#NONE} when there are none. */
    AnswerFactors factors(String text) {
        return factors(current(), text, NEIGHBOURS, DOCUMENT_WEIGHT, NEIGHBOUR_WORK_WEIGHT);
    }

    AnswerFactors factors(Snapshot s, String text, int neighbourCount, float documentWeight,
            float neighbourWorkWeight) {
        if (s.searcher() == null) {
            return AnswerFactors.NONE;
        }
        List<Neighbour> neighbours = neighbours(s, text, neighbourCount);
        if (neighbours.isEmpty()) {
            return new AnswerFactors(Map.of(), s.workFactors());
        }
        float best = neighbours.get(0).score();
        Map<Long, Float> documents = new HashMap<>();
        for (Neighbour n : neighbours) {
            for (long document : n.documents()) {
                documents.merge(document, n.score() / best, Float::sum);
            }
        }
        documents.replaceAll((id, sum) -> 1 + documentWeight * sum);
        if (neighbourWorkWeight <= 0) {
            return new AnswerFactors(documents, s.workFactors());
        }
        Map<String, Float> near = new HashMap<>();
        for (Neighbour n : neighbours) {
            Set<String> works = new HashSet<>();
            for (long document : n.documents()) {
                String work = s.workOfDocument().get(document);
                if (work != null && works.add(work)) {
                    near.merge(work, n.score() / best, Float::sum);
                }
            }
        }
        Map<String, Float> works = new HashMap<>(s.workFactors());
        near.forEach((work, sum) -> works.merge(work, 1 + neighbourWorkWeight * sum, (a, b) -> a * b));
        return new AnswerFactors(documents, works);
    }

    /** The most similar answered questions, best first (not yet shown on the search page; a later 相似问题 list). */
    List<Neighbour> neighbours(String text, int max) {
        Snapshot s = current();
        return s.searcher() == null ? List.of() : neighbours(s, text, max);
    }

    private List<Neighbour> neighbours(Snapshot s, String text, int max) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        Set<String> seen = new HashSet<>();
        for (Analysis.Token token : analysis.tokens(FIELD, SearchSemantics.clean(text))) {
            if (seen.add(token.term()) && seen.size() <= BooleanQuery.getMaxClauseCount()) {
                query.add(new TermQuery(new Term(FIELD, token.term())), Occur.SHOULD);
            }
        }
        if (seen.isEmpty()) {
            return List.of();
        }
        try {
            List<Neighbour> out = new ArrayList<>();
            org.apache.lucene.index.StoredFields stored = s.searcher().storedFields();
            for (ScoreDoc hit : s.searcher().search(query.build(), max).scoreDocs) {
                long id = stored.document(hit.doc).getField("id").numericValue().longValue();
                out.add(new Neighbour(id, s.questions().get(id), hit.score,
                        java.util.Arrays.stream(s.answers().getOrDefault(id, new long[0])).boxed().toList()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == Snapshot.EMPTY) {
            refreshIfChanged();
            s = snapshot;
        }
        return s;
    }

    /** Reloads when another instance (or this one) changed the answered questions. */
    @Scheduled(fixedDelayString = "${gongkai.search.answered-refresh:PT5S}", initialDelayString = "PT5S")
    synchronized void refreshIfChanged() { // synchronized: concurrent first searches load once
        try {
            String version = version();
            if (!version.equals(snapshot.version())) {
                reload(version);
            }
        } catch (RuntimeException e) {
            log.warn("Could not reload the answered questions", e);
        }
    }

    /** Reloads now: called after a change made through this instance. */
    synchronized void reload() {
        reload(version());
    }

    private String version() {
        return jdbc.sql("SELECT COUNT(*) || ':' || COALESCE(MAX(id), 0) FROM search_answered_question")
                .query(String.class).single()
                + "/" + jdbc.sql("SELECT COUNT(*) FROM search_answered_link").query(Long.class).single();
    }

    private synchronized void reload(String version) {
        Map<Long, String> texts = new LinkedHashMap<>();
        jdbc.sql("SELECT id, question FROM search_answered_question ORDER BY id")
                .query(rs -> {
                    texts.put(rs.getLong(1), rs.getString(2));
                });
        Map<Long, List<Long>> links = new HashMap<>();
        Map<String, Integer> perWork = new HashMap<>();
        Map<Long, String> workOfDocument = new HashMap<>();
        jdbc.sql("SELECT question_id, document_id, work FROM search_answered_link").query(rs -> {
            links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            String work = rs.getString(3);
            if (work != null) {
                perWork.merge(work, 1, Integer::sum);
                workOfDocument.put(rs.getLong(2), work);
            }
        });
        snapshot = build(version, texts, links, perWork, workOfDocument, WORK_WEIGHT);
        log.info("Answered questions loaded: {} questions, {} works", texts.size(), perWork.size());
    }

    /** Builds a snapshot (package scope: also the benchmarks' tuning harness, with other weights). */
    Snapshot build(String version, Map<Long, String> texts, Map<Long, List<Long>> links,
            Map<String, Integer> perWork, Map<Long, String> workOfDocument, float workWeight) {
        if (texts.isEmpty()) {
            return new Snapshot(version, null, Map.of(), Map.of(), Map.of(), Map.of());
        }
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        Map<Long, long[]> answers = new HashMap<>();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analysis.perField()))) {
            for (Map.Entry<Long, String> q : texts.entrySet()) {
                Document doc = new Document();
                doc.add(new TextField(FIELD, q.getValue(), Field.Store.NO));
                doc.add(new StoredField("id", q.getKey()));
                writer.addDocument(doc);
                answers.put(q.getKey(), links.getOrDefault(q.getKey(), List.of()).stream().mapToLong(Long::longValue)
                        .toArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Float> workFactors = new HashMap<>();
        perWork.forEach((work, n) -> workFactors.put(work, (float) (1 + workWeight * Math.log1p(n))));
        try {
            return new Snapshot(version, new IndexSearcher(DirectoryReader.open(directory)), texts, answers,
                    Map.copyOf(workFactors), Map.copyOf(workOfDocument));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
