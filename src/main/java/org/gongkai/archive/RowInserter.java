package org.gongkai.archive;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.archive.spi.ArchiveTable;
import org.gongkai.common.ErrorCode;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts one table's rows in batches with the column set of its first row (every row must have the same). Rows of a
 * tree ({@link ArchiveTable#parent}) are kept until the end and inserted parents first. A row that does not fit its
 * column, or that the database refuses, stops the import with the table and line.
 */
final class RowInserter {

    private record Row(Map<String, Object> values, long line) {}

    private final JdbcTemplate jdbc;
    private final ArchiveTable table;
    private final Map<String, Column> columns;
    private final int batchSize;
    private final List<Row> pending = new ArrayList<>();
    private List<String> names;
    private long count;

    RowInserter(JdbcTemplate jdbc, ArchiveTable table, Map<String, Column> columns, int batchSize) {
        this.jdbc = jdbc;
        this.table = table;
        this.columns = columns;
        this.batchSize = batchSize;
    }

    void add(Map<String, Object> values, long line) {
        if (names == null) {
            names = List.copyOf(values.keySet());
        } else if (!new HashSet<>(names).equals(values.keySet())) {
            throw ArchiveCheck.refuse(ErrorCode.ARCHIVE_MALFORMED, "表 " + table.name() + " 第 " + line + " 行的列与第一行不同");
        }
        pending.add(new Row(values, line));
        if (table.parent() == null && pending.size() >= batchSize) {
            flush(pending);
            pending.clear();
        }
    }

    long finish() {
        if (table.parent() == null) {
            flush(pending);
        } else {
            for (List<Row> level : parentsFirst()) {
                flush(level);
            }
        }
        pending.clear();
        return count;
    }

    /** The rows in levels: roots, then rows whose parent is in an earlier level. */
    private List<List<Row>> parentsFirst() {
        List<List<Row>> levels = new ArrayList<>();
        Set<Object> inserted = new HashSet<>();
        List<Row> left = new ArrayList<>(pending);
        while (!left.isEmpty()) {
            List<Row> level = new ArrayList<>();
            List<Row> later = new ArrayList<>();
            for (Row row : left) {
                Object parent = row.values().get(table.parent());
                (parent == null || inserted.contains(key(parent)) ? level : later).add(row);
            }
            if (level.isEmpty()) {
                throw ArchiveCheck.refuse(ErrorCode.ARCHIVE_MALFORMED, "表 " + table.name() + " 第 " + later.get(0).line()
                        + " 行的上级（" + table.parent() + "）不存在");
            }
            level.forEach(r -> inserted.add(key(r.values().get("id"))));
            levels.add(level);
            left = later;
        }
        return levels;
    }

    private static Object key(Object id) {
        return id instanceof Number n ? (Object) n.longValue() : id;
    }

    private void flush(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Column> cols = names.stream().map(columns::get).toList();
        List<Object[]> bound = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Object[] values = new Object[cols.size()];
            for (int i = 0; i < cols.size(); i++) {
                try {
                    values[i] = cols.get(i).bind(row.values().get(cols.get(i).name()));
                } catch (IllegalArgumentException e) {
                    throw ArchiveCheck.refuse(ErrorCode.ARCHIVE_MALFORMED, "表 " + table.name() + " 第 " + row.line()
                            + " 行：" + e.getMessage());
                }
            }
            bound.add(values);
        }
        String sql = "INSERT INTO " + table.name() + " (" + String.join(", ", names.stream().map(n -> '"' + n + '"').toList())
                + ") VALUES ("
                + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
        try {
            jdbc.batchUpdate(sql, new BatchPreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement ps, int i) throws SQLException {
                    Object[] values = bound.get(i);
                    for (int c = 0; c < values.length; c++) {
                        if (values[c] == null) {
                            ps.setNull(c + 1, cols.get(c).sqlType());
                        } else {
                            ps.setObject(c + 1, values[c]);
                        }
                    }
                }

                @Override
                public int getBatchSize() {
                    return bound.size();
                }
            });
        } catch (DataAccessException e) {
            throw ArchiveCheck.refuse(ErrorCode.ARCHIVE_MALFORMED, "表 " + table.name() + " 第 " + rows.get(0).line()
                    + " 行起的数据无法写入（与约束冲突或值不合法）");
        }
        count += rows.size();
    }
}
