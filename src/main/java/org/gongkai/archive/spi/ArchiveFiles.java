package org.gongkai.archive.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/** The stored bytes, by SHA-256 of their plain content: written to the archive as {@code files/<sha256>}, in clear. */
public interface ArchiveFiles {

    /** Every distinct content digest the file rows refer to, in ascending order. */
    void forEachDigest(Consumer<String> digest);

    /** The plain bytes of one content. */
    InputStream open(String sha256) throws IOException;

    /**
     * Stores plain bytes whose digest the caller has checked (the stream is read to its end). Returns true when they
     * were written now, false when that content was already stored (so a failed import removes exactly what it wrote,
     * with {@link #remove}).
     */
    boolean store(String sha256, InputStream plain) throws IOException;

    /** Removes a content this import stored. */
    void remove(String sha256) throws IOException;
}
