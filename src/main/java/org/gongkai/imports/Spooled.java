package org.gongkai.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A request body copied to a temporary file, so that it can be hashed (for the idempotency key) and then read
 * again by the import without holding it in memory. Deleted on close.
 */
public final class Spooled implements AutoCloseable {

    private final Path file;

    private Spooled(Path file) {
        this.file = file;
    }

    public static Spooled of(InputStream body) {
        try (InputStream in = body) {
            Path temp = Files.createTempFile("gongkai-body", ".bin");
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            return new Spooled(temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the temp directory is cleaned by the OS
        }
    }
}
