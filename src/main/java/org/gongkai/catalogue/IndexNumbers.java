package org.gongkai.catalogue;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Assigns 索引号 at first publication from the pattern setting (default {@code {creditCode}/{YYYY}-{NNNNN}}),
 * with a sequence per unit and year (per month when the pattern has {@code {MM}}). The sequence row is
 * incremented under its row lock, so concurrent publications never get the same number; a number already held
 * (an imported document kept its own) is skipped, and numbers are never reused because documents are never
 * deleted and the column is unique.
 */
@Component
class IndexNumbers {

    private static final Pattern SEQUENCE = Pattern.compile("\\{(N+)\\}");

    private final JdbcClient jdbc;
    private final String pattern;

    IndexNumbers(JdbcClient jdbc, CatalogueProperties properties) {
        this.jdbc = jdbc;
        this.pattern = properties.indexNumberPattern();
    }

    String next(long unitId, String creditCode, LocalDate on, DocumentRepository documents) {
        String period = pattern.contains("{MM}") ? String.format("%04d%02d", on.getYear(), on.getMonthValue())
                : String.valueOf(on.getYear());
        while (true) {
            String candidate = format(pattern, creditCode, on, increment(unitId, period));
            if (!documents.indexNumberTaken(candidate)) {
                return candidate;
            }
        }
    }

    private int increment(long unitId, String period) {
        jdbc.sql("INSERT INTO catalogue_index_sequence (unit_id, seq_period, last_value) VALUES (?, ?, 0) "
                + "ON CONFLICT DO NOTHING").params(unitId, period).update();
        jdbc.sql("UPDATE catalogue_index_sequence SET last_value = last_value + 1 WHERE unit_id = ? AND seq_period = ?")
                .params(unitId, period).update();
        return jdbc.sql("SELECT last_value FROM catalogue_index_sequence WHERE unit_id = ? AND seq_period = ?")
                .params(unitId, period).query(Integer.class).single();
    }

    static String format(String pattern, String creditCode, LocalDate on, int sequence) {
        String out = pattern.replace("{creditCode}", creditCode == null ? "" : creditCode)
                .replace("{YYYY}", String.format("%04d", on.getYear()))
                .replace("{MM}", String.format("%02d", on.getMonthValue()));
        Matcher m = SEQUENCE.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, String.format("%0" + m.group(1).length() + "d", sequence));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
