package org.gongkai.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Blobs as objects of an S3-compatible bucket ({@code gongkai.files.store=s3}; decision 030): PUT, GET, HEAD and
 * DELETE of one object, signed with AWS Signature Version 4 ({@link SigV4}) over the JDK's HTTP client — no AWS SDK.
 * The object of blob {@code ab/cd/<sha256>} is {@code <prefix>ab/cd/<sha256>}. A PUT sends a temporary file with its
 * length and its SHA-256 (signed, so the store refuses bytes changed on the way). Every request has a timeout; an error
 * answer is read up to 16 KB and becomes an {@link IOException} naming the status, the store's error code and message,
 * the request and the object — never a key or a signature. Idempotent requests (all of these: names are content
 * hashes) are tried twice when the connection fails.
 */
final class S3BlobStore implements BlobStore {

    private static final int MAX_ERROR_BODY = 16 * 1024;
    private static final Pattern PART = Pattern.compile(".*\\.part");

    private final HttpClient http;
    private final String scheme;
    private final String authority;
    private final String basePath;
    private final String bucket;
    private final String prefix;
    private final boolean pathStyle;
    private final SigV4 signer;
    private final Duration timeout;
    private final Path scratch;
    private final Clock clock;
    private final String endpoint;

    S3BlobStore(FileStorageProperties.S3 settings, Path scratch, Clock clock) {
        URI base = settings.endpoint();
        this.endpoint = base.toString();
        this.scheme = base.getScheme();
        this.pathStyle = settings.pathStyle();
        this.bucket = settings.bucket();
        String host = pathStyle ? base.getHost() : bucket + "." + base.getHost();
        boolean defaultPort = base.getPort() == -1 || (base.getPort() == 443 && scheme.equals("https"))
                || (base.getPort() == 80 && scheme.equals("http"));
        this.authority = defaultPort ? host : host + ":" + base.getPort(); // what the JDK client sends as Host
        String path = base.getPath() == null ? "" : base.getPath();
        this.basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        this.prefix = settings.prefix();
        this.signer = new SigV4(settings.accessKey(), settings.secretKey(), settings.region(), "s3");
        this.timeout = settings.timeout();
        this.scratch = scratch;
        this.clock = clock;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The store, checked: the bucket exists and accepts the keys; leftover temporary files are removed. */
    static S3BlobStore connect(FileStorageProperties.S3 settings, Path scratch, Clock clock) {
        S3BlobStore store = new S3BlobStore(settings, scratch, clock);
        try {
            store.removeLeftovers();
            store.checkBucket();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use " + store.describe() + " (gongkai.files.store=s3): "
                    + e.getMessage(), e);
        }
        return store;
    }

    @Override
    public Path scratch() throws IOException {
        Files.createDirectories(scratch);
        return scratch;
    }

    @Override
    public void put(String key, Path file) throws IOException {
        MessageDigest sha = SigV4.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        HttpResponse<InputStream> response = send("PUT", objectPath(key), HttpRequest.BodyPublishers.ofFile(file),
                SigV4.hex(sha.digest()));
        expect(response, "PUT", key, 200, 204);
    }

    @Override
    public InputStream open(String key) throws IOException {
        HttpResponse<InputStream> response = send("GET", objectPath(key), null, SigV4.EMPTY_SHA256);
        if (response.statusCode() == 404) {
            String error = errorOf(response);
            throw new NoSuchFileException(objectName(key), null, "no such object in " + describe() + " (" + error
                    + ")");
        }
        expect(response, "GET", key, 200);
        return response.body();
    }

    @Override
    public boolean exists(String key) throws IOException {
        HttpResponse<InputStream> response = send("HEAD", objectPath(key), null, SigV4.EMPTY_SHA256);
        if (response.statusCode() == 404) {
            response.body().close();
            return false;
        }
        expect(response, "HEAD", key, 200);
        return true;
    }

    @Override
    public void delete(String key) throws IOException {
        HttpResponse<InputStream> response = send("DELETE", objectPath(key), null, SigV4.EMPTY_SHA256);
        expect(response, "DELETE", key, 200, 204, 404);
    }

    @Override
    public String describe() {
        return "the S3 bucket " + bucket + " at " + endpoint + (prefix.isEmpty() ? "" : " under " + prefix);
    }

    void checkBucket() throws IOException {
        HttpResponse<InputStream> response = send("HEAD", pathStyle ? basePath + "/" + bucket : basePath + "/", null,
                SigV4.EMPTY_SHA256);
        expect(response, "HEAD", null, 200);
    }

    private void removeLeftovers() throws IOException {
        if (!Files.isDirectory(scratch)) {
            return;
        }
        try (Stream<Path> files = Files.list(scratch)) {
            for (Path part : files.filter(p -> PART.matcher(p.getFileName().toString()).matches()).toList()) {
                Files.deleteIfExists(part);
            }
        }
    }

    private String objectName(String key) {
        return prefix + BlobStore.checked(key);
    }

    private String objectPath(String key) {
        return basePath + (pathStyle ? "/" + bucket : "") + "/" + objectName(key);
    }

    private HttpResponse<InputStream> send(String method, String path, HttpRequest.BodyPublisher body,
            String payloadSha256) throws IOException {
        IOException failure = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                return http.send(request(method, path, body, payloadSha256), HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                failure = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for " + describe(), e);
            }
        }
        throw new IOException(describe() + " did not answer " + method + " " + path + ": " + failure, failure);
    }

    private HttpRequest request(String method, String path, HttpRequest.BodyPublisher body, String payloadSha256) {
        String amzDate = SigV4.amzDate(clock.instant());
        Map<String, String> signed = new LinkedHashMap<>();
        signed.put("host", authority);
        signed.put("x-amz-content-sha256", payloadSha256);
        signed.put("x-amz-date", amzDate);
        String authorization = signer.authorization(method, path, Map.of(), signed, payloadSha256);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(scheme + "://" + authority
                        + SigV4.encode(path, false)))
                .timeout(timeout)
                .header("x-amz-content-sha256", payloadSha256)
                .header("x-amz-date", amzDate)
                .header("Authorization", authorization)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
        if (body != null) {
            request.header("Content-Type", "application/octet-stream");
        }
        return request.build();
    }

    private void expect(HttpResponse<InputStream> response, String method, String key, int... statuses)
            throws IOException {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                if (!method.equals("GET")) {
                    response.body().close();
                }
                return;
            }
        }
        String what = key == null ? "the bucket" : "object " + objectName(key);
        String hint = switch (response.statusCode()) {
            case 403 -> " — check gongkai.files.s3.access-key, secret-key and region, and that this machine's clock is"
                    + " right (NTP)";
            case 404 -> key == null ? " — create the bucket " + bucket + " first" : "";
            default -> "";
        };
        throw new IOException(describe() + " answered " + response.statusCode() + " to " + method + " " + what + ": "
                + errorOf(response) + hint);
    }

    /** The store's error code and message (bounded), or the start of the answer when it is not S3's XML. */
    private static String errorOf(HttpResponse<InputStream> response) throws IOException {
        byte[] bytes;
        try (InputStream in = response.body()) {
            bytes = in.readNBytes(MAX_ERROR_BODY);
        }
        String body = new String(bytes, StandardCharsets.UTF_8);
        String code = tag(body, "Code");
        String message = tag(body, "Message");
        if (code == null && message == null) {
            String start = body.strip();
            return start.isEmpty() ? "no details" : start.substring(0, Math.min(200, start.length()));
        }
        return (code == null ? "" : code) + (message == null ? "" : " (" + message + ")");
    }

    private static String tag(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">([^<]{0,500})</" + name + ">").matcher(xml);
        return m.find() ? m.group(1) : null;
    }
}
