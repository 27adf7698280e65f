package org.gongkai.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link BlobStoreContract} on a real S3 server: S3Proxy in this JVM on a free port, jclouds' in-memory blob store
 * behind it, checking AWS Signature Version 4 on every request with its own implementation (so a signing mistake of
 * {@link SigV4} fails here). One bucket; each test uses a prefix of its own ({@code gongkai.files.s3.prefix}), through
 * {@link S3BlobStore#connect} exactly as the application builds it (path-style, as MinIO wants).
 */
class S3BlobStoreContractTests extends BlobStoreContract {

    static final String ACCESS_KEY = "gongkai-test";
    static final String SECRET_KEY = "s3proxy-secret-Key/for+tests";
    static final String BUCKET = "gongkai-files";
    static final AtomicInteger CASES = new AtomicInteger();

    static S3Proxy server;
    static BlobStoreContext backing;
    static URI endpoint;
    static Path scratchRoot;

    private String prefix;

    @BeforeAll
    static void startServer() throws Exception {
        backing = ContextBuilder.newBuilder("transient").credentials("identity", "credential")
                .build(BlobStoreContext.class);
        backing.getBlobStore().createContainerInLocation(null, BUCKET);
        server = S3Proxy.builder().blobStore(backing.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
        server.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!"STARTED".equals(server.getState())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("S3Proxy did not start: " + server.getState());
            }
            Thread.sleep(10);
        }
        endpoint = URI.create("http://127.0.0.1:" + server.getPort());
        scratchRoot = Files.createTempDirectory("gongkai-s3-scratch-");
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.stop();
        backing.close();
        try (Stream<Path> files = Files.walk(scratchRoot)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static FileStorageProperties.S3 settings(String bucket, String secret, String prefix) {
        return new FileStorageProperties.S3(endpoint, null, bucket, ACCESS_KEY, secret, true, prefix,
                Duration.ofSeconds(20)).validated();
    }

    @Override
    protected BlobStore openEmpty() {
        int n = CASES.incrementAndGet();
        prefix = "case-" + n + "/";
        return S3BlobStore.connect(settings(BUCKET, SECRET_KEY, prefix), scratchRoot.resolve("case-" + n),
                Clock.systemUTC());
    }

    @Override
    protected void release(BlobStore store) {
        // the bucket is in memory and every test has its own prefix
    }

    @Test
    void objectsAreNamedByThePrefixAndTheContentAddressInTheBucket() throws IOException {
        byte[] plain = "对象名称".getBytes(StandardCharsets.UTF_8);
        String sha = sha256(plain);
        contents.store(sha, new ByteArrayInputStream(plain));
        contents.cacheText(sha, "对象名称");

        String object = prefix + sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha;
        assertThat(backing.getBlobStore().blobExists(BUCKET, object)).isTrue();
        assertThat(backing.getBlobStore().blobExists(BUCKET, object + ".txt")).isTrue();
        assertThat(blobs.describe()).isEqualTo("the S3 bucket " + BUCKET + " at " + endpoint + " under " + prefix);
    }

    @Test
    void twoInstancesShareTheBucket() throws IOException {
        S3BlobStore other = S3BlobStore.connect(settings(BUCKET, SECRET_KEY, prefix), scratchRoot.resolve("other"),
                Clock.systemUTC());
        byte[] plain = "示例县 2026 年政务公开工作要点（共享存储）".getBytes(StandardCharsets.UTF_8);
        String sha = sha256(plain);
        contents.store(sha, new ByteArrayInputStream(plain));

        StoredContents throughOther = new StoredContents(other, CIPHER);
        assertThat(throughOther.store(sha, new ByteArrayInputStream(plain))).as("already there").isFalse();
        try (InputStream in = throughOther.open(sha)) {
            assertThat(in.readAllBytes()).isEqualTo(plain);
        }
    }

    @Test
    void aWrongSecretStopsTheStartWithAClearErrorThatDoesNotShowIt() {
        assertThatThrownBy(() -> S3BlobStore.connect(settings(BUCKET, "not-the-secret", ""), scratchRoot.resolve("x"),
                Clock.systemUTC()))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("the S3 bucket gongkai-files at " + endpoint)
                .hasMessageContaining("403")
                .hasMessageContaining("gongkai.files.s3.access-key")
                .hasMessageNotContaining("not-the-secret").hasMessageNotContaining(SECRET_KEY);
    }

    @Test
    void aMissingBucketStopsTheStartSayingSo() {
        assertThatThrownBy(() -> S3BlobStore.connect(settings("no-such-bucket", SECRET_KEY, ""),
                scratchRoot.resolve("y"), Clock.systemUTC()))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("404")
                .hasMessageContaining("create the bucket no-such-bucket");
    }

    @Test
    void aClockFarOffIsRefusedByTheServer() {
        Clock yesterday = Clock.offset(Clock.systemUTC(), Duration.ofHours(-25));
        assertThatThrownBy(() -> S3BlobStore.connect(settings(BUCKET, SECRET_KEY, ""), scratchRoot.resolve("z"),
                yesterday))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("403").hasMessageContaining("NTP");
    }
}
