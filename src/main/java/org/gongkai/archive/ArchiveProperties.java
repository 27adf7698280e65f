package org.gongkai.archive;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The full export and its import ({@code gongkai.archive.*}).
 *
 * @param importFrom          an archive to import at start into this (empty) instance; unset: none
 * @param maxEntryBytes       largest uncompressed entry (default 8 GiB), counted while inflating, never from headers
 * @param maxTotalBytes       largest uncompressed archive (default 64 GiB)
 * @param maxEntries          most entries (default 2,000,000)
 * @param maxCompressionRatio largest ratio uncompressed/compressed of an entry beyond 1 MiB (default 200: JSON lines
 *                            compress about 5–20 times; a zip bomb a thousand times and more)
 * @param maxRowChars         longest JSON line (default 16 Mi characters)
 */
@ConfigurationProperties("gongkai.archive")
public record ArchiveProperties(Path importFrom, Long maxEntryBytes, Long maxTotalBytes, Integer maxEntries,
        Integer maxCompressionRatio, Integer maxRowChars) {

    static final long MIB = 1024L * 1024;

    public ArchiveProperties {
        maxEntryBytes = positive(maxEntryBytes, 8192 * MIB);
        maxTotalBytes = positive(maxTotalBytes, 65536 * MIB);
        maxEntries = maxEntries == null || maxEntries <= 0 ? 2_000_000 : maxEntries;
        maxCompressionRatio = maxCompressionRatio == null || maxCompressionRatio <= 1 ? 200 : maxCompressionRatio;
        maxRowChars = maxRowChars == null || maxRowChars <= 0 ? 16 * 1024 * 1024 : maxRowChars;
    }

    private static long positive(Long value, long fallback) {
        return value == null || value <= 0 ? fallback : value;
    }
}
