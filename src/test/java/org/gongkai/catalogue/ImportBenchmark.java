package org.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.gongkai.TestClockConfiguration;
import org.gongkai.identity.ApiTokenService;
import org.gongkai.search.BackendOnlyIndexing;
import org.gongkai.search.HttpQueryMix;
import org.gongkai.search.SearchIndexing;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import benchmark (issue #13), opt-in: imports N generated documents ({@link ImportCorpus}, bodies of 300–3,000
 * characters) through {@code POST /api/v1/staff/documents/import} of the real servlet container in requests of 5,000
 * JSON lines, as a county migrating its catalogue would, with an editor of all 103 demo units. Reports, for the first
 * and the second half of the documents:
 * <ul>
 * <li><b>import write path</b>: from sending a request until its rows are written and their events published (the
 * first {@code BEFORE_COMMIT} callback of the import's transaction) — checks, 索引号, inserts, event publications;</li>
 * <li><b>end to end</b>: until the documents are searchable ({@link SearchIndexing#indexedCount()} reaches them),
 * which includes the search side.</li>
 * </ul>
 * Then the <b>backend-only</b> rate of the same run: the same documents indexed into a fresh index by the engine alone
 * ({@link BackendOnlyIndexing}), and the ratio of the two. With {@code -Dgongkai.bench.import-queries=1000}, public search
 * through HTTP too: {@link HttpQueryMix} (SearchBenchmark's mix) before the import, during it and after it.
 * Run (see docs/benchmarks.md), on H2 or, with the PostgreSQL test properties, on a fresh PostgreSQL database:
 * <pre>./mvnw -B -q test -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dgongkai.bench.import=100000</pre>
 * (100,000 documents do not fit an in-memory H2 in the test JVM's 1 GB heap: pass a file database, as the
 * application uses by default, with {@code '-Dgongkai.test.datasource-url=jdbc:h2:file:/tmp/bench/gk;MODE=PostgreSQL;
 * DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH'}.)
 * Without {@code -Dgongkai.bench.import} it is skipped; its class name keeps it out of the default test run.
 * {@link ImportWritePathBenchmark} measures the write path alone, with the search listener replaced by a no-op.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestClockConfiguration.class, ImportBenchmark.Probe.class})
@Tag("benchmark")
@EnabledIfSystemProperty(named = "gongkai.bench.import", matches = "\\d+")
class ImportBenchmark {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    SearchIndexing search;
    @Autowired
    Probe probe;
    @Autowired
    org.springframework.context.ApplicationContext context;

    /** Notes when the import's transaction has written its rows (not an AFTER_COMMIT listener: no publication row). */
    static class Probe {
        final AtomicLong written = new AtomicLong();
        final AtomicLong writtenCpu = new AtomicLong();

        @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
        void on(CatalogueEvent.DocumentPublished event) {
            if (written.compareAndSet(0, System.nanoTime())) {
                writtenCpu.set(processCpuNanos());
            }
        }
    }

    /** CPU time of the whole JVM (all threads): on a shared machine, what the work cost whatever the load. */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    record Batch(int from, int rows, long sentNanos, long writtenNanos, long answeredNanos, long cpuNanos) {}

    @Test
    void importsThroughTheHttpApiAndReportsDocumentsPerSecondForBothHalves() throws Exception {
        int n = Integer.getInteger("gongkai.bench.import");
        int perRequest = Integer.getInteger("gongkai.bench.import-request", 5_000);
        int warmUp = Integer.getInteger("gongkai.bench.import-warmup", perRequest);
        String database;
        try (Connection c = dataSource.getConnection()) {
            database = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        }
        String token = editorOfAllUnits();
        String run = UUID.randomUUID().toString().substring(0, 6);
        ImportCorpus corpus = new ImportCorpus(ImportCorpus.locateLaws(), run);
        if (warmUp > 0) {
            // not measured: the JIT compiles the import path here, not in the first half's figures (rows after the
            // measured ones, from a multiple of 100 so that their new versions refer to warm-up rows)
            long t = System.nanoTime();
            send(token, run + "-warmup", corpus, (n + 99) / 100 * 100, warmUp);
            System.out.printf(Locale.ROOT, "import benchmark: warm-up of %,d rows in %.1f s%n", warmUp,
                    (System.nanoTime() - t) / 1e9);
        }
        int queries = Integer.getInteger("gongkai.bench.import-queries", 0);
        HttpQueryMix mix = queries > 0 ? queryMix(queries) : null;
        HttpQueryMix.Percentiles idleBefore = mix == null ? null : mix.run(200, null);
        long documentsBefore = jdbc.sql("SELECT COUNT(*) FROM catalogue_document").query(Long.class).single();
        long lastIdBefore = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM catalogue_document").query(Long.class).single();
        long indexedBefore = indexes() ? search.indexedCount() : 0;

        // the end-to-end clock: when half and all of the documents are searchable
        long[] searchable = new long[2];
        AtomicLong clientNanos = new AtomicLong(); // time spent building request bodies, not the server's
        long[] clientAtSearchable = new long[2];
        AtomicLong cpuAtSearchable = new AtomicLong();
        Thread watcher = new Thread(() -> {
            while (searchable[1] == 0) {
                long indexed = search.indexedCount() - indexedBefore;
                long now = System.nanoTime();
                if (searchable[0] == 0 && indexed >= n / 2) {
                    clientAtSearchable[0] = clientNanos.get();
                    searchable[0] = now;
                }
                if (indexed >= n) {
                    clientAtSearchable[1] = clientNanos.get();
                    cpuAtSearchable.set(processCpuNanos());
                    searchable[1] = now;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "import-benchmark-watcher");

        List<Batch> batches = new ArrayList<>();
        String loadBefore = loadAverage();
        // public search through HTTP while the import runs, until all its documents are searchable
        HttpQueryMix.Percentiles[] duringImport = new HttpQueryMix.Percentiles[1];
        Thread searcher = new Thread(() -> {
            try {
                duringImport[0] = mix.run(0, () -> searchable[1] == 0);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "import-benchmark-searcher");
        long start = System.nanoTime();
        long cpuAtStart = processCpuNanos();
        if (indexes()) {
            watcher.start();
            if (mix != null) {
                searcher.start();
            }
        }
        for (int from = 0; from < n; from += perRequest) {
            long building = System.nanoTime();
            int rows = Math.min(perRequest, n - from);
            byte[] bytes = body(corpus, from, rows);
            long sent = System.nanoTime();
            clientNanos.addAndGet(sent - building);
            probe.written.set(0);
            long cpu = processCpuNanos();
            post(token, run + "-" + from, bytes, rows);
            long answered = System.nanoTime();
            batches.add(new Batch(from, rows, sent, probe.written.get(), answered, probe.writtenCpu.get() - cpu));
            System.out.printf(Locale.ROOT, "import benchmark: rows %,d–%,d written in %.1f s, answered in %.1f s%n",
                    from + 1, from + rows, (probe.written.get() - sent) / 1e9, (answered - sent) / 1e9);
        }
        if (indexes()) {
            long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
            while (searchable[1] == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            watcher.interrupt();
            assertThat(searchable[1]).as("all documents searchable within 30 minutes of the last answer").isPositive();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM catalogue_document").query(Long.class).single() - documentsBefore)
                .isEqualTo(n);

        if (mix != null && indexes()) {
            searcher.join();
        }
        String text = report(database, corpus, n, perRequest, batches, start, searchable, clientAtSearchable)
                + "load average before: " + loadBefore + "\n";
        if (mix != null && indexes()) {
            HttpQueryMix.Percentiles idleAfter = mix.run(0, null);
            text += "public search, GET /api/v1/documents, SearchBenchmark's query mix (one client thread):\n"
                    + "  before the import (" + String.format(Locale.ROOT, "%,d", documentsBefore)
                    + " documents), no import: " + idleBefore + "\n"
                    + "  during the import:                         " + duringImport[0] + "\n"
                    + "  after the import (" + String.format(Locale.ROOT, "%,d", documentsBefore + n)
                    + " documents), no import: " + idleAfter + "\n";
        }
        if (indexes()) {
            // the backend-only rate in the same run: the same documents into a fresh index, engine alone
            List<Long> ids = jdbc.sql("SELECT id FROM catalogue_document WHERE id > ? ORDER BY id")
                    .param(lastIdBefore).query(Long.class).list();
            Path dir = Files.createTempDirectory("backend-only");
            BackendOnlyIndexing.Result backend = BackendOnlyIndexing.index(context, ids, dir);
            org.springframework.util.FileSystemUtils.deleteRecursively(dir);
            double e2eFirst = (searchable[0] - start - clientAtSearchable[0]) / 1e9;
            double e2eAll = (searchable[1] - start - clientAtSearchable[1]) / 1e9;
            int[] halves = {n / 2, n - n / 2};
            text += row("backend only, same documents (s)", backend.firstHalf(), backend.secondHalf(), backend.all());
            text += rate("backend only (documents/s)", halves, new double[] {backend.firstHalf(),
                    backend.secondHalf()});
            text += String.format(Locale.ROOT, "%-34s %14.2f %14.2f %14.2f%n", "end to end / backend-only rate",
                    backend.firstHalf() / e2eFirst, backend.secondHalf() / (e2eAll - e2eFirst), backend.all() / e2eAll);
            double e2eCpu = (cpuAtSearchable.get() - cpuAtStart) / 1e9;
            text += String.format(Locale.ROOT, "JVM CPU time (all threads; with the query mix if run): end to end %.1f s "
                    + "= %.0f documents per CPU second; backend only %.1f s = %.0f per CPU second; ratio %.2f%n",
                    e2eCpu, n / e2eCpu, backend.cpuSeconds(), n / backend.cpuSeconds(),
                    backend.cpuSeconds() / e2eCpu);
            text += "load average after the backend-only run: " + loadAverage() + "\n";
        }
        System.out.println(text);
        Path out = Path.of("target", "benchmarks", "import-" + (indexes() ? "" : "write-path-")
                + (database.startsWith("H2") ? "h2" : "postgresql") + "-" + n + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
    }

    static byte[] body(ImportCorpus corpus, int from, int rows) {
        StringBuilder body = new StringBuilder(rows * 4_000);
        for (int i = from; i < from + rows; i++) {
            body.append(corpus.line(i));
        }
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    void send(String token, String key, ImportCorpus corpus, int from, int rows) throws Exception {
        post(token, key, body(corpus, from, rows), rows);
    }

    /** One import request; fails unless every row was imported. */
    void post(String token, String key, byte[] body, int rows) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/staff/documents/import"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/x-ndjson")
                .header("Idempotency-Key", "bench-" + key).timeout(Duration.ofMinutes(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(abbreviate(response.body())).isEqualTo(200);
        JsonNode report = JsonMapper.shared().readTree(response.body());
        assertThat(report.get("imported").asInt()).isEqualTo(rows);
    }

    /** Whether the search side runs (false in {@link ImportWritePathBenchmark}). */
    boolean indexes() {
        return true;
    }

    String report(String database, ImportCorpus corpus, int n, int perRequest, List<Batch> batches, long start,
            long[] searchable, long[] clientAtSearchable) {
        double[] write = new double[2];
        double[] cpu = new double[2];
        int[] rows = new int[2];
        for (Batch b : batches) {
            int half = b.from() < n / 2 ? 0 : 1;
            write[half] += (b.writtenNanos() - b.sentNanos()) / 1e9;
            cpu[half] += b.cpuNanos() / 1e9;
            rows[half] += b.rows();
        }
        double e2eFirst = (searchable[0] - start - clientAtSearchable[0]) / 1e9;
        double e2eAll = (searchable[1] - start - clientAtSearchable[1]) / 1e9;
        double e2eSecond = e2eAll - e2eFirst;
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Import benchmark: %,d documents in requests of %,d rows (after a warm-up of "
                + "%,d), %s; bodies from %s%n", n, perRequest, Integer.getInteger("gongkai.bench.import-warmup",
                perRequest), database, corpus.source()));
        out.append(String.format(Locale.ROOT, "load average at the end: %s%n", loadAverage()));
        out.append(String.format(Locale.ROOT, "%-34s %14s %14s %14s %10s%n", "", "first half", "second half", "all",
                "2nd/1st"));
        out.append(row("import write path (s)", write[0], write[1], write[0] + write[1]));
        out.append(rate("import write path (documents/s)", rows, write));
        out.append(row("  CPU time of the JVM (s)", cpu[0], cpu[1], cpu[0] + cpu[1]));
        out.append(rate("  documents per CPU second", rows, cpu));
        if (indexes()) {
            out.append(row("end to end, searchable (s)", e2eFirst, e2eSecond, e2eAll));
            out.append(rate("end to end, searchable (documents/s)", rows, new double[] {e2eFirst, e2eSecond}));
        } else {
            out.append("(search indexing replaced by a no-op: import write path only)\n");
        }
        return out.toString();
    }

    static String row(String label, double first, double second, double all) {
        return String.format(Locale.ROOT, "%-34s %14.1f %14.1f %14.1f %10.2f%n", label, first, second, all,
                second / first);
    }

    static String rate(String label, int[] rows, double[] seconds) {
        return String.format(Locale.ROOT, "%-34s %14.0f %14.0f %14.0f%n", label, rows[0] / seconds[0],
                rows[1] / seconds[1], (rows[0] + rows[1]) / (seconds[0] + seconds[1]));
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String abbreviate(String s) {
        return s.length() > 2_000 ? s.substring(0, 2_000) + "…" : s;
    }

    /** The query mix over this database's document numbers, publishers and topics. */
    HttpQueryMix queryMix(int size) {
        List<String> numbers = jdbc.sql("SELECT v.document_number FROM catalogue_document d JOIN catalogue_version v "
                + "ON v.document_id = d.id AND v.version = d.public_version WHERE v.document_number IS NOT NULL "
                + "ORDER BY d.id LIMIT 2000").query(String.class).list();
        List<String> units = jdbc.sql("SELECT credit_code FROM org_unit ORDER BY id").query(String.class).list();
        List<String> topics = jdbc.sql("SELECT DISTINCT v.topic FROM catalogue_version v WHERE v.topic IS NOT NULL")
                .query(String.class).list().stream().map(t -> t.split("\\\\")[0]).distinct().toList();
        return new HttpQueryMix(port, numbers, units, topics, size);
    }

    /** The demo editor, made an editor of every unit, with a fresh API token. */
    String editorOfAllUnits() {
        long staff = jdbc.sql("SELECT id FROM org_staff WHERE username = 'editor'").query(Long.class).single();
        List<Long> units = jdbc.sql("SELECT id FROM org_unit ORDER BY id").query(Long.class).list();
        for (long unit : units) {
            jdbc.sql("INSERT INTO org_membership (staff_id, unit_id) SELECT :s, :u WHERE NOT EXISTS "
                    + "(SELECT 1 FROM org_membership WHERE staff_id = :s AND unit_id = :u)").param("s", staff)
                    .param("u", unit).update();
            jdbc.sql("INSERT INTO org_staff_role (staff_id, unit_id, role) SELECT :s, :u, 'EDITOR' WHERE NOT EXISTS "
                    + "(SELECT 1 FROM org_staff_role WHERE staff_id = :s AND unit_id = :u AND role = 'EDITOR')")
                    .param("s", staff).param("u", unit).update();
        }
        return tokens.issueToken(staff, "导入基准", 30).token();
    }
}
