package org.gongkai.search;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.gongkai.GongkaiApplication;
import org.gongkai.identity.ApiTokenService;
import org.gongkai.search.QuestionBenchmark.Article;
import org.gongkai.search.QuestionBenchmark.Question;
import org.gongkai.search.QuestionBenchmark.Score;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Search quality on real layperson questions (issue #10), END TO END: starts the real application (test profile: a
 * fresh in-memory H2, or PostgreSQL with {@code -Dgongkai.test.datasource-url=…}), imports the 64,665 national law
 * articles of {@code ../shared/data/corpus/laws/national_articles.jsonl} through {@code POST
 * /api/v1/staff/documents/import} (JSON lines, 5,000 rows a request) and asks the 1,235 questions of
 * {@code corpus/stard-train} through {@code GET /api/v1/documents} (first page, 10 results). An article becomes a
 * document titled "《law》第X条", its chapter heading as the summary, its text as the body, validity 失效 when its law
 * is marked expired in {@code laws/national.jsonl}, and the 索引号 {@code STARD-<row>} by which results are mapped
 * back to the article. The baseline, computed in the same run over the same articles, is a plain BM25 over
 * character bigrams (Lucene defaults; one field = title + text, and a second variant with the chapter heading too).
 * Reports MRR@10, recall@10, questions without any result, the latency of the question queries, on the even and
 * odd qid halves (weights were tuned on the even half) and overall. Run:
 * <pre>MAVEN_OPTS="-Xmx3g" ./mvnw -q -P '!axe-core' test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.gongkai.search.QuestionEndToEndBenchmark</pre>
 * {@code -Dexec.args="N"} asks only the first N questions; {@code -Dcorpus=…} if the data is elsewhere.
 * <p>Answered questions (decision 018) are measured held out: by default 2-fold over the questions asked (the even
 * half's questions with their articles imported through {@code POST /api/v1/staff/answered-questions}, the odd half
 * asked; then the other way round). For an independent check on another split:
 * {@code -Danswers=…/stard-train/train.jsonl -Dquestions=…/other-split.jsonl} imports every question of the first
 * file as answered and asks those of the second. The demo
 * county's own documents are there too (demo regulations off: {@code demo-law-limit=0}); a result that is not an
 * article counts as a miss.
 */
public final class QuestionEndToEndBenchmark {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final int PER_REQUEST = 5_000;
    static final int WARM_UP = 200;

    public static void main(String[] args) throws Exception {
        Path corpus = QuestionBenchmark.corpusDir();
        List<Article> articles = QuestionBenchmark.articles(corpus.resolve("laws/national_articles.jsonl"));
        List<Question> questions = QuestionBenchmark.questions(System.getProperty("questions") == null
                ? corpus.resolve("stard-train/train.jsonl") : Path.of(System.getProperty("questions")));
        if (args.length > 0) {
            questions = questions.subList(0, Math.min(questions.size(), Integer.parseInt(args[0])));
        }
        Map<String, Boolean> expired = expiredLaws(corpus.resolve("laws/national.jsonl"));
        Path work = Files.createTempDirectory("gongkai-questions-e2e-");
        StringBuilder report = new StringBuilder();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(GongkaiApplication.class)
                .profiles("test")
                .run("--server.port=0", "--gongkai.data-dir=" + work.resolve("data"),
                        "--gongkai.catalogue.demo-law-limit=0", "--logging.level.org.gongkai=WARN");
        try {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            String database;
            try (Connection c = app.getBean(DataSource.class).getConnection()) {
                database = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
            }
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            String[] unitAndToken = editor(jdbc, app.getBean(ApiTokenService.class));
            SearchIndexing indexing = app.getBean(SearchIndexing.class);
            line(report, "Question benchmark, end to end: %,d articles imported through the API, %,d questions through "
                    + "GET /api/v1/documents; %s; %d cores; %s", articles.size(), questions.size(), database,
                    Runtime.getRuntime().availableProcessors(), LocalDate.now());

            // ---- import
            long indexedBefore = indexing.indexedCount();
            long start = System.nanoTime();
            for (int from = 0; from < articles.size(); from += PER_REQUEST) {
                int to = Math.min(articles.size(), from + PER_REQUEST);
                StringBuilder body = new StringBuilder();
                for (int i = from; i < to; i++) {
                    body.append(QuestionBenchmark.JSON.writeValueAsString(row(i, articles.get(i), unitAndToken[0],
                            expired.getOrDefault(articles.get(i).aid().split("#")[0], false)))).append('\n');
                }
                importRows(port, unitAndToken[1], "stard-" + from, body.toString(), to - from);
            }
            long answered = System.nanoTime();
            while (indexing.indexedCount() - indexedBefore < articles.size()) {
                if (System.nanoTime() - answered > Duration.ofMinutes(30).toNanos()) {
                    throw new IllegalStateException("not searchable within 30 minutes");
                }
                Thread.sleep(50);
            }
            double importSeconds = (System.nanoTime() - start) / 1e9;
            line(report, "import: %,d documents searchable after %.1f s = %.0f documents/s end to end "
                    + "(requests of %,d rows)", articles.size(), importSeconds, articles.size() / importSeconds,
                    PER_REQUEST);

            // ---- questions
            Map<String, Integer> rowOf = new HashMap<>();
            for (int i = 0; i < articles.size(); i++) {
                rowOf.put(indexNumber(i), i);
            }
            Function<String, List<String>> api = q -> ask(port, q).stream()
                    .map(rowOf::get).map(row -> row == null ? "(not an article)" : articles.get(row).aid()).toList();
            for (int i = 0; i < Math.min(WARM_UP, questions.size()); i++) { // not measured: JIT, caches
                api.apply(questions.get(i).text());
            }
            List<Long> nanos = new ArrayList<>();
            Function<String, List<String>> timed = q -> {
                long t0 = System.nanoTime();
                List<String> out = api.apply(q);
                nanos.add(System.nanoTime() - t0);
                return out;
            };
            Map<String, Score> bare = halves(questions, timed);
            // answered questions (decision 018), honestly held out: the answers of one half rank the other half
            String admin = adminToken(jdbc, app.getBean(ApiTokenService.class));
            Map<String, Integer> rowOfAid = new HashMap<>();
            for (int i = 0; i < articles.size(); i++) {
                rowOfAid.put(articles.get(i).aid(), i);
            }
            Map<String, Score> withAnswers;
            String answersFile = System.getProperty("answers");
            if (answersFile == null) {
                List<Question> even = questions.stream().filter(q -> Integer.parseInt(q.qid()) % 2 == 0).toList();
                List<Question> odd = questions.stream().filter(q -> Integer.parseInt(q.qid()) % 2 != 0).toList();
                importAnswers(port, admin, "bench-even", even, rowOfAid);
                Score oddScore = QuestionBenchmark.score(odd, timed);
                deleteAnswers(port, admin, "bench-even");
                importAnswers(port, admin, "bench-odd", odd, rowOfAid);
                Score evenScore = QuestionBenchmark.score(even, timed);
                deleteAnswers(port, admin, "bench-odd");
                withAnswers = combined(evenScore, oddScore);
                line(report, "answered questions: 2-fold — the even half's answers imported, the odd half asked, "
                        + "then the other way round; no question is ever answered by its own answers");
            } else {
                List<Question> known = QuestionBenchmark.questions(Path.of(answersFile));
                importAnswers(port, admin, "bench-known", known, rowOfAid);
                withAnswers = halves(questions, timed);
                line(report, "answered questions: %,d from %s imported; %,d questions asked", known.size(),
                        answersFile, questions.size());
            }
            Map<String, Score> plain;
            Map<String, Score> withChapter;
            try (QuestionBenchmark.Bm25Bigrams baseline = new QuestionBenchmark.Bm25Bigrams(work.resolve("bl"),
                    articles, false);
                    QuestionBenchmark.Bm25Bigrams chapter = new QuestionBenchmark.Bm25Bigrams(work.resolve("blc"),
                            articles, true)) {
                plain = halves(questions, baseline::search);
                withChapter = halves(questions, chapter::search);
            }
            line(report, "%-52s %-18s %-18s %-18s", "MRR@10 (recall@10, no result)", "even qid",
                    "odd qid", "all");
            table(report, "project, with answered questions (held out)", withAnswers);
            table(report, "project, without answered questions", bare);
            table(report, "baseline: BM25 over bigrams of title + text", plain);
            table(report, "baseline with the chapter heading in its text", withChapter);
            for (String half : List.of("even", "odd", "all")) {
                line(report, "ratio MRR@10 project / baseline, %-4s: %.2f with answered questions, %.2f without "
                        + "(%.2f / %.2f to the baseline with chapters)", half,
                        withAnswers.get(half).mrr() / plain.get(half).mrr(), bare.get(half).mrr() / plain.get(half).mrr(),
                        withAnswers.get(half).mrr() / withChapter.get(half).mrr(),
                        bare.get(half).mrr() / withChapter.get(half).mrr());
            }
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            line(report, "latency of the %,d question queries over HTTP (one at a time, after %d warm-up): "
                    + "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", sorted.length, WARM_UP,
                    percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                    sorted[sorted.length - 1] / 1e6);
            line(report, "load average at the end: %s", Files.readString(Path.of("/proc/loadavg")).strip());
            Path out = Path.of("target", "benchmarks", "questions-e2e-"
                    + (database.startsWith("H2") ? "h2" : "postgresql") + ".txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
            System.out.println("written to " + out);
        } finally {
            app.close();
        }
    }

    static void line(StringBuilder report, String format, Object... values) {
        String text = String.format(Locale.ROOT, format, values);
        System.out.println(text);
        report.append(text).append('\n');
    }

    static void table(StringBuilder report, String label, Map<String, Score> scores) {
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-52s", label));
        for (String half : List.of("even", "odd", "all")) {
            Score s = scores.get(half);
            row.append(String.format(Locale.ROOT, " %-18s", "%.3f (%.3f, %d)".formatted(s.mrr(), s.recall(),
                    s.empty())));
        }
        line(report, "%s", row);
    }

    static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    /** Scores on the even-numbered questions (where weights were tuned), the odd ones (held out), and all. */
    static Map<String, Score> halves(List<Question> questions, Function<String, List<String>> search) {
        List<Question> even = questions.stream().filter(q -> Integer.parseInt(q.qid()) % 2 == 0).toList();
        List<Question> odd = questions.stream().filter(q -> Integer.parseInt(q.qid()) % 2 != 0).toList();
        return combined(QuestionBenchmark.score(even, search), QuestionBenchmark.score(odd, search));
    }

    static Map<String, Score> combined(Score e, Score o) {
        int n = e.questions() + o.questions();
        Map<String, Score> out = new LinkedHashMap<>();
        out.put("even", e);
        out.put("odd", o);
        out.put("all", new Score((e.mrr() * e.questions() + o.mrr() * o.questions()) / n,
                (e.recall() * e.questions() + o.recall() * o.questions()) / n, e.empty() + o.empty(), n));
        return out;
    }

    static String indexNumber(int row) {
        return "STARD-" + row;
    }

    static Map<String, Object> row(int i, Article a, String unit, boolean expired) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("title", a.title());
        row.put("publisherCode", unit);
        row.put("writtenOn", "2020-01-01");
        row.put("publishedOn", "2020-01-01");
        row.put("topic", "综合政务\\其他");
        row.put("genre", "其他");
        row.put("validity", expired ? "失效" : "有效");
        if (!a.chapter().isBlank()) {
            row.put("summary", a.chapter());
        }
        row.put("body", a.text());
        row.put("indexNumber", indexNumber(i));
        return row;
    }

    static Map<String, Boolean> expiredLaws(Path nationalJsonl) throws IOException {
        Map<String, Boolean> expired = new HashMap<>();
        for (String line : Files.readAllLines(nationalJsonl, StandardCharsets.UTF_8)) {
            JsonNode n = QuestionBenchmark.JSON.readTree(line);
            expired.put(n.get("id").asString(), n.path("expired").asBoolean(false));
        }
        return expired;
    }

    /** The demo editor, with the credit code of a unit it edits for and a fresh API token. */
    static String[] editor(JdbcClient jdbc, ApiTokenService tokens) {
        long staff = jdbc.sql("SELECT id FROM org_staff WHERE username = 'editor'").query(Long.class).single();
        String unit = jdbc.sql("SELECT u.credit_code FROM org_staff_role r JOIN org_unit u ON u.id = r.unit_id "
                + "WHERE r.staff_id = :s AND r.role = 'EDITOR' ORDER BY u.id").param("s", staff)
                .query(String.class).list().get(0);
        return new String[] {unit, tokens.issueToken(staff, "问题基准", 30).token()};
    }

    /** A system administrator's API token (answered questions are theirs to import). */
    static String adminToken(JdbcClient jdbc, ApiTokenService tokens) {
        long staff = jdbc.sql("SELECT MIN(r.staff_id) FROM org_staff_role r WHERE r.role = 'SYSTEM_ADMIN'")
                .query(Long.class).single();
        return tokens.issueToken(staff, "问题基准（管理员）", 30).token();
    }

    /** Imports the questions with the articles that answer them, as answered questions of {@code source}. */
    static void importAnswers(int port, String token, String source, List<Question> questions,
            Map<String, Integer> rowOfAid) throws Exception {
        StringBuilder body = new StringBuilder();
        int rows = 0;
        for (Question q : questions) {
            List<String> numbers = q.relevant().stream().filter(rowOfAid::containsKey)
                    .map(aid -> indexNumber(rowOfAid.get(aid))).toList();
            if (numbers.isEmpty()) {
                continue;
            }
            body.append(QuestionBenchmark.JSON.writeValueAsString(Map.of("question", q.text(),
                    "indexNumbers", numbers))).append('\n');
            rows++;
        }
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/v1/staff/answered-questions?source=" + source))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/x-ndjson")
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200
                || QuestionBenchmark.JSON.readTree(response.body()).get("imported").asInt() != rows) {
            throw new IllegalStateException("answered questions refused: " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(2_000, response.body().length())));
        }
    }

    static void deleteAnswers(int port, String token, String source) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/v1/staff/answered-questions?source=" + source))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(5)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("delete refused: " + response.statusCode() + " " + response.body());
        }
    }

    static void importRows(int port, String token, String key, String body, int rows) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/staff/documents/import"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/x-ndjson")
                .header("Idempotency-Key", "bench-" + key).timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200
                || QuestionBenchmark.JSON.readTree(response.body()).get("imported").asInt() != rows) {
            throw new IllegalStateException("import failed: " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(2_000, response.body().length())));
        }
    }

    /** The 索引号 of the first page of results for a question. */
    static List<String> ask(int port, String question) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/api/v1/documents?size=10&q=" + URLEncoder.encode(question, StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            List<String> out = new ArrayList<>();
            QuestionBenchmark.JSON.readTree(response.body()).get("items")
                    .forEach(item -> out.add(item.path("indexNumber").asString("")));
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private QuestionEndToEndBenchmark() {}
}
