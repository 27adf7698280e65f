package org.gongkai.imports;

import java.util.List;
import java.util.Map;

/**
 * One row of an imported table. {@code number} is the row in the file (the header is row 1 in CSV and XLSX; JSON
 * lines count from 1), {@code cells} the values in column order, {@code byName} the same values keyed by the
 * header's column names (or a JSON line's member names).
 */
public record TableRow(int number, List<String> cells, Map<String, String> byName) {

    /** The trimmed cell of a column position, "" when missing. */
    public String get(int column) {
        if (column >= cells.size() || cells.get(column) == null) {
            return "";
        }
        return cells.get(column).trim();
    }

    /** The stripped value of a named column, or null when absent or blank. */
    public String text(String column) {
        String v = byName.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    public boolean isBlank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
