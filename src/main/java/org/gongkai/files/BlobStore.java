package org.gongkai.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where the files module keeps its bytes, already encrypted: named blobs {@code ab/cd/<sha256>[.<suffix>]} (a content,
 * its cached text {@code .txt}, its derived artifacts {@code .<artifact>}). The folder ({@link FolderBlobStore}, the
 * default: {@code <data-dir>/files} or {@code gongkai.files.dir}) or an S3-compatible bucket ({@link S3BlobStore},
 * {@code gongkai.files.store=s3}). Blobs are written whole and never changed (content-addressed), so the store needs no
 * locking: two instances writing the same name write the same bytes. Type checks, encryption, text and caches are
 * {@link StoredContents} and {@link LocalFileStore}, the same on every store.
 */
interface BlobStore {

    /** A blob's name: two folders of the hash, the hash, an optional suffix. */
    Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}(\\.[a-z0-9-]{1,40})?");

    /**
     * The folder for temporary files (uploads being checked, blobs being encrypted before {@link #put}); for the local
     * folder it is the folder itself, so that {@link #put} is an atomic move.
     */
    Path scratch() throws IOException;

    /**
     * Stores the bytes of {@code file} (length known) as blob {@code key}, replacing it; when it returns the blob is
     * complete. The file may be moved away; the caller deletes what is left.
     */
    void put(String key, Path file) throws IOException;

    /** Opens a blob; {@link NoSuchFileException} naming the key and the store when there is none. */
    InputStream open(String key) throws IOException;

    boolean exists(String key) throws IOException;

    /** Removes a blob; a missing one is not an error. */
    void delete(String key) throws IOException;

    /** Where the blobs are, for messages and logs (never a secret). */
    String describe();

    static String checked(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a blob name: " + key);
        }
        return key;
    }
}
