package org.gongkai.organisation;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.imports.ImportReport;
import org.gongkai.imports.ImportReport.RowError;
import org.gongkai.imports.TableRow;

/** Shared steps of the imports: header check and skipping blank rows. */
final class Imports {

    private Imports() {}

    /** The data rows after the header; adds an error when the header does not match the template. */
    static List<TableRow> dataRows(List<TableRow> table, List<String> columns, List<RowError> errors) {
        if (table.isEmpty()) {
            errors.add(new RowError(1, "", "文件是空的，请使用模板填写"));
            return List.of();
        }
        TableRow header = table.get(0);
        for (int i = 0; i < columns.size(); i++) {
            if (!header.get(i).equals(columns.get(i))) {
                errors.add(new RowError(header.number(), columns.get(i),
                        "第" + (i + 1) + "列表头应为“" + columns.get(i) + "”，请使用模板"));
                return List.of();
            }
        }
        List<TableRow> rows = new ArrayList<>();
        for (TableRow r : table.subList(1, table.size())) {
            if (!r.isBlank()) {
                rows.add(r);
            }
        }
        if (rows.isEmpty()) {
            errors.add(new RowError(1, "", "文件中没有数据行"));
        }
        return rows;
    }
}
