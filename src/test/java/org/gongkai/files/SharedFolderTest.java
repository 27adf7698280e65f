package org.gongkai.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.gongkai.IntegrationTest;
import org.gongkai.audit.AuditLog;
import org.gongkai.common.FieldCipher;
import org.gongkai.common.GongkaiProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several instances share uploaded files through one folder ({@code gongkai.files.dir}, e.g. a mounted volume): two
 * {@link LocalFileStore}s with their own data directories, one database and one files folder, as two instances are.
 */
@IntegrationTest
class SharedFolderTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog auditLog;

    @Autowired
    Clock clock;

    @Autowired
    FieldCipher cipher;

    @Autowired
    AttachmentPolicy policy;

    @Autowired
    GongkaiProperties properties;

    private LocalFileStore instance(Path shared, String name) {
        GongkaiProperties own = new GongkaiProperties(properties.dataDir().resolve(name), properties.siteName(),
                properties.sm4Key(), false);
        return new LocalFileStore(jdbc, auditLog, clock, FilesProperties.DEFAULTS, policy,
                new StoredContents(FolderBlobStore.of(own, shared.toString()), cipher));
    }

    @Test
    void aFileStoredThroughOneInstanceIsReadThroughTheOther() throws Exception {
        // the shared folder is where this context's own store keeps its files, so the rows written here stay readable
        // by everything else in the context (the full export reads every stored file)
        Path shared = properties.dataDir().resolve("files");
        String run = UUID.randomUUID().toString();
        LocalFileStore a = instance(shared, "instance-a-" + run);
        LocalFileStore b = instance(shared, "instance-b-" + run);
        byte[] content = "示例县 2026 年政务公开工作要点（共享存储测试）".getBytes(StandardCharsets.UTF_8);

        FileStore.StoredFile stored = a.store(new ByteArrayInputStream(content), "要点.txt", Set.of("text/plain"), 1 << 20);

        assertThat(b.find(stored.id())).contains(stored);
        try (InputStream in = b.open(stored.id())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(b.extractText(stored.id())).contains("政务公开工作要点");
        try (var files = Files.walk(shared)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .as("the bytes are in the shared folder, encrypted, under their hash").contains(stored.sha256());
        }
        assertThat(properties.dataDir().resolve("instance-a-" + run).resolve("files")).doesNotExist();
    }
}
