package org.gongkai.catalogue;

import java.util.List;

/**
 * The outcome of a catalogue import: all rows or none. {@code row} is the line number in the file (the header
 * is row 1 in CSV/XLSX; JSON lines count from 1), {@code column} the field name.
 */
public record ImportReport(boolean completed, int rowsRead, int imported, List<RowError> errors,
        boolean moreErrors) {

    public record RowError(int row, String column, String message) {}
}
