package org.gongkai.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.gongkai.common.FieldCipher;

/**
 * The stored contents over a {@link BlobStore}, the same on every store: each content once under the SHA-256 of its
 * plain bytes ({@code ab/cd/<sha256>}), its extracted text ({@code <sha256>.txt}) and derived artifacts
 * ({@code <sha256>.<artifact>}) beside it, all SM4-encrypted ({@link FieldCipher#encrypting}) before they reach the
 * store: a bucket or a shared folder holds no plain personal data. Blobs are encrypted into a temporary file of
 * {@link BlobStore#scratch()} and then put whole.
 */
final class StoredContents {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern ARTIFACT = Pattern.compile("[a-z0-9-]{1,40}");

    private final BlobStore blobs;
    private final FieldCipher cipher;

    StoredContents(BlobStore blobs, FieldCipher cipher) {
        this.blobs = blobs;
        this.cipher = cipher;
    }

    BlobStore blobs() {
        return blobs;
    }

    /** A new temporary file (the caller deletes it): an upload is checked in one before it is stored. */
    Path temporaryFile(String prefix) throws IOException {
        return Files.createTempFile(blobs.scratch(), prefix, ".part");
    }

    boolean has(String sha256) throws IOException {
        return blobs.exists(key(sha256, null));
    }

    /** Stores a content from its plain bytes unless it is stored already; true when it was written now. */
    boolean store(String sha256, Path plain) throws IOException {
        if (has(sha256)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(plain)) {
            put(key(sha256, null), in);
        }
        return true;
    }

    /** As {@link #store(String, Path)} from a stream, which is read to its end either way. */
    boolean store(String sha256, InputStream plain) throws IOException {
        if (has(sha256)) {
            plain.transferTo(OutputStream.nullOutputStream());
            return false;
        }
        put(key(sha256, null), plain);
        return true;
    }

    /**
     * The plain bytes of a content; the caller closes the stream. A content that is not in the store is a
     * {@link NoSuchFileException} naming it and the store.
     */
    InputStream open(String sha256) throws IOException {
        return cipher.decrypting(blobs.open(key(sha256, null)));
    }

    /** Removes a content and its cached text (an import that failed removes what it wrote). */
    void remove(String sha256) throws IOException {
        blobs.delete(key(sha256, "txt"));
        blobs.delete(key(sha256, null));
    }

    boolean hasText(String sha256) throws IOException {
        return blobs.exists(key(sha256, "txt"));
    }

    /** The cached text of a content, when it was extracted before. */
    Optional<String> cachedText(String sha256) throws IOException {
        String key = key(sha256, "txt");
        if (!blobs.exists(key)) {
            return Optional.empty();
        }
        return Optional.of(new String(read(key), StandardCharsets.UTF_8));
    }

    void cacheText(String sha256, String text) throws IOException {
        put(key(sha256, "txt"), new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A derived artifact of a content, made by {@code producer} from the plain bytes the first time and read from the
     * store afterwards (the content never changes, so neither does the artifact).
     */
    byte[] derived(String sha256, String artifact, Function<InputStream, byte[]> producer) throws IOException {
        if (artifact == null || !ARTIFACT.matcher(artifact).matches() || artifact.equals("txt")) {
            throw new IllegalArgumentException("artifact name: " + artifact);
        }
        String key = key(sha256, artifact);
        if (blobs.exists(key)) {
            return read(key);
        }
        byte[] bytes;
        try (InputStream in = open(sha256)) {
            bytes = producer.apply(in);
        }
        put(key, new ByteArrayInputStream(bytes));
        return bytes;
    }

    /** The name of a content's blob ({@code suffix} null) or of one beside it. */
    static String key(String sha256, String suffix) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        String key = sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
        return BlobStore.checked(suffix == null ? key : key + "." + suffix);
    }

    private byte[] read(String key) throws IOException {
        try (InputStream in = cipher.decrypting(blobs.open(key))) {
            return in.readAllBytes();
        }
    }

    private void put(String key, InputStream plain) throws IOException {
        Path part = temporaryFile("enc-");
        try {
            try (OutputStream out = cipher.encrypting(Files.newOutputStream(part))) {
                plain.transferTo(out);
            }
            blobs.put(key, part);
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
