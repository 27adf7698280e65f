package org.gongkai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The few REST calls the OpenSearch backend makes, over the JDK's HTTP client with Jackson: no OpenSearch client
 * library, so the application's classpath keeps its own Lucene and logging (decision 017). Basic authentication when a
 * user is configured; https through the JVM's trust store. An answer of 400 or more is an exception naming the
 * engine's error type and reason (never the credentials), except for the statuses a caller says it expects.
 */
final class OpenSearchClient {

    static final String JSON = "application/json";
    static final String NDJSON = "application/x-ndjson";
    private static final int MAX_REASON = 300;

    record Response(int status, JsonNode body) {}

    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private final URI base;
    private final String authorization;
    private final Duration timeout;

    OpenSearchClient(URI base, String username, String password, Duration timeout) {
        String url = base.toString();
        this.base = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        this.authorization = username == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    JsonMapper json() {
        return json;
    }

    URI base() {
        return base;
    }

    /** A JSON request (body may be null); fails on any status of 400 or more. */
    JsonNode send(String method, String path, JsonNode body) {
        return exchange(method, path, JSON, body == null ? null : json.writeValueAsString(body), Set.of()).body();
    }

    /** A request that fails on a status of 400 or more unless it is one of {@code expected}. */
    Response exchange(String method, String path, String contentType, String body, Set<Integer> expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Accept", JSON)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch at " + base + " did not answer " + method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for OpenSearch", e);
        }
        JsonNode answer = response.body() == null || response.body().isBlank() ? json.createObjectNode()
                : json.readTree(response.body());
        if (response.statusCode() >= 400 && !expected.contains(response.statusCode())) {
            throw new IllegalStateException("OpenSearch answered " + response.statusCode() + " to " + method + " "
                    + path + ": " + reason(answer));
        }
        return new Response(response.statusCode(), answer);
    }

    /** The error's type and reason (the root cause's when there is one), cut to a readable length. */
    static String reason(JsonNode answer) {
        JsonNode error = answer.path("error");
        JsonNode root = error.path("root_cause").path(0);
        JsonNode cause = root.isMissingNode() ? error : root;
        String text = cause.isObject() ? cause.path("type").asString("") + ": " + cause.path("reason").asString("")
                : error.asString("unknown error");
        return text.length() > MAX_REASON ? text.substring(0, MAX_REASON) + "…" : text;
    }
}
