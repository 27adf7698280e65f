package org.gongkai.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
import org.apache.lucene.store.FSDirectory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search quality on real layperson questions (issue #10), COMPONENT LEVEL: the 64,665 national law articles of
 * {@code ../shared/data/corpus/laws/national_articles.jsonl} are indexed straight into the real
 * {@link LuceneSearchBackend} (no HTTP, no database) and the 1,235 questions of {@code corpus/stard-train} are asked
 * through the real {@link SearchSemantics}; the baseline is a plain BM25 over character bigrams (one field, title +
 * text, each bigram of the question a SHOULD clause) over the same articles, computed in the same run. Prints MRR@10
 * and recall@10 of both. An article becomes a document titled "《law》第X条", its chapter heading as summary, its
 * text as body; {@link QuestionEndToEndBenchmark} measures the same through the import API and
 * {@code GET /api/v1/documents}. Run:
 * <pre>MAVEN_OPTS="-Xmx2g" ./mvnw -q -P '!axe-core' test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.gongkai.search.QuestionBenchmark</pre>
 * {@code -Dcorpus=/path/to/data/corpus} if the data is elsewhere; {@code -Dexec.args="N"} asks only the first N.
 */
public final class QuestionBenchmark {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** One article as a document: title "《law》第X条", summary its chapter heading, body the article's text. */
    record Article(String aid, String law, String chapter, String article, String text) {
        String title() {
            return "《" + law + "》" + article;
        }
    }

    record Question(String qid, String text, Set<String> relevant) {}

    /** MRR@10 and recall@10 over the questions, and how many found nothing at all. */
    record Score(double mrr, double recall, int empty, int questions) {
        @Override
        public String toString() {
            return "MRR@10 %.3f, recall@10 %.3f, no result for %d of %d".formatted(mrr, recall, empty, questions);
        }
    }

    public static void main(String[] args) throws Exception {
        Path corpus = corpusDir();
        List<Article> articles = articles(corpus.resolve("laws/national_articles.jsonl"));
        List<Question> questions = questions(corpus.resolve("stard-train/train.jsonl"));
        if (args.length > 0) {
            questions = questions.subList(0, Math.min(questions.size(), Integer.parseInt(args[0])));
        }
        System.out.printf("articles %,d, questions %,d%n", articles.size(), questions.size());
        Path work = Files.createTempDirectory("gongkai-questions-");

        Analysis analysis = new Analysis();
        SearchSemantics semantics = new SearchSemantics(analysis);
        LuceneSearchBackend backend = new LuceneSearchBackend(work.resolve("index"), analysis, false);
        long t0 = System.nanoTime();
        for (int i = 0; i < articles.size(); i++) {
            backend.add(document(i + 1, articles.get(i)));
        }
        backend.flush();
        System.out.printf("project index built in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        Score project = score(questions, q -> {
            SearchQuery query = new SearchQuery(q, null, null, null, null, null, null, SearchQuery.Sort.RELEVANCE, 1,
                    10);
            return backend.search(semantics.plan(query, SearchBenchmark.SYNONYMS)).items().stream()
                    .map(h -> articles.get((int) h.id() - 1).aid()).toList();
        });

        try (Bm25Bigrams baseline = new Bm25Bigrams(work.resolve("baseline"), articles, false)) {
            Score plain = score(questions, baseline::search);
            System.out.println("project:  " + project);
            System.out.println("baseline: " + plain + " (plain BM25 over character bigrams)");
            System.out.printf("ratio MRR@10 project / baseline: %.2f%n", project.mrr() / plain.mrr());
        }
        backend.close();
    }

    static IndexedDocument document(long id, Article a) {
        return new IndexedDocument(id, "Q-" + id, a.title(), a.chapter().isBlank() ? null : a.chapter(), a.text(), "BENCH", "全国人民代表大会", null,
                LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1), "综合政务\\其他", "法律", "法律", List.of(), "有效",
                "/openness/documents/" + id);
    }

    static Score score(List<Question> questions, Function<String, List<String>> search) {
        double rr = 0;
        double recall = 0;
        int empty = 0;
        for (Question q : questions) {
            List<String> top = search.apply(q.text());
            if (top.isEmpty()) {
                empty++;
            }
            int found = 0;
            for (int rank = 0; rank < Math.min(10, top.size()); rank++) {
                if (q.relevant().contains(top.get(rank))) {
                    if (found == 0) {
                        rr += 1.0 / (rank + 1);
                    }
                    found++;
                }
            }
            recall += (double) found / q.relevant().size();
        }
        return new Score(rr / questions.size(), recall / questions.size(), empty, questions.size());
    }

    static Path corpusDir() {
        String given = System.getProperty("corpus");
        if (given != null) {
            return Path.of(given);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/data/corpus");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            candidate = p.resolve("../shared/data/corpus").normalize();
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("corpus not found: pass -Dcorpus=/path/to/shared/data/corpus");
    }

    static List<Article> articles(Path file) throws IOException {
        List<Article> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                JsonNode n = JSON.readTree(line);
                out.add(new Article(n.get("aid").asString(), n.get("law").asString(), n.path("chapter").asString(""), n.get("article").asString(),
                        n.get("text").asString()));
            }
        }
        return out;
    }

    static List<Question> questions(Path file) throws IOException {
        List<Question> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode n = JSON.readTree(line);
            Set<String> relevant = new LinkedHashSet<>();
            n.get("relevant").forEach(r -> relevant.add(r.asString()));
            out.add(new Question(n.get("qid").asString(), n.get("question").asString(), relevant));
        }
        return out;
    }

    /** The baseline: one text field analysed into character bigrams, Lucene's default BM25, OR of the bigrams. */
    static final class Bm25Bigrams implements AutoCloseable {
        private final Analyzer bigrams;
        private final FSDirectory directory;
        private final DirectoryReader reader;
        private final IndexSearcher searcher;

        /** @param withChapter whether the article's chapter heading is part of its text too */
        Bm25Bigrams(Path dir, List<Article> articles, boolean withChapter) throws IOException {
            bigrams = CustomAnalyzer.builder().withTokenizer(StandardTokenizerFactory.NAME)
                    .addTokenFilter(CJKWidthFilterFactory.NAME).addTokenFilter(LowerCaseFilterFactory.NAME)
                    .addTokenFilter(CJKBigramFilterFactory.NAME).build();
            directory = FSDirectory.open(dir);
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(bigrams))) {
                for (Article a : articles) {
                    Document d = new Document();
                    d.add(new StoredField("aid", a.aid()));
                    d.add(new TextField("text", a.title() + "\n" + (withChapter ? a.chapter() + "\n" : "") + a.text(),
                            Field.Store.NO));
                    writer.addDocument(d);
                }
            }
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
        }

        List<String> search(String question) {
            try {
                BooleanQuery.Builder q = new BooleanQuery.Builder();
                Map<String, Boolean> seen = new HashMap<>();
                try (TokenStream ts = bigrams.tokenStream("text", question)) {
                    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                    ts.reset();
                    while (ts.incrementToken()) {
                        if (seen.putIfAbsent(term.toString(), true) == null && seen.size() <= 1000) {
                            q.add(new TermQuery(new Term("text", term.toString())), Occur.SHOULD);
                        }
                    }
                    ts.end();
                }
                List<String> out = new ArrayList<>();
                for (ScoreDoc sd : searcher.search(q.build(), 10).scoreDocs) {
                    out.add(searcher.storedFields().document(sd.doc).get("aid"));
                }
                return out;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            reader.close();
            directory.close();
        }
    }
}
