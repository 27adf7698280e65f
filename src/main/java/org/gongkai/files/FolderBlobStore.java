package org.gongkai.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.gongkai.common.GongkaiProperties;

/**
 * Blobs as files in a folder: {@code gongkai.files.dir}, by default {@code <data-dir>/files}; several instances point it
 * at one shared folder (e.g. an NFS mount). A blob {@code ab/cd/<sha256>} is the file of that path; it is written as a
 * temporary file in the folder and moved into place atomically, so a reader never sees half a file.
 */
final class FolderBlobStore implements BlobStore {

    private final Path root;

    FolderBlobStore(Path root) {
        this.root = root;
    }

    /** The files folder: {@code gongkai.files.dir}, or {@code <data-dir>/files} when it is not set. */
    static FolderBlobStore of(GongkaiProperties properties, String dir) {
        return new FolderBlobStore(dir == null || dir.isBlank() ? properties.dataDir().resolve("files")
                : Path.of(dir.strip()));
    }

    Path root() {
        return root;
    }

    @Override
    public Path scratch() throws IOException {
        Files.createDirectories(root);
        return root;
    }

    @Override
    public void put(String key, Path file) throws IOException {
        Path target = pathOf(key);
        Files.createDirectories(target.getParent());
        try {
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        Path path = pathOf(key);
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(path.toString(), null, "no such blob in " + describe());
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.exists(pathOf(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(pathOf(key));
    }

    @Override
    public String describe() {
        return "the files folder " + root.toAbsolutePath();
    }

    private Path pathOf(String key) {
        return root.resolve(BlobStore.checked(key));
    }
}
