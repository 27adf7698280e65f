package org.gongkai.archive;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One column as JDBC describes it, and how its values look in the archive: integers and booleans as JSON numbers and
 * booleans, dates {@code YYYY-MM-DD}, instants ISO-8601 in UTC ({@code 2026-06-15T02:00:00Z}), text as strings. The
 * same mapping reads H2 and PostgreSQL, so an archive written on one imports into the other.
 */
record Column(String name, Kind kind, int sqlType, boolean identity) {

    enum Kind { INTEGER, BOOLEAN, DATE, INSTANT, LOCAL_TIMESTAMP, TEXT, DECIMAL, OTHER }

    static List<Column> of(ResultSetMetaData meta) throws SQLException {
        List<Column> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            int type = meta.getColumnType(i);
            columns.add(new Column(meta.getColumnLabel(i).toLowerCase(Locale.ROOT),
                    kind(type, meta.getColumnTypeName(i)), type, meta.isAutoIncrement(i)));
        }
        return columns;
    }

    static Kind kind(int sqlType, String typeName) {
        String t = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        if (sqlType == Types.TIMESTAMP_WITH_TIMEZONE || t.contains("timestamptz") || t.contains("with time zone")) {
            return Kind.INSTANT;
        }
        return switch (sqlType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Kind.INTEGER;
            case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
            case Types.DATE -> Kind.DATE;
            case Types.TIMESTAMP -> Kind.LOCAL_TIMESTAMP;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR,
                    Types.LONGNVARCHAR, Types.NCLOB -> Kind.TEXT;
            case Types.NUMERIC, Types.DECIMAL, Types.DOUBLE, Types.REAL, Types.FLOAT -> Kind.DECIMAL;
            default -> Kind.OTHER;
        };
    }

    /** The value of this column in the current row, as written to the archive. */
    Object read(ResultSet rs, int index) throws SQLException {
        Object value = switch (kind) {
            case INTEGER -> rs.getLong(index);
            case BOOLEAN -> rs.getBoolean(index);
            case DATE -> {
                LocalDate d = rs.getObject(index, LocalDate.class);
                yield d == null ? null : d.toString();
            }
            case INSTANT -> {
                OffsetDateTime t = rs.getObject(index, OffsetDateTime.class);
                yield t == null ? null : t.toInstant().toString();
            }
            case LOCAL_TIMESTAMP -> {
                LocalDateTime t = rs.getObject(index, LocalDateTime.class);
                yield t == null ? null : t.toString();
            }
            case TEXT -> rs.getString(index);
            case DECIMAL -> rs.getBigDecimal(index);
            case OTHER -> throw new IllegalStateException("column " + name + " has a type the archive does not carry");
        };
        return rs.wasNull() ? null : value;
    }

    /** The JDBC value of an archive value; IllegalArgumentException when it does not fit the column. */
    Object bind(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return switch (kind) {
                case INTEGER -> sqlType == Types.BIGINT ? ((Number) value).longValue() : (Object) ((Number) value).intValue();
                case BOOLEAN -> (Boolean) value;
                case DATE -> LocalDate.parse((String) value);
                case INSTANT -> OffsetDateTime.ofInstant(Instant.parse((String) value), ZoneOffset.UTC);
                case LOCAL_TIMESTAMP -> LocalDateTime.parse((String) value);
                case TEXT -> (String) value;
                case DECIMAL -> new BigDecimal(value.toString());
                case OTHER -> throw new IllegalArgumentException("unsupported column type");
            };
        } catch (ClassCastException | java.time.format.DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("列 " + name + " 的值类型不正确");
        }
    }
}
