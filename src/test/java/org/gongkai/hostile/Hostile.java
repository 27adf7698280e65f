package org.gongkai.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Sends requests, checks each answer against the rules, and collects the failures. */
final class Hostile {

    private final RawHttp http;
    private final Writes writes;
    private final AtomicInteger sent;
    private final List<String> failures = new ArrayList<>();

    Hostile(RawHttp http, Writes writes, AtomicInteger sent) {
        this.http = http;
        this.writes = writes;
        this.sent = sent;
    }

    RawHttp.Response raw(String method, String target, List<String> headers, byte[] body) throws IOException {
        int n = sent.incrementAndGet();
        return http.send(HostileInputTest.source(n), method, target, headers, body);
    }

    /** A plain GET that is not counted as a hostile request (the API document, a form's page). */
    RawHttp.Response get(String target, String... headers) throws IOException {
        return http.send(java.net.InetAddress.getLoopbackAddress(), "GET", target, List.of(headers), null);
    }

    /**
     * Sends a hostile request and checks the answer; for a request that may write (not GET), also that a
     * refusal wrote nothing. {@code refused} decides whether an answer is a refusal (4xx, or a form shown again).
     */
    RawHttp.Response send(String what, String method, String target, List<String> headers, byte[] body, boolean api,
            java.util.function.Predicate<RawHttp.Response> refused) {
        boolean writing = !method.equals("GET");
        String before = writing ? writes.snapshot() : null;
        RawHttp.Response response;
        try {
            response = raw(method, target, headers, body);
        } catch (IOException e) {
            failures.add(what + ": no answer (" + e.getMessage() + ")");
            return null;
        }
        check(what, response, api);
        if (writing && refused.test(response)) {
            String after = writes.snapshot();
            if (!after.equals(before)) {
                failures.add(what + ": refused with " + response.status() + " but wrote (row counts " + before + " → " + after + ")");
            }
        }
        return response;
    }

    void check(String what, RawHttp.Response r, boolean api) {
        if (r.status() >= 500) {
            failures.add(what + ": HTTP " + r.status() + " " + excerpt(r.text()));
            return;
        }
        if (api && r.status() >= 400) {
            String type = r.header("Content-Type");
            if (type == null || !type.startsWith("application/problem+json")) {
                failures.add(what + ": HTTP " + r.status() + " answered " + type + " instead of problem JSON: " + excerpt(r.text()));
                return;
            }
            try {
                JsonNode problem = JsonMapper.shared().readTree(r.text());
                if (!problem.hasNonNull("code")) {
                    failures.add(what + ": problem JSON without a code: " + excerpt(r.text()));
                }
            } catch (RuntimeException e) {
                failures.add(what + ": problem JSON that does not parse: " + excerpt(r.text()));
            }
        }
    }

    void fail(String message) {
        failures.add(message);
    }

    void assertNoFailures() {
        assertThat(failures).as(failures.size() + " failures; the first 60:\n" + String.join("\n",
                failures.subList(0, Math.min(60, failures.size())))).isEmpty();
    }

    static String excerpt(String text) {
        String t = text.replaceAll("\\s+", " ");
        return t.length() > 300 ? t.substring(0, 300) + "…" : t;
    }
}
