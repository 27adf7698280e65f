package org.gongkai.files;

import java.io.InputStream;
import java.util.Optional;

/**
 * The files module's published port: stores uploaded files (in the folder {@code <data-dir>/files} or
 * {@code gongkai.files.dir}, or in an S3-compatible bucket with {@code gongkai.files.store=s3}), checks their type by
 * content (not by name), and extracts their text for search and the personal-data guard.
 */
public interface FileStore {

    /**
     * A stored file. {@code mediaType} is what the content is (detected), not what the client claimed.
     */
    record StoredFile(String id, String originalName, String mediaType, long size, String sha256) {}

    /**
     * Stores a file under the one attachment policy ({@link AttachmentPolicy}): the purpose's types and size, the
     * bounds on zip-based files, and, for a purpose whose files are read, the text extracted now within the bounds
     * of {@link FilesProperties}. Refuses (GongkaiException with a Chinese message, field "file") a file that is
     * empty, larger than the purpose allows, of a detected type the purpose does not allow, whose name's extension
     * contradicts its content, or that cannot be read within the bounds. This is the only way in: every module
     * stores its uploads for a purpose.
     */
    StoredFile store(InputStream content, String originalName, AttachmentPurpose purpose);

    Optional<StoredFile> find(String id);

    /** Opens the stored bytes; the caller closes the stream. */
    InputStream open(String id);

    /**
     * Plain text of the file (PDF, Office, OpenDocument, HTML, text; empty for images), extracted once within the
     * bounds of {@link FilesProperties} and cached encrypted; a file that cannot be read within them is refused
     * (GongkaiException, field "file").
     */
    String extractText(String id);

    /**
     * A derived artifact of a stored file (e.g. a table preview), computed by {@code producer} from the file's bytes
     * the first time it is asked for and then kept next to the file, SM4-encrypted like the extracted text. The
     * artifact name says what it is and its format version ({@code tables-v1}); the content never changes, so
     * neither does the artifact.
     */
    byte[] derived(String id, String artifact, java.util.function.Function<InputStream, byte[]> producer);
}
