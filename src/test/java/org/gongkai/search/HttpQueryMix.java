package org.gongkai.search;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * {@link SearchBenchmark}'s query mix sent through the public API {@code GET /api/v1/documents} of a running
 * application (issue #13: public search while an import runs): a quarter each single words, two-word phrases,
 * document numbers typed with random bracket styles, and filters (unit, topic, year, validity; half with a word, half
 * browsing; pages 1–3; relevance or date order). Latencies are measured by one client thread, request to full body.
 */
public final class HttpQueryMix {

    /** Latency percentiles in milliseconds. */
    public record Percentiles(int n, double p50, double p95, double p99, double max) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "n = %,d: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", n, p50,
                    p95, p99, max);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final List<String> queries;

    /**
     * @param numbers document numbers (文号) of documents in the index
     * @param units   credit codes of publishers; {@code topics} first-level topics of the catalogue
     */
    public HttpQueryMix(int port, List<String> numbers, List<String> units, List<String> topics, int size) {
        this.base = "http://127.0.0.1:" + port + "/api/v1/documents?";
        Random r = new Random(42);
        List<String> mix = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            switch (i % 4) {
                case 0 -> mix.add("q=" + enc(pick(r, SearchBenchmark.WORDS)));
                case 1 -> mix.add("q=" + enc(pick(r, SearchBenchmark.PHRASES)));
                case 2 -> {
                    String number = numbers.get(r.nextInt(numbers.size()));
                    String year = number.replaceAll(".*〔(\\d{4})〕.*", "$1");
                    String typed = year.matches("\\d{4}") ? number.replace("〔" + year + "〕", String.format(
                            pick(r, SearchBenchmark.BRACKETS), Integer.parseInt(year))) : number;
                    mix.add("q=" + enc(typed));
                }
                default -> {
                    StringBuilder q = new StringBuilder("q=").append(r.nextBoolean()
                            ? enc(pick(r, SearchBenchmark.WORDS)) : "");
                    if (r.nextBoolean()) {
                        q.append("&unit=").append(enc(units.get(r.nextInt(units.size()))));
                    }
                    if (r.nextBoolean()) {
                        q.append("&topic=").append(enc(topics.get(r.nextInt(topics.size()))));
                    }
                    if (r.nextBoolean()) {
                        q.append("&year=").append(2000 + r.nextInt(26));
                    }
                    if (r.nextBoolean()) {
                        q.append("&validity=").append(enc("有效"));
                    }
                    q.append("&sort=").append(r.nextBoolean() ? "date" : "relevance");
                    q.append("&page=").append(1 + r.nextInt(3));
                    mix.add(q.toString());
                }
            }
        }
        this.queries = List.copyOf(mix);
    }

    /** Runs the mix once (or, with {@code more}, round and round while it answers true); answers the latencies. */
    public Percentiles run(int warmUp, BooleanSupplier more) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            send(queries.get(i % queries.size()));
        }
        List<Long> nanos = new ArrayList<>();
        int i = 0;
        do {
            long t = System.nanoTime();
            send(queries.get(i % queries.size()));
            nanos.add(System.nanoTime() - t);
            i++;
        } while (more == null ? i < queries.size() : more.getAsBoolean());
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                sorted[sorted.length - 1] / 1e6);
    }

    private void send(String query) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + query))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " for " + query + ": " + response.body());
        }
    }

    static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
