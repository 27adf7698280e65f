package org.gongkai.files;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 for requests signed in the {@code Authorization} header (decision 030): the canonical request
 * (method, URI-encoded path, sorted query, lower-case sorted headers with trimmed values, the signed header names, the
 * payload's SHA-256), the string to sign (algorithm, time, scope {@code <date>/<region>/<service>/aws4_request}, the
 * canonical request's SHA-256) and the HMAC-SHA256 chain of the signing key. Checked against the examples of AWS's
 * Signature Version 4 test suite and the S3 documentation ({@code SigV4Test}). The secret never leaves this object.
 */
final class SigV4 {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final String accessKey;
    private final String secretKey;
    private final String region;
    private final String service;

    SigV4(String accessKey, String secretKey, String region, String service) {
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.region = region;
        this.service = service;
    }

    /** The {@code x-amz-date} value of an instant. */
    static String amzDate(Instant at) {
        return AMZ_DATE.format(at);
    }

    /**
     * The {@code Authorization} header of a request. {@code headers} are the headers to sign (names in any case) and
     * must hold {@code host} and {@code x-amz-date}; {@code query} the decoded query parameters.
     */
    String authorization(String method, String path, Map<String, String> query, Map<String, String> headers,
            String payloadSha256) {
        Map<String, String> canonical = canonicalHeaders(headers);
        String amzDate = canonical.get("x-amz-date");
        if (amzDate == null || !canonical.containsKey("host")) {
            throw new IllegalArgumentException("the signed headers must include host and x-amz-date");
        }
        String scope = amzDate.substring(0, 8) + "/" + region + "/" + service + "/aws4_request";
        String signedHeaders = String.join(";", canonical.keySet());
        String request = canonicalRequest(method, path, query, canonical, payloadSha256);
        String toSign = ALGORITHM + "\n" + amzDate + "\n" + scope + "\n" + hex(sha256(request));
        byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), amzDate.substring(0, 8));
        key = hmac(key, region);
        key = hmac(key, service);
        key = hmac(key, "aws4_request");
        return ALGORITHM + " Credential=" + accessKey + "/" + scope + ", SignedHeaders=" + signedHeaders
                + ", Signature=" + hex(hmac(key, toSign));
    }

    /** The canonical request (step 1 of the signature), for the tests and for a mismatch report. */
    static String canonicalRequest(String method, String path, Map<String, String> query,
            Map<String, String> canonicalHeaders, String payloadSha256) {
        String canonicalQuery = query.entrySet().stream()
                .map(e -> Map.entry(encode(e.getKey(), true), encode(e.getValue(), true)))
                .sorted(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
        String headerLines = canonicalHeaders.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue() + "\n")
                .collect(Collectors.joining());
        return method + "\n" + encode(path.isEmpty() ? "/" : path, false) + "\n" + canonicalQuery + "\n" + headerLines
                + "\n" + String.join(";", canonicalHeaders.keySet()) + "\n" + payloadSha256;
    }

    /** Header names lower-cased and sorted; values trimmed with inner runs of spaces made one. */
    static Map<String, String> canonicalHeaders(Map<String, String> headers) {
        Map<String, String> canonical = new TreeMap<>();
        headers.forEach((name, value) -> canonical.merge(name.toLowerCase(java.util.Locale.ROOT),
                value.strip().replaceAll("\\s+", " "), (a, b) -> a + "," + b));
        return canonical;
    }

    /**
     * URI encoding as SigV4 wants it: every byte but the unreserved {@code A-Z a-z 0-9 - . _ ~} as {@code %XY}
     * (upper-case hex), and {@code /} kept in a path ({@code slash} false) but encoded in a query value.
     */
    static String encode(String value, boolean slash) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~' || (c == '/' && !slash)) {
                out.append(c);
            } else {
                out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return out.toString();
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    static byte[] sha256(String text) {
        return sha256().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "SigV4[accessKey=" + accessKey + ", secretKey=***, region=" + region + ", service=" + service + "]";
    }
}
