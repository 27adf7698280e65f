package org.gongkai.files;

import java.io.InputStream;
import java.util.Optional;
import java.util.Set;

/**
 * The files module's published port: stores uploaded files under {@code <data-dir>/files} (later S3), checks
 * their type by content (not by name), and extracts their text for search and the personal-data guard.
 */
public interface FileStore {

    /**
     * A stored file. {@code mediaType} is what the content is (detected), not what the client claimed.
     */
    record StoredFile(String id, String originalName, String mediaType, long size, String sha256) {}

    /**
     * Stores a file after checking it. Refuses (GongkaiException with a Chinese message, field "file") a file
     * larger than {@code maxBytes}, empty, or whose detected type is not in {@code allowedMediaTypes}, or whose
     * name's extension contradicts the detected type.
     */
    StoredFile store(InputStream content, String originalName, Set<String> allowedMediaTypes, long maxBytes);

    Optional<StoredFile> find(String id);

    /** Opens the stored bytes; the caller closes the stream. */
    InputStream open(String id);

    /** Plain text of the file (PDF, Office, OpenDocument, HTML, text; empty for images). */
    String extractText(String id);
}
