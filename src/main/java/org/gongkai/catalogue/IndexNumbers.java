package org.gongkai.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Assigns 索引号 at first publication from the pattern setting (default {@code {creditCode}/{YYYY}-{NNNNN}}),
 * with a sequence per unit and year (per month when the pattern has {@code {MM}}). The sequence row is
 * incremented under its row lock, so concurrent publications never get the same number; a number already held
 * (an imported document kept its own) is skipped, and numbers are never reused because documents are never
 * deleted and the column is unique. An import takes the values a batch needs of each sequence at once
 * ({@link #take}).
 */
@Component
class IndexNumbers {

    /** One sequence: a unit and a period ({@code YYYY}, or {@code YYYYMM} when the pattern has {@code {MM}}). */
    record Sequence(long unitId, String period) {
        static final Comparator<Sequence> ORDER = Comparator.comparingLong(Sequence::unitId)
                .thenComparing(Sequence::period);
    }

    private static final Pattern SEQUENCE = Pattern.compile("\\{(N+)\\}");

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final String pattern;

    IndexNumbers(JdbcClient jdbc, JdbcTemplate template, CatalogueProperties properties) {
        this.jdbc = jdbc;
        this.template = template;
        this.pattern = properties.indexNumberPattern();
    }

    String next(long unitId, String creditCode, LocalDate on, DocumentRepository documents) {
        Sequence sequence = sequence(unitId, on);
        while (true) {
            String candidate = format(creditCode, on, take(Map.of(sequence, 1)).get(sequence));
            if (!documents.indexNumberTaken(candidate)) {
                return candidate;
            }
        }
    }

    Sequence sequence(long unitId, LocalDate on) {
        return new Sequence(unitId, pattern.contains("{MM}")
                ? String.format("%04d%02d", on.getYear(), on.getMonthValue()) : String.valueOf(on.getYear()));
    }

    String format(String creditCode, LocalDate on, int value) {
        return format(pattern, creditCode, on, value);
    }

    /**
     * Takes {@code count} further values of each sequence and answers the last value taken of each (so the values
     * are {@code last - count + 1 … last}). The rows are locked in one order (unit, period) until the transaction
     * ends; three statements whatever the number of sequences.
     */
    Map<Sequence, Integer> take(Map<Sequence, Integer> counts) {
        if (counts.isEmpty()) {
            return Map.of();
        }
        List<Sequence> keys = new ArrayList<>(counts.keySet());
        keys.sort(Sequence.ORDER);
        template.batchUpdate("INSERT INTO catalogue_index_sequence (unit_id, seq_period, last_value) VALUES (?, ?, 0) "
                + "ON CONFLICT DO NOTHING", keys.stream().map(k -> new Object[] {k.unitId(), k.period()}).toList());
        template.batchUpdate("UPDATE catalogue_index_sequence SET last_value = last_value + ? "
                + "WHERE unit_id = ? AND seq_period = ?",
                keys.stream().map(k -> new Object[] {counts.get(k), k.unitId(), k.period()}).toList());
        Map<Sequence, Integer> last = new HashMap<>();
        jdbc.sql("SELECT unit_id, seq_period, last_value FROM catalogue_index_sequence WHERE unit_id IN (:units)")
                .param("units", keys.stream().map(Sequence::unitId).distinct().toList())
                .query(rs -> {
                    Sequence s = new Sequence(rs.getLong("unit_id"), rs.getString("seq_period"));
                    if (counts.containsKey(s)) {
                        last.put(s, rs.getInt("last_value"));
                    }
                });
        return last;
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
