package org.gongkai.archive.spi;

/** An archive was imported and committed: search rebuilds its index from the imported catalogue. */
public record ArchiveImported(long rows, long files) {}
