package org.gongkai.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A request body copied to a temporary file, so that it can be hashed (for the idempotency key) and then read
 * again by the import without holding it in memory. Deleted on close. A body longer than {@link #MAX_BYTES} is refused
 * ({@code PAYLOAD_TOO_LARGE} at field {@code file}) while it is copied: no request can fill the disk.
 */
public final class Spooled implements AutoCloseable {

    private final Path file;

    private Spooled(Path file) {
        this.file = file;
    }

    /** The largest request body an import takes (64 MB: 5,000 documents of 3,000 characters fit twice). */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    public static Spooled of(InputStream body) {
        return of(body, MAX_BYTES);
    }

    public static Spooled of(InputStream body, long maxBytes) {
        Path temp = null;
        try (InputStream in = BoundedInput.of(body, maxBytes)) {
            temp = Files.createTempFile("gongkai-body", ".bin");
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            return new Spooled(temp);
        } catch (IOException | RuntimeException e) {
            delete(temp);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    private static void delete(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the temp directory is cleaned by the OS
        }
    }

    public InputStream open() {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String hash(String... parts) {
        return IdempotencyKeys.hash(open(), parts);
    }

    @Override
    public void close() {
        delete(file);
    }
}
