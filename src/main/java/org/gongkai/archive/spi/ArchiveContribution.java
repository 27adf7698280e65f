package org.gongkai.archive.spi;

import java.util.List;

/**
 * A module's part of the full export (decision 014): the tables it owns, in the order they are written and read back
 * (parents before children), and, for the files module, the stored bytes. The archive module does the mechanics
 * (JSON lines, checksums, bounds, all-or-none import); the owning module says what its rows mean: which columns are
 * personal data encrypted at rest (exported in clear, encrypted again with the importing instance's key), which are
 * secrets left out, and how derived columns (blind indexes) are computed again on import.
 */
public interface ArchiveContribution {

    /** Sections are exported and imported by ascending order: organisation before the modules that refer to units. */
    int order();

    List<ArchiveTable> tables();

    /** The stored files, or null: only the files module keeps bytes. */
    default ArchiveFiles files() {
        return null;
    }

    /** After the import committed (e.g. identity writes the new accounts' first passwords). */
    default void afterImport() {}
}
