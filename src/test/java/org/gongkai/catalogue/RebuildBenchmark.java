package org.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Locale;
import javax.sql.DataSource;
import org.gongkai.TestClockConfiguration;
import org.gongkai.imports.ImportFormat;
import org.gongkai.imports.ImportReport;
import org.gongkai.search.SearchIndexing;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The index rebuild benchmark (issue #13), opt-in: {@code -Dgongkai.bench.rebuild=N} documents in the database, then
 * {@link SearchIndexing#rebuild()} — what the system administrator's 重建索引 button runs — is timed, with the
 * peak heap. The documents: 1,000 rows of {@link ImportCorpus} imported through {@link DocumentImporter} (checks,
 * 索引号, the real write path), then copied in SQL ({@code INSERT … SELECT … FROM generate_series}) to N, each copy
 * with its own 索引号 and 文号 and its body rotated by a few characters — generating a million documents through the
 * import API would take longer than the rebuild being measured. Run on PostgreSQL (a database of its own):
 * <pre>GONGKAI_TEST_PG_URL= ./mvnw -B -q -P '!axe-core' test -Dtest=RebuildBenchmark
 *   -Dsurefire.failIfNoSpecifiedTests=false -Dgongkai.bench.rebuild=1000000
 *   -Dgongkai.test.datasource-url=jdbc:postgresql://127.0.0.1:5432/DB -Dgongkai.test.datasource-username=postgres</pre>
 * The test JVM runs with {@code -Xmx1g} (pom.xml): the heap limit of the goal.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
@Tag("benchmark")
@EnabledIfSystemProperty(named = "gongkai.bench.rebuild", matches = "\\d+")
class RebuildBenchmark {

    static final int SEED = 1_000;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    DocumentImporter importer;
    @Autowired
    SearchIndexing search;

    @Test
    void rebuildsTheIndexFromTheDatabaseAndReportsDocumentsPerSecondAndPeakHeap() throws Exception {
        int n = Integer.getInteger("gongkai.bench.rebuild");
        String database;
        try (Connection c = dataSource.getConnection()) {
            database = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        }
        long publicBefore = publicCount();
        long generation = System.nanoTime();
        if (publicBefore < n) {
            generate(n - publicBefore);
        }
        double generated = (System.nanoTime() - generation) / 1e9;
        long documents = publicCount();
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpu = ImportBenchmark.processCpuNanos();
        String loadBefore = ImportBenchmark.loadAverage();
        long start = System.nanoTime();
        long count = search.rebuild();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (ImportBenchmark.processCpuNanos() - cpu) / 1e9;
        assertThat(count).isEqualTo(documents);
        assertThat(search.indexedCount()).isEqualTo(documents);
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        String text = String.format(Locale.ROOT, """
                Rebuild benchmark: %,d public documents (%,d generated in %.0f s), %s
                rebuild (SearchIndexing.rebuild, the console's 重建索引): %.1f s = %.0f documents/s; JVM CPU %.1f s
                peak heap (sum of the pools' peaks, an upper bound): %,d MB of max %,d MB
                load average before: %s; after: %s
                """, documents, documents - publicBefore, generated, database, seconds, documents / seconds,
                cpuSeconds, peakHeap >> 20, Runtime.getRuntime().maxMemory() >> 20, loadBefore,
                ImportBenchmark.loadAverage());
        System.out.println(text);
        Path out = Path.of("target", "benchmarks", "rebuild-" + (database.startsWith("H2") ? "h2" : "postgresql")
                + "-" + n + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
    }

    long publicCount() {
        return jdbc.sql("SELECT COUNT(*) FROM catalogue_document WHERE public_version IS NOT NULL "
                + "AND status <> 'WITHDRAWN'").query(Long.class).single();
    }

    /** 1,000 documents through the importer, then copies of them in SQL up to {@code missing} new documents. */
    void generate(long missing) throws Exception {
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        ImportCorpus corpus = new ImportCorpus(ImportCorpus.locateLaws(), run);
        StringBuilder lines = new StringBuilder();
        int seed = (int) Math.min(SEED, missing);
        for (int i = 0; i < seed; i++) {
            lines.append(corpus.line(i));
        }
        long lastBefore = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM catalogue_document").query(Long.class).single();
        ImportReport report = importer.run(new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)),
                ImportFormat.JSONL, null, "rebuild-benchmark");
        assertThat(report.imported()).isEqualTo(seed);
        long copies = (missing - seed + seed - 1) / seed;
        if (copies <= 0) {
            return;
        }
        // the seed's id in created_by, to find its version; every copy its own 索引号 and 文号, the body rotated
        jdbc.sql("""
                INSERT INTO catalogue_document (unit_id, status, title, summary, document_number, written_on,
                    published_on, published_at, topic, category, genre, keywords, disclosure_mode, validity,
                    index_number, public_version, imported, created_by, created_at, updated_at)
                SELECT d.unit_id, d.status, d.title, d.summary, d.document_number || '-' || g, d.written_on,
                    d.published_on, d.published_at, d.topic, d.category, d.genre, d.keywords, d.disclosure_mode,
                    d.validity, d.index_number || '-' || g, d.public_version, d.imported, 'bench:' || d.id,
                    d.created_at, d.updated_at
                FROM catalogue_document d CROSS JOIN generate_series(1, :copies) g
                WHERE d.id > :last AND d.public_version IS NOT NULL""")
                .param("copies", copies).param("last", lastBefore).update();
        jdbc.sql("""
                INSERT INTO catalogue_version (document_id, version, title, summary, document_number, topic, category,
                    genre, keywords, body, published_at, published_by)
                SELECT c.id, c.public_version, v.title, v.summary, c.document_number, v.topic, v.category, v.genre,
                    v.keywords, SUBSTRING(v.body FROM 1 + CAST(MOD(c.id, 50) AS INT)) || SUBSTRING(v.body FROM 1 FOR CAST(MOD(c.id, 50) AS INT)),
                    v.published_at, v.published_by
                FROM catalogue_document c
                JOIN catalogue_version v ON v.document_id = CAST(SUBSTRING(c.created_by FROM 7) AS BIGINT)
                    AND v.version = c.public_version
                WHERE c.id > :last AND c.created_by LIKE 'bench:%'""").param("last", lastBefore).update();
    }
}
