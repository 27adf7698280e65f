package org.gongkai.organisation;

import java.util.List;

/**
 * The outcome of an import: either every row was written ({@code errors} empty) or none was, and
 * {@code errors} says which row and column were wrong and why.
 */
public record ImportReport(int rowsRead, int rowsWritten, List<RowError> errors) {

    /** One problem: the spreadsheet row number (1 = header), the column's heading and a Chinese message. */
    public record RowError(int row, String column, String message) {}

    public boolean completed() {
        return errors.isEmpty();
    }
}
