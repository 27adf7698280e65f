package org.gongkai.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;
import org.gongkai.archive.spi.ArchiveContribution;
import org.gongkai.archive.spi.ArchiveFiles;
import org.gongkai.archive.spi.ArchiveTable;
import org.gongkai.common.FieldCipher;
import org.gongkai.common.GongkaiProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Files in the full export: the {@code files_file} rows and each stored content once, decrypted, as
 * {@code files/<sha256>}; on import the bytes are encrypted with this instance's key into the same content address.
 * Cached text and derived artifacts are not carried: they are produced again on first use.
 */
@Component
class FilesArchive implements ArchiveContribution, ArchiveFiles {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Path root;

    FilesArchive(JdbcClient jdbc, FieldCipher cipher, GongkaiProperties properties,
            @Value("${gongkai.files.dir:}") String dir) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.root = LocalFileStore.root(properties, dir);
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public List<ArchiveTable> tables() {
        return List.of(ArchiveTable.of("files_file", "id"));
    }

    @Override
    public ArchiveFiles files() {
        return this;
    }

    @Override
    public void forEachDigest(Consumer<String> digest) {
        jdbc.sql("SELECT DISTINCT sha256 FROM files_file ORDER BY sha256").query(String.class).stream()
                .forEach(digest);
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return cipher.decrypting(Files.newInputStream(pathOf(sha256)));
    }

    @Override
    public Path store(String sha256, InputStream plain) throws IOException {
        Path target = pathOf(sha256);
        if (Files.exists(target)) {
            plain.transferTo(OutputStream.nullOutputStream());
            return null;
        }
        Files.createDirectories(target.getParent());
        Path part = Files.createTempFile(target.getParent(), "import-", ".part");
        try {
            try (OutputStream out = cipher.encrypting(Files.newOutputStream(part))) {
                plain.transferTo(out);
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }
}
