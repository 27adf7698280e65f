package org.gongkai.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.common.FieldCipher;
import org.gongkai.common.GongkaiProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store behind {@link BlobStore} must do, seen through {@link StoredContents} as {@link LocalFileStore} uses
 * it (no Spring, no database): a content stored once under its hash, encrypted in the store and read back decrypted,
 * its text cache and derived artifacts, removal, and a clear error for a content that is not there. Runs on the folder
 * ({@link FolderBlobStoreContractTest}) and on a real S3 server ({@code S3BlobStoreContractTests} in {@code files-s3/},
 * which runs these same methods with plain JUnit Jupiter: keep to {@code @Test}, {@code @BeforeEach},
 * {@code @AfterEach}). Each test starts on an empty store.
 */
abstract class BlobStoreContract {

    static final FieldCipher CIPHER = new FieldCipher(new GongkaiProperties(Path.of("target", "no-key-file"), null,
            "0123456789abcdef0123456789abcdef", false));
    static final String PERSONAL = "张三 身份证号 11010519491231002X 住址 示例县城关镇";

    protected BlobStore blobs;
    protected StoredContents contents;
    private final AtomicInteger puts = new AtomicInteger();

    /** A store with nothing in it. */
    protected abstract BlobStore openEmpty() throws IOException;

    /** Releases what {@link #openEmpty} made. */
    protected abstract void release(BlobStore store) throws IOException;

    @BeforeEach
    void openStore() throws IOException {
        blobs = openEmpty();
        contents = new StoredContents(new CountingPuts(blobs, puts), CIPHER);
    }

    @AfterEach
    void releaseStore() throws IOException {
        release(blobs);
    }

    @Test
    void storesAContentEncryptedUnderItsHashAndReadsItBackDecrypted() throws IOException {
        byte[] plain = PERSONAL.getBytes(StandardCharsets.UTF_8);
        String sha = sha256(plain);

        assertThat(contents.store(sha, temporary(plain))).isTrue();

        assertThat(contents.has(sha)).isTrue();
        try (InputStream in = contents.open(sha)) {
            assertThat(in.readAllBytes()).isEqualTo(plain);
        }
        assertEncryptedInTheStore(StoredContents.key(sha, null));
    }

    @Test
    void theSameContentIsStoredOnceWhicheverWayItComes() throws IOException {
        byte[] plain = "同一内容，两次上传".getBytes(StandardCharsets.UTF_8);
        String sha = sha256(plain);
        assertThat(contents.store(sha, temporary(plain))).isTrue();
        assertThat(puts).hasValue(1);

        assertThat(contents.store(sha, temporary(plain))).isFalse();
        ByteArrayInputStream again = new ByteArrayInputStream(plain);
        assertThat(contents.store(sha, again)).as("an import of stored content").isFalse();

        assertThat(again.available()).as("the stream is read to its end").isZero();
        assertThat(puts).as("nothing written again").hasValue(1);
    }

    @Test
    void aLargeContentMakesTheRoundTripByteForByte() throws IOException {
        byte[] plain = new byte[2 * 1024 * 1024 + 17];
        new Random(42).nextBytes(plain);
        String sha = sha256(plain);

        assertThat(contents.store(sha, new ByteArrayInputStream(plain))).isTrue();

        try (InputStream in = contents.open(sha)) {
            assertThat(sha256(in.readAllBytes())).isEqualTo(sha);
        }
    }

    @Test
    void extractedTextIsCachedEncryptedBesideTheContent() throws IOException {
        byte[] plain = "%PDF-1.7 pretend".getBytes(StandardCharsets.UTF_8);
        String sha = sha256(plain);
        contents.store(sha, new ByteArrayInputStream(plain));
        assertThat(contents.hasText(sha)).isFalse();
        assertThat(contents.cachedText(sha)).isEmpty();

        contents.cacheText(sha, PERSONAL);

        assertThat(contents.hasText(sha)).isTrue();
        assertThat(contents.cachedText(sha)).contains(PERSONAL);
        assertEncryptedInTheStore(StoredContents.key(sha, "txt"));
    }

    @Test
    void aDerivedArtifactIsMadeOnceFromThePlainBytesAndKeptEncrypted() throws IOException {
        byte[] plain = "姓名,金额\n张三,100\n".getBytes(StandardCharsets.UTF_8);
        String sha = sha256(plain);
        contents.store(sha, new ByteArrayInputStream(plain));
        AtomicInteger made = new AtomicInteger();
        java.util.function.Function<InputStream, byte[]> preview = in -> {
            made.incrementAndGet();
            try {
                return ("预览：" + new String(in.readAllBytes(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };

        byte[] first = contents.derived(sha, "tables-v1", preview);
        byte[] second = contents.derived(sha, "tables-v1", preview);

        assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo("预览：姓名,金额\n张三,100\n");
        assertThat(second).isEqualTo(first);
        assertThat(made).as("made once, then read from the store").hasValue(1);
        assertThat(blobs.exists(StoredContents.key(sha, "tables-v1"))).isTrue();
        assertEncryptedInTheStore(StoredContents.key(sha, "tables-v1"));
        assertThatThrownBy(() -> contents.derived(sha, "../x", preview)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingContentIsAClearErrorNamingItAndTheStore() throws IOException {
        String sha = sha256("从未存储".getBytes(StandardCharsets.UTF_8));

        assertThat(contents.has(sha)).isFalse();
        assertThatThrownBy(() -> contents.open(sha)).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining(sha).hasMessageContaining(blobs.describe());
        assertThatThrownBy(() -> contents.derived(sha, "tables-v1", in -> new byte[0]))
                .isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> contents.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void removeTakesAwayTheContentAndItsText() throws IOException {
        byte[] plain = "导入失败时删除".getBytes(StandardCharsets.UTF_8);
        String sha = sha256(plain);
        contents.store(sha, new ByteArrayInputStream(plain));
        contents.cacheText(sha, "导入失败时删除");

        contents.remove(sha);

        assertThat(contents.has(sha)).isFalse();
        assertThat(contents.hasText(sha)).isFalse();
        contents.remove(sha); // nothing there: not an error
        assertThat(contents.store(sha, new ByteArrayInputStream(plain))).as("stored again after removal").isTrue();
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws IOException {
        byte[] plain = "临时文件".getBytes(StandardCharsets.UTF_8);
        contents.store(sha256(plain), new ByteArrayInputStream(plain));
        contents.cacheText(sha256(plain), "临时文件");
        try (var files = Files.list(blobs.scratch())) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".part")).toList()).isEmpty();
        }
    }

    private void assertEncryptedInTheStore(String key) throws IOException {
        try (InputStream raw = blobs.open(key)) {
            String stored = new String(raw.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(stored).as(key).startsWith("GKS4").doesNotContain("11010519491231002X");
            assertThat(new String(stored.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8))
                    .doesNotContain("张三");
        }
    }

    private Path temporary(byte[] plain) throws IOException {
        Path file = Files.createTempFile(blobs.scratch(), "test-", ".tmp");
        Files.write(file, plain);
        return file;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The store, counting the blobs written through it. */
    private record CountingPuts(BlobStore store, AtomicInteger puts) implements BlobStore {
        @Override
        public Path scratch() throws IOException {
            return store.scratch();
        }

        @Override
        public void put(String key, Path file) throws IOException {
            puts.incrementAndGet();
            store.put(key, file);
        }

        @Override
        public InputStream open(String key) throws IOException {
            return store.open(key);
        }

        @Override
        public boolean exists(String key) throws IOException {
            return store.exists(key);
        }

        @Override
        public void delete(String key) throws IOException {
            store.delete(key);
        }

        @Override
        public String describe() {
            return store.describe();
        }
    }
}
