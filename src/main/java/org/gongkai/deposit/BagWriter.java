package org.gongkai.deposit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;

/**
 * Writes a BagIt bag (RFC 8500, version 1.0) as a zip whose single top-level folder is the bag: the payload under
 * {@code data/}, then {@code bagit.txt}, {@code bag-info.txt} (with the computed {@code Payload-Oxum}), {@code
 * manifest-sha256.txt} and {@code manifest-sha512.txt} over the payload, and {@code tagmanifest-sha256.txt} over the
 * tag files. Every file's digests are computed while it is written, so a payload of any size streams through once;
 * the payload is refused beyond {@code maxPayloadBytes}.
 */
final class BagWriter implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    private record Entry(String path, String sha256, String sha512, long size) {}

    private final ZipOutputStream zip;
    private final String root;
    private final long maxPayloadBytes;
    private final List<Entry> payload = new ArrayList<>();
    private final java.util.Set<String> paths = new java.util.HashSet<>();
    private long payloadBytes;
    private boolean finished;

    BagWriter(OutputStream out, String bagName, long maxPayloadBytes) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.root = bagName + "/";
        this.maxPayloadBytes = maxPayloadBytes;
    }

    /**
     * The path of a payload file below {@code data/}: slashes separate folders; each name has no control character,
     * no backslash and no percent sign (RFC 8500 §2.1.3 would need them encoded) and is at most 120 characters.
     */
    static String safeName(String name) {
        String cleaned = name == null ? "" : name.replaceAll("[\\p{Cntrl}\\\\/%:*?\"<>|]", "_").strip();
        if (cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..")) {
            cleaned = "_";
        }
        return cleaned.length() > 120 ? cleaned.substring(0, 120) : cleaned;
    }

    void add(String dataPath, byte[] content) throws IOException {
        add(dataPath, new java.io.ByteArrayInputStream(content));
    }

    void add(String dataPath, String content) throws IOException {
        add(dataPath, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds a payload file {@code data/<dataPath>} from the stream (not closed here). */
    void add(String dataPath, InputStream content) throws IOException {
        String path = "data/" + dataPath;
        if (!paths.add(path)) {
            throw new IllegalArgumentException("duplicate bag path " + path);
        }
        payload.add(write(path, content, true));
    }

    /** Writes the tag files; {@code info} are bag-info.txt's labels in order (Payload-Oxum is added). */
    void finish(Map<String, String> info) throws IOException {
        Map<String, String> all = new LinkedHashMap<>(info);
        all.put("Payload-Oxum", payloadOxum());
        List<Entry> tags = new ArrayList<>();
        tags.add(tag("bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"));
        StringBuilder bagInfo = new StringBuilder();
        all.forEach((label, value) -> bagInfo.append(label).append(": ")
                .append(value.replaceAll("[\\r\\n]+", " ")).append('\n'));
        tags.add(tag("bag-info.txt", bagInfo.toString()));
        tags.add(tag("manifest-sha256.txt", manifest(payload, true)));
        tags.add(tag("manifest-sha512.txt", manifest(payload, false)));
        write("tagmanifest-sha256.txt", new java.io.ByteArrayInputStream(
                manifest(tags, true).getBytes(StandardCharsets.UTF_8)), false);
        zip.finish();
        finished = true;
    }

    /** {@code <octets>.<streams>} of the payload (RFC 8500 §2.2.2). */
    String payloadOxum() {
        return payloadBytes + "." + payload.size();
    }

    int payloadFiles() {
        return payload.size();
    }

    private Entry tag(String name, String content) throws IOException {
        return write(name, new java.io.ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), false);
    }

    private static String manifest(List<Entry> entries, boolean sha256) {
        StringBuilder out = new StringBuilder();
        for (Entry e : entries) {
            out.append(sha256 ? e.sha256() : e.sha512()).append("  ").append(e.path()).append('\n');
        }
        return out.toString();
    }

    private Entry write(String path, InputStream in, boolean isPayload) throws IOException {
        MessageDigest sha256 = digest("SHA-256");
        MessageDigest sha512 = digest("SHA-512");
        zip.putNextEntry(new ZipEntry(root + path));
        byte[] buffer = new byte[BUFFER];
        long size = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            size += n;
            if (isPayload && payloadBytes + size > maxPayloadBytes) {
                throw new GongkaiException(ErrorCode.VALIDATION_FAILED,
                        "移交包超过大小上限（" + maxPayloadBytes / (1024 * 1024) + " MB），请缩短期间");
            }
            sha256.update(buffer, 0, n);
            sha512.update(buffer, 0, n);
            zip.write(buffer, 0, n);
        }
        zip.closeEntry();
        if (isPayload) {
            payloadBytes += size;
        }
        HexFormat hex = HexFormat.of();
        return new Entry(path, hex.formatHex(sha256.digest()), hex.formatHex(sha512.digest()), size);
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm, e);
        }
    }

    @Override
    public void close() throws IOException {
        if (!finished) {
            zip.finish();
        }
        zip.close();
    }
}
