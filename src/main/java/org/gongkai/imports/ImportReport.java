package org.gongkai.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of every import: either every row was written ({@code completed}, no errors) or none was, and
 * {@code errors} says which row and column were wrong and why. {@code row} is the row in the file (header = 1 in
 * CSV/XLSX, JSON lines count from 1, 0 = the file as a whole), {@code column} the column name.
 */
public record ImportReport(boolean completed, int rowsRead, int rowsWritten, List<RowError> errors,
        boolean moreErrors) {

    /** Most errors one report lists; the rest are counted as "more". */
    public static final int MAX_ERRORS = 500;

    /** One problem: row, column name and a Chinese message. */
    public record RowError(int row, String column, String message) {}

    /** A report that is complete exactly when there is no error. */
    public ImportReport(int rowsRead, int rowsWritten, List<RowError> errors) {
        this(errors.isEmpty(), rowsRead, errors.isEmpty() ? rowsWritten : 0, List.copyOf(errors), false);
    }

    /** The rows written (0 unless completed). */
    public int imported() {
        return rowsWritten;
    }

    /** Collects the errors of one import, at most {@link #MAX_ERRORS}. */
    public static final class Errors {
        private final List<RowError> list = new ArrayList<>();
        private boolean more;

        public void add(int row, String column, String message) {
            if (list.size() >= MAX_ERRORS) {
                more = true;
            } else {
                list.add(new RowError(row, column, message));
            }
        }

        /** How many errors so far (the cut-off counts as one more). */
        public int count() {
            return list.size() + (more ? 1 : 0);
        }

        public boolean isEmpty() {
            return list.isEmpty() && !more;
        }

        public ImportReport report(int rowsRead, int rowsWritten) {
            boolean ok = isEmpty();
            return new ImportReport(ok, rowsRead, ok ? rowsWritten : 0, List.copyOf(list), more);
        }
    }
}
