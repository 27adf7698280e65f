package org.gongkai.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * A table with spans, the one shape every rendering reads (web page, PDF, DOCX, XLSX): rows of cells, header
 * cells with ids, and data cells naming their headers, so the HTML table is accessible and the office formats
 * merge the same cells.
 */
public record Grid(String id, String caption, int columns, List<Row> rows) {

    public record Row(boolean head, List<Cell> cells) {}

    /**
     * @param scope   {@code col}, {@code colgroup}, {@code row}, {@code rowgroup} for header cells, else null
     * @param headers the ids of the header cells of a data cell (space-separated), else null
     */
    public record Cell(String text, int colspan, int rowspan, boolean header, String scope, String id,
            String headers, boolean numeric) {

        static Cell th(String text, String id, String scope, int colspan, int rowspan) {
            return new Cell(text, colspan, rowspan, true, scope, id, null, false);
        }

        static Cell td(String text, String headers, int colspan) {
            return new Cell(text, colspan, 1, false, null, null, headers, true);
        }

        /** For Thymeleaf: null when 1, so no attribute is written. */
        public Integer colspanAttr() {
            return colspan > 1 ? colspan : null;
        }

        public Integer rowspanAttr() {
            return rowspan > 1 ? rowspan : null;
        }
    }

    public List<Row> headRows() {
        return rows.stream().filter(Row::head).toList();
    }

    public List<Row> bodyRows() {
        return rows.stream().filter(r -> !r.head()).toList();
    }

    /** A cell placed at its top-left grid position (the HTML table model: spans push later cells right). */
    public record Placed(int row, int column, Cell cell) {}

    public List<Placed> placed() {
        List<Placed> out = new ArrayList<>();
        boolean[][] taken = new boolean[rows.size()][columns];
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Cell cell : rows.get(r).cells()) {
                while (c < columns && taken[r][c]) {
                    c++;
                }
                if (c >= columns) {
                    throw new IllegalStateException("grid " + id + " row " + r + " overflows");
                }
                for (int dr = 0; dr < cell.rowspan(); dr++) {
                    for (int dc = 0; dc < cell.colspan(); dc++) {
                        taken[r + dr][c + dc] = true;
                    }
                }
                out.add(new Placed(r, c, cell));
                c += cell.colspan();
            }
        }
        return out;
    }
}
