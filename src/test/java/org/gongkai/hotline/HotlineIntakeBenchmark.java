package org.gongkai.hotline;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.gongkai.GongkaiApplication;
import org.gongkai.identity.ApiTokenService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Intake throughput of the 12345 hotline on PostgreSQL (issue #12), END TO END: starts the real application (test
 * profile) on {@code -Dgongkai.test.datasource-url=…}, and N tickets (default 5,000) are taken in through
 * {@code POST /api/v1/staff/hotline/tickets} by C concurrent HTTP clients (default 8) with the 12345 operator's API
 * token — validation, the clock, encryption of the caller, the ticket number, the ledger, the audit record and the
 * persisted event for notify, one transaction each. Then, in the same run against the same database, the baseline:
 * the same rows (copied as the API stored them: the ticket row and its RECEIVED ledger row, new numbers) written by
 * C concurrent JDBC connections with a plain {@code INSERT} each, one transaction per ticket. Reports tickets/s,
 * per-request p50/p95/p99/max and the ratio. Run:
 * <pre>psql -h 127.0.0.1 -U postgres -c 'CREATE DATABASE gk_hotline_bench'
 * ./mvnw -q -P '!axe-core' test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.gongkai.hotline.HotlineIntakeBenchmark \
 *   -Dgongkai.test.datasource-url=jdbc:postgresql://127.0.0.1:5432/gk_hotline_bench \
 *   -Dgongkai.test.datasource-username=postgres</pre>
 * {@code -Dexec.args="N C"} changes the number of tickets and of clients. The bodies are deterministic (ticket i
 * always has the same category, text, caller and address).
 */
public final class HotlineIntakeBenchmark {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final String[] CATEGORIES = {"CONSULTATION", "HELP", "COMPLAINT", "REPORT", "SUGGESTION"};
    static final String[] TOPICS = {"路灯", "噪音扰民", "物业管理", "社保", "道路维修", "供水"};
    static final int WARM_UP = 200;

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Path work = Files.createTempDirectory("gongkai-hotline-bench-");
        StringBuilder report = new StringBuilder();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(GongkaiApplication.class).profiles("test")
                .run("--server.port=0", "--gongkai.data-dir=" + work.resolve("data"),
                        "--gongkai.catalogue.demo-law-limit=0", "--gongkai.hotline.demo-tickets=0",
                        "--logging.level.org.gongkai=WARN", "--spring.datasource.hikari.maximum-pool-size="
                                + (clients + 4));
        try {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            DataSource dataSource = app.getBean(DataSource.class);
            String database;
            try (Connection c = dataSource.getConnection()) {
                database = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
            }
            if (!database.startsWith("PostgreSQL")) {
                throw new IllegalStateException("run on PostgreSQL (-Dgongkai.test.datasource-url=…), not " + database);
            }
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            long staff = jdbc.sql("SELECT id FROM org_staff WHERE username = 'hotlineofficer'").query(Long.class)
                    .single();
            String token = app.getBean(ApiTokenService.class).issueToken(staff, "受理基准", 30).token();
            String url = "http://127.0.0.1:" + port + "/api/v1/staff/hotline/tickets";
            line(report, "Hotline intake benchmark: %,d tickets, %d concurrent clients; %s; %d cores; %s", n, clients,
                    database, Runtime.getRuntime().availableProcessors(), LocalDate.now());

            // what the demo's year of tickets adds to the start of a demo instance (gongkai.hotline.demo-tickets)
            DemoHotlineTickets demo = app.getBean(DemoHotlineTickets.class);
            long demoStart = System.nanoTime();
            List<HotlineImport.Line> year = demo.generate(LocalDate.now(), 2_000);
            int imported = new org.springframework.transaction.support.TransactionTemplate(
                    app.getBean(org.springframework.transaction.PlatformTransactionManager.class))
                    .execute(status -> app.getBean(HotlineImport.class).importAll(year).size());
            line(report, "demo year: %,d generated tickets imported in %.1f s (the demo start's hotline share)",
                    imported, (System.nanoTime() - demoStart) / 1e9);

            for (int i = 0; i < WARM_UP; i++) { // not measured: JIT, pools, caches
                post(url, token, body(n + i));
            }
            long before = count(jdbc);
            Result api = run(n, clients, i -> post(url, token, body(i)));
            line(report, "through the API: %,d tickets in %.1f s = %.0f tickets/s", n, api.seconds(), n / api.seconds());
            row(report, "  POST /api/v1/staff/hotline/tickets (HTTP)", api.nanos());
            if (count(jdbc) - before != n) {
                throw new IllegalStateException("expected " + n + " new tickets, found " + (count(jdbc) - before));
            }

            // the baseline: the same rows as stored, new numbers, a plain INSERT each (ticket + its ledger row)
            List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM hotline_ticket ORDER BY id DESC LIMIT " + n)
                    .query().listOfRows();
            Collections.reverse(rows);
            Result plain = run(n, clients, i -> insert(dataSource, rows.get(i), i));
            line(report, "plain JDBC INSERT of the same rows: %,d tickets in %.1f s = %.0f tickets/s", n,
                    plain.seconds(), n / plain.seconds());
            row(report, "  INSERT hotline_ticket + hotline_event (JDBC)", plain.nanos());
            line(report, "ratio: the API takes in %.2f× the plain INSERT's throughput (p50 latency %.1f× as long)",
                    (n / api.seconds()) / (n / plain.seconds()),
                    api.nanos()[n / 2] / (double) plain.nanos()[n / 2]);
            line(report, "load average at the end: %s", Files.readString(Path.of("/proc/loadavg")).strip());
            Path out = Path.of("target", "benchmarks", "hotline-intake-postgresql.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
            System.out.println("written to " + out);
        } finally {
            app.close();
        }
    }

    interface Call {
        void run(int i) throws Exception;
    }

    record Result(double seconds, long[] nanos) {}

    /** Runs calls 0…n-1 on {@code clients} threads (each takes the next number); latencies sorted. */
    static Result run(int n, int clients, Call call) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long[] nanos = new long[n];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    long t = System.nanoTime();
                    call.run(i);
                    nanos[i] = System.nanoTime() - t;
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        java.util.Arrays.sort(nanos);
        return new Result(seconds, nanos);
    }

    static String body(int i) {
        return """
                {"category": "%s", "urgency": "NORMAL", "channel": "PHONE", "title": "基准工单 %d",
                 "content": "第 %d 号基准工单：小区%s问题，请尽快处理。", "topic": "%s",
                 "caller": {"name": "测试%d", "phone": "139%08d"}, "address": "幸福路%d号"}"""
                .formatted(CATEGORIES[i % CATEGORIES.length], i, i, TOPICS[i % TOPICS.length],
                        TOPICS[i % TOPICS.length], i, i % 100_000_000, 1 + i % 300);
    }

    static void post(String url, String token, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(1)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 201) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
    }

    static final String[] COLUMNS = {"query_code_hash", "category", "urgency", "channel", "status", "title", "content",
        "topic", "address", "lat", "lon", "caller_name_enc", "caller_phone_enc", "caller_phone_index", "anonymous",
        "unit_id", "received_at", "received_on", "due_on", "cycle_started_on", "imported", "created_at",
        "query_code_enc"};

    static void insert(DataSource dataSource, Map<String, Object> row, int i) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO hotline_ticket (ticket_number, "
                    + String.join(", ", COLUMNS) + ") VALUES (?" + ", ?".repeat(COLUMNS.length) + ")",
                    new String[] {"id"})) {
                ps.setString(1, "BX" + String.format(Locale.ROOT, "%014d", i));
                for (int k = 0; k < COLUMNS.length; k++) {
                    ps.setObject(k + 2, row.get(COLUMNS[k]));
                }
                ps.executeUpdate();
                try (var keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO hotline_event (ticket_id, seq, event_type, at, "
                    + "recorded_by) VALUES (?, 1, 'RECEIVED', ?, 'bench')")) {
                ps.setLong(1, id);
                ps.setObject(2, row.get("received_at"));
                ps.executeUpdate();
            }
            c.commit();
        }
    }

    static long count(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM hotline_ticket").query(Long.class).single();
    }

    static void row(StringBuilder report, String label, long[] sorted) {
        line(report, "%-48s p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %7.1f ms", label, pct(sorted, 0.50),
                pct(sorted, 0.95), pct(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    static void line(StringBuilder report, String format, Object... values) {
        String text = String.format(Locale.ROOT, format, values);
        System.out.println(text);
        report.append(text).append('\n');
    }
}
