package org.gongkai.archive.spi;

import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One table in the archive: {@code data/<name>.jsonl}, one JSON object per row, column name to value (numbers,
 * booleans, strings; dates {@code YYYY-MM-DD}, instants ISO-8601 in UTC).
 *
 * @param name      the table
 * @param orderBy   the columns the rows are written in (a stable order, so two exports of one state are equal)
 * @param mode      {@link Mode#APPEND}: must be empty in the importing instance; {@link Mode#REPLACE}: configuration a
 *                  fresh instance seeds itself (calendar, templates, synonyms), replaced by the archive's rows
 * @param encrypted columns holding SM4 ciphertext ({@code FieldCipher}): written in clear, encrypted on import
 * @param omitted   columns never written (secrets bound to the old installation); {@code onImport} fills them
 * @param parent    a column referring to the same table (a tree): rows are inserted parents first; null if none
 * @param onImport  adjusts a row (clear values) before it is inserted: recomputes blind indexes, fills omitted columns
 */
public record ArchiveTable(String name, String orderBy, Mode mode, Set<String> encrypted, Set<String> omitted,
        String parent, Consumer<Map<String, Object>> onImport) {

    public enum Mode {
        APPEND,
        REPLACE
    }

    public ArchiveTable {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("table name: " + name);
        }
        encrypted = Set.copyOf(encrypted);
        omitted = Set.copyOf(omitted);
        onImport = onImport == null ? row -> {} : onImport;
    }

    /** A plain table: rows as they are, must be empty before an import. */
    public static ArchiveTable of(String name, String orderBy) {
        return new ArchiveTable(name, orderBy, Mode.APPEND, Set.of(), Set.of(), null, null);
    }

    /** Configuration seeded by a fresh instance: replaced by the archive's rows. */
    public static ArchiveTable replacing(String name, String orderBy) {
        return new ArchiveTable(name, orderBy, Mode.REPLACE, Set.of(), Set.of(), null, null);
    }

    public ArchiveTable encrypted(String... columns) {
        return new ArchiveTable(name, orderBy, mode, Set.of(columns), omitted, parent, onImport);
    }

    public ArchiveTable omitted(String... columns) {
        return new ArchiveTable(name, orderBy, mode, encrypted, Set.of(columns), parent, onImport);
    }

    public ArchiveTable tree(String parentColumn) {
        return new ArchiveTable(name, orderBy, mode, encrypted, omitted, parentColumn, onImport);
    }

    public ArchiveTable onImport(Consumer<Map<String, Object>> hook) {
        return new ArchiveTable(name, orderBy, mode, encrypted, omitted, parent, hook);
    }
}
