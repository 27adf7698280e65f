package org.gongkai.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link BlobStoreContract} on the folder (the default store), plus its layout on disk: {@code ab/cd/<sha256>} with
 * {@code .txt} and artifacts beside it, as before the store was a port (existing installations keep their files).
 */
class FolderBlobStoreContractTest extends BlobStoreContract {

    @Override
    protected BlobStore openEmpty() throws IOException {
        return new FolderBlobStore(Files.createTempDirectory("gongkai-blobs-"));
    }

    @Override
    protected void release(BlobStore store) throws IOException {
        try (Stream<Path> files = Files.walk(((FolderBlobStore) store).root())) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void theLayoutOnDiskIsUnchanged() throws IOException {
        byte[] plain = "布局不变".getBytes(StandardCharsets.UTF_8);
        String sha = sha256(plain);
        contents.store(sha, new ByteArrayInputStream(plain));
        contents.cacheText(sha, "布局不变");
        contents.derived(sha, "tables-v1", in -> new byte[] {1});

        Path dir = ((FolderBlobStore) blobs).root().resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(sha, sha + ".txt", sha + ".tables-v1");
        }
    }
}
