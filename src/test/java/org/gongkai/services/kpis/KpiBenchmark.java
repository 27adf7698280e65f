package org.gongkai.services.kpis;

import java.net.URI;
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
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.gongkai.GongkaiApplication;
import org.gongkai.identity.ApiTokenService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * KPIs of a county over N cases (default 1,000,000) on PostgreSQL, END TO END: starts the real application (test
 * profile) on {@code -Dgongkai.test.datasource-url=…}, loads 531 items and N cases of one year (2025) with their
 * ratings and rectifications in set-based SQL ({@code INSERT … SELECT … FROM generate_series}, NOT through the API:
 * the API import would take hours at this size), ANALYZEs, then asks {@code GET /api/v1/service-kpis} over HTTP with
 * a director's API token — county-wide for the year, county-wide for one month, and one unit for the year — and, in
 * the same run over the same rows, a plain {@code SELECT COUNT(*)} of the cases in the county (the rows the
 * county-wide figures read). Reports p50/p95/max of each and the ratio KPI / COUNT(*). Run:
 * <pre>psql -h 127.0.0.1 -U postgres -c 'CREATE DATABASE gk_kpis_bench'
 * ./mvnw -q -P '!axe-core' test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.gongkai.services.kpis.KpiBenchmark \
 *   -Dgongkai.test.datasource-url=jdbc:postgresql://127.0.0.1:5432/gk_kpis_bench \
 *   -Dgongkai.test.datasource-username=postgres</pre>
 * {@code -Dexec.args="N ROUNDS"} changes the size and the timed requests per query (default 1000000 20).
 * <p>Generated data (deterministic, from the row number): acceptance spread over 2025, one item in 531, a unit in 20
 * departments and townships of the demo county, a station of three levels; 85% completed, a tenth of those late;
 * 1 case in 10 open; due dates are the promised limit in calendar days ×7/5 (an approximation of working days, good
 * enough for the cost of the queries, which is what is measured); 60% of completed cases rated once, 5% twice, levels
 * skewed to 5, every bad rating with its rectification, two thirds closed.
 */
public final class KpiBenchmark {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path work = Files.createTempDirectory("gongkai-kpi-bench-");
        StringBuilder report = new StringBuilder();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(GongkaiApplication.class).profiles("test")
                .run("--server.port=0", "--gongkai.data-dir=" + work.resolve("data"),
                        "--gongkai.catalogue.demo-law-limit=0", "--logging.level.org.gongkai=WARN");
        try {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            String database;
            try (Connection c = app.getBean(DataSource.class).getConnection()) {
                database = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
            }
            if (!database.startsWith("PostgreSQL")) {
                throw new IllegalStateException("run on PostgreSQL (-Dgongkai.test.datasource-url=…), not " + database);
            }
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            line(report, "KPI benchmark, end to end: %,d cases of one county-year; %s; %d cores; %s", cases, database,
                    Runtime.getRuntime().availableProcessors(), LocalDate.now());
            long start = System.nanoTime();
            List<Long> units = KpiBenchmarkData.load(jdbc, cases);
            line(report, "loaded in SQL (generate_series, not the API) in %.1f s: %,d cases, %,d ratings, %,d "
                    + "rectifications, %,d items over %d units", (System.nanoTime() - start) / 1e9,
                    count(jdbc, "services_case"), count(jdbc, "services_rating"),
                    count(jdbc, "services_rectification"), count(jdbc, "services_item"), units.size());
            String token = KpiBenchmarkData.directorToken(jdbc, app.getBean(ApiTokenService.class));
            String unitCode = jdbc.sql("SELECT credit_code FROM org_unit WHERE id = ?").param(units.get(0))
                    .query(String.class).single();
            String base = "http://127.0.0.1:" + port + KpiApi.PATH;
            String year = base + "?from=2025-01-01&to=2025-12-31";
            String month = base + "?from=2025-06-01&to=2025-06-30";
            String unit = year + "&unitCode=" + unitCode;
            line(report, "one answer: %s", get(year, token).substring(0, 400) + "…");
            long[] kpiYear = time(rounds, () -> bytes(year, token));
            long[] countAll = time(rounds, () -> jdbc.sql("SELECT COUNT(*) FROM services_case").query(Long.class)
                    .single());
            long[] kpiMonth = time(rounds, () -> bytes(month, token));
            long[] kpiUnit = time(rounds, () -> bytes(unit, token));
            long[] countUnit = time(rounds, () -> jdbc.sql("SELECT COUNT(*) FROM services_case WHERE unit_id = ?")
                    .param(units.get(0)).query(Long.class).single());
            row(report, "GET /api/v1/service-kpis county, year (HTTP)", kpiYear);
            row(report, "SELECT COUNT(*) FROM services_case (JDBC)", countAll);
            row(report, "GET /api/v1/service-kpis county, one month", kpiMonth);
            row(report, "GET /api/v1/service-kpis one unit, year", kpiUnit);
            row(report, "SELECT COUNT(*) … WHERE unit_id = one unit", countUnit);
            line(report, "ratio p50 KPI county-year / p50 COUNT(*) all rows: %.1f", kpiYear[rounds / 2]
                    / (double) countAll[rounds / 2]);
            line(report, "ratio p50 KPI one unit / p50 COUNT(*) of its rows: %.1f", kpiUnit[rounds / 2]
                    / (double) countUnit[rounds / 2]);
            line(report, "load average at the end: %s", Files.readString(Path.of("/proc/loadavg")).strip());
            Path out = Path.of("target", "benchmarks", "kpis-postgresql.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
            System.out.println("written to " + out);
        } finally {
            app.close();
        }
    }

    static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    /** Two unmeasured warm-up calls, then {@code rounds} timed ones; nanoseconds, sorted. */
    static long[] time(int rounds, LongSupplier call) {
        call.getAsLong();
        call.getAsLong();
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            call.getAsLong();
            nanos.add(System.nanoTime() - t);
        }
        return nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    static void row(StringBuilder report, String label, long[] sorted) {
        line(report, "%-48s p50 %8.1f ms  p95 %8.1f ms  max %8.1f ms", label, sorted[sorted.length / 2] / 1e6,
                sorted[Math.min(sorted.length - 1, (int) Math.ceil(0.95 * sorted.length) - 1)] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    static long bytes(String url, String token) {
        return get(url, token).length();
    }

    static String get(String url, String token) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200) {
                throw new IllegalStateException(r.statusCode() + " " + r.body());
            }
            return r.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static void line(StringBuilder report, String format, Object... values) {
        String text = String.format(Locale.ROOT, format, values);
        System.out.println(text);
        report.append(text).append('\n');
    }
}
