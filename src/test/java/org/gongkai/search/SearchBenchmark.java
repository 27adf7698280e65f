package org.gongkai.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The search benchmark (not a test): builds an index of N generated documents ({@link BenchmarkCorpus}), runs a
 * fixed query mix through the real semantics and backend, and runs the naive {@code LIKE '%…%'} on title and
 * body in H2 over the same documents for comparison. Run (see docs/benchmarks.md):
 * <pre>MAVEN_OPTS="-Xmx1g" ./mvnw -q -P '!axe-core' test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.gongkai.search.SearchBenchmark -Dexec.args="100000"</pre>
 * Arguments: N [naive-query-count (default 20; 0 skips the database)].
 */
public final class SearchBenchmark {

    static final List<List<String>> SYNONYMS = List.of(List.of("社保", "社会保险"), List.of("医保", "医疗保险"),
            List.of("公积金", "住房公积金"), List.of("低保", "最低生活保障"), List.of("户口", "户籍"));
    static final String[] WORDS = {"医疗保险", "公积金", "环境保护", "安全生产", "食品安全", "社保", "低保", "税收",
            "义务教育", "道路交通", "消防", "土地", "森林", "矿产资源", "行政许可", "行政处罚", "统计", "审计", "野生动物",
            "传染病", "残疾人", "劳动合同", "文物", "档案", "气象", "户籍", "水土保持", "旅游", "农业", "价格"};
    static final String[] PHRASES = {"城乡居民 医疗保险", "道路交通 安全", "安全生产 责任制", "环境影响 评价",
            "行政 复议", "最低生活保障 标准", "住房公积金 管理", "食品 生产经营", "土地 承包经营", "未成年人 保护",
            "突发事件 应对", "知识产权 保护", "政府信息 公开", "社会保险 缴费", "消费者 权益"};
    static final String[] BRACKETS = {"〔%d〕", "[%d]", "(%d)", "【%d】", "（%d）", "%d"};

    record Timing(String kind, long nanos, long hits) {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int naiveQueries = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path work = Files.createTempDirectory("gongkai-bench-");
        BenchmarkCorpus corpus = new BenchmarkCorpus(BenchmarkCorpus.locate());
        System.out.printf("corpus: %d laws, %.1f M characters; N = %,d documents; work dir %s%n",
                corpus.laws.size(), corpus.corpusChars / 1e6, n, work);

        Analysis analysis = new Analysis();
        SearchSemantics semantics = new SearchSemantics(analysis);
        LuceneSearchBackend backend = new LuceneSearchBackend(work.resolve("index"), analysis, false);

        // ---- build
        AtomicLong next = new AtomicLong();
        AtomicLong chars = new AtomicLong();
        int threads = Runtime.getRuntime().availableProcessors();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                long i;
                while ((i = next.getAndIncrement()) < n) {
                    IndexedDocument d = corpus.document(i);
                    chars.addAndGet(d.body().length() + d.title().length());
                    backend.add(d);
                    if (i > 0 && i % 50_000 == 0) {
                        System.out.printf("  indexed %,d (%.0f docs/s)%n", i, i / ((System.nanoTime() - start) / 1e9));
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.DAYS);
        backend.flush();
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        long indexBytes = size(work.resolve("index"));
        System.out.printf("build: %,d docs in %.1f s = %.0f docs/s (%d threads); text %.0f M chars; index %.0f MB%n",
                n, buildSeconds, n / buildSeconds, threads, chars.get() / 1e6, indexBytes / 1e6);

        // ---- queries
        List<SearchQuery> mix = mix(corpus, n);
        for (int i = 0; i < 300; i++) { // warm-up
            backend.search(semantics.plan(mix.get(i % mix.size()), SYNONYMS));
        }
        System.gc();
        long heapAfterBuild = usedHeap();
        List<Timing> timings = new ArrayList<>();
        for (SearchQuery q : mix) {
            long t0 = System.nanoTime();
            SearchResult r = backend.search(semantics.plan(q, SYNONYMS));
            timings.add(new Timing(kind(q), System.nanoTime() - t0, r.total()));
        }
        report("all", timings);
        for (String kind : List.of("word", "phrase", "number", "filters")) {
            report(kind, timings.stream().filter(t -> t.kind().equals(kind)).toList());
        }
        // throughput: all cores, the same mix
        long tStart = System.nanoTime();
        AtomicLong done = new AtomicLong();
        ExecutorService qpool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            int offset = t;
            qpool.submit(() -> {
                for (int i = 0; i < mix.size(); i++) {
                    backend.search(semantics.plan(mix.get((i + offset * 7) % mix.size()), SYNONYMS));
                    done.incrementAndGet();
                }
                return null;
            });
        }
        qpool.shutdown();
        qpool.awaitTermination(1, TimeUnit.DAYS);
        double qps = done.get() / ((System.nanoTime() - tStart) / 1e9);
        System.out.printf("throughput: %.0f queries/s with %d threads (%,d queries)%n", qps, threads, done.get());
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap: %.0f MB used after build+queries (after GC), max %.0f MB, peak committed %.0f MB%n",
                heapAfterBuild / 1e6, rt.maxMemory() / 1e6, peakHeap() / 1e6);
        backend.close();

        // ---- naive LIKE over the same documents in H2
        if (naiveQueries > 0) {
            naive(corpus, n, mix, naiveQueries, work, timings);
        }
        System.out.printf("hardware: %d cores, %s, RAM %s%n", threads, cpuModel(), memTotal());
    }

    static List<SearchQuery> mix(BenchmarkCorpus corpus, int n) {
        Random r = new Random(42);
        List<SearchQuery> mix = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            switch (i % 4) {
                case 0 -> mix.add(SearchQuery.text(WORDS[r.nextInt(WORDS.length)]));
                case 1 -> mix.add(SearchQuery.text(PHRASES[r.nextInt(PHRASES.length)]));
                case 2 -> {
                    IndexedDocument d = corpus.document(r.nextInt(n));
                    String number = d.documentNumber();
                    String year = number.replaceAll(".*〔(\\d{4})〕.*", "$1");
                    String typed = number.replace("〔" + year + "〕",
                            String.format(BRACKETS[r.nextInt(BRACKETS.length)], Integer.parseInt(year)));
                    mix.add(SearchQuery.text(typed));
                }
                default -> {
                    IndexedDocument d = corpus.document(r.nextInt(n));
                    String text = r.nextBoolean() ? WORDS[r.nextInt(WORDS.length)] : "";
                    mix.add(new SearchQuery(text, r.nextBoolean() ? d.publisherCode() : null,
                            r.nextBoolean() ? d.topic().split("\\\\")[0] : null, null,
                            r.nextBoolean() ? d.publishedOn().getYear() : null, r.nextBoolean() ? "有效" : null, null,
                            r.nextBoolean() ? SearchQuery.Sort.DATE : SearchQuery.Sort.RELEVANCE, 1 + r.nextInt(3), 10));
                }
            }
        }
        return mix;
    }

    static String kind(SearchQuery q) {
        if (q.hasFilters()) {
            return "filters";
        }
        if (!DocumentNumbers.candidates(q.text()).isEmpty()) {
            return "number";
        }
        return q.text().contains(" ") ? "phrase" : "word";
    }

    static void report(String kind, List<Timing> timings) {
        long[] ns = timings.stream().mapToLong(Timing::nanos).sorted().toArray();
        double mean = Arrays.stream(ns).average().orElse(0) / 1e6;
        double hits = timings.stream().mapToLong(Timing::hits).average().orElse(0);
        System.out.printf("latency %-7s n=%4d  p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %6.2f ms  mean %6.2f ms  avg hits %,.0f%n",
                kind, ns.length, pct(ns, 50), pct(ns, 95), pct(ns, 99), ns[ns.length - 1] / 1e6, mean, hits);
    }

    static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    static void naive(BenchmarkCorpus corpus, int n, List<SearchQuery> mix, int count, Path work, List<Timing> lucene)
            throws Exception {
        String url = "jdbc:h2:file:" + work.resolve("naive/db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("CREATE TABLE doc (id BIGINT PRIMARY KEY, title VARCHAR(1000), body TEXT, "
                    + "document_number VARCHAR(100), unit VARCHAR(20), topic VARCHAR(200), published DATE, validity VARCHAR(10))");
            long t0 = System.nanoTime();
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO doc VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    IndexedDocument d = corpus.document(i);
                    insert.setLong(1, d.id());
                    insert.setString(2, d.title());
                    insert.setString(3, d.body());
                    insert.setString(4, d.documentNumber());
                    insert.setString(5, d.publisherCode());
                    insert.setString(6, d.topic());
                    insert.setObject(7, d.publishedOn());
                    insert.setString(8, d.validity());
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
                insert.executeBatch();
                c.commit();
            }
            System.out.printf("naive: loaded %,d rows into H2 in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            List<Timing> naive = new ArrayList<>();
            List<Timing> luceneSame = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                SearchQuery q = mix.get(i);
                // the naive site: one LIKE per typed word on title or body (AND), the document number typed as is
                List<String> words = q.text().isBlank() ? List.of() : List.of(q.text().strip().split("\\s+"));
                StringBuilder sql = new StringBuilder("SELECT id FROM doc WHERE 1=1");
                for (String ignored : words) {
                    sql.append(" AND (title LIKE ? OR body LIKE ?)");
                }
                if (q.unit() != null) sql.append(" AND unit = ?");
                if (q.topic() != null) sql.append(" AND topic LIKE ?");
                if (q.year() != null) sql.append(" AND EXTRACT(YEAR FROM published) = ?");
                if (q.validity() != null) sql.append(" AND validity = ?");
                sql.append(" ORDER BY published DESC LIMIT 10");
                try (PreparedStatement s = c.prepareStatement(sql.toString())) {
                    int p = 1;
                    for (String w : words) {
                        s.setString(p++, "%" + w + "%");
                        s.setString(p++, "%" + w + "%");
                    }
                    if (q.unit() != null) s.setString(p++, q.unit());
                    if (q.topic() != null) s.setString(p++, q.topic() + "%");
                    if (q.year() != null) s.setInt(p++, q.year());
                    if (q.validity() != null) s.setString(p++, q.validity());
                    long s0 = System.nanoTime();
                    long hits = 0;
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            hits++;
                        }
                    }
                    naive.add(new Timing(kind(q), System.nanoTime() - s0, hits));
                    luceneSame.add(lucene.get(i));
                }
            }
            report("LIKE", naive);
            report("lucene", luceneSame);
            double ratio = median(naive) / median(luceneSame);
            System.out.printf("naive LIKE / Lucene on the same %d queries: p50 ratio %.0f×%n", count, ratio);
        }
    }

    static double median(List<Timing> t) {
        long[] ns = t.stream().mapToLong(Timing::nanos).sorted().toArray();
        return ns[ns.length / 2];
    }

    static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getCommitted()).sum();
    }

    static String cpuModel() throws IOException {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.split(":", 2)[1].strip()).findFirst().orElse("unknown");
    }

    static String memTotal() throws IOException {
        return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .map(l -> l.split(":", 2)[1].strip()).findFirst().orElse("unknown");
    }
}
