package org.gongkai.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import org.gongkai.archive.spi.ArchiveContribution;
import org.gongkai.archive.spi.ArchiveFiles;
import org.gongkai.archive.spi.ArchiveTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Files in the full export: the {@code files_file} rows and each stored content once, decrypted, as
 * {@code files/<sha256>}; on import the bytes are encrypted with this instance's key into the same content address,
 * in whichever store this instance uses. Cached text and derived artifacts are not carried: they are produced again
 * on first use.
 */
@Component
class FilesArchive implements ArchiveContribution, ArchiveFiles {

    private final JdbcClient jdbc;
    private final StoredContents contents;

    FilesArchive(JdbcClient jdbc, StoredContents contents) {
        this.jdbc = jdbc;
        this.contents = contents;
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
        return contents.open(sha256);
    }

    @Override
    public boolean store(String sha256, InputStream plain) throws IOException {
        return contents.store(sha256, plain);
    }

    @Override
    public void remove(String sha256) throws IOException {
        contents.remove(sha256);
    }
}
