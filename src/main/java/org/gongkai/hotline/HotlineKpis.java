package org.gongkai.hotline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hotline KPIs of issue #12, each with its numerator and denominator (never a bare ratio). A row belongs to the
 * period by the date it names: a ticket by the day it was received or closed, a dispatch by the day it was sent, a
 * callback by the day it was made. Per unit, a dispatch counts for the unit it went to and every other row for the
 * unit the ticket was last dispatched to; county-wide figures include the tickets the centre handled itself.
 * Imported tickets count exactly like live ones. Each indicator is one {@link Definition}: the same rows are counted
 * for the figures and listed for the drill-down ({@link #tickets}).
 */
@Component
@Transactional(readOnly = true)
class HotlineKpis {

    /** One indicator; {@code denominator} is null for a count, {@code value} null when the denominator is 0. */
    record Indicator(String code, String name, long numerator, Long denominator, BigDecimal value) {}

    /**
     * An indicator's rows as SQL ({@code FROM … WHERE …} over {@code :from}, {@code :to} and, per unit, {@code :unit}):
     * the numerator's, the denominator's (null for a count), the expression naming each row's ticket id and the one
     * naming the unit a row counts for (the per-unit table groups by it; null = the centre handled the ticket itself).
     */
    record Definition(String code, String name, String numerator, String denominator, String ticketId,
            String unitColumn) {

        Definition(String code, String name, String numerator, String denominator, String ticketId) {
            this(code, name, numerator, denominator, ticketId, ticketId.startsWith("d.") ? "d.unit_id" : "t.unit_id");
        }
    }

    /** One unit's figures in the per-unit table; {@code unitId} null for the tickets the centre handled itself. */
    record UnitFigures(Long unitId, List<Indicator> indicators) {}

    /** One ticket behind a figure. */
    record Row(String ticketNumber, String category, String status, java.time.Instant receivedAt, LocalDate dueOn,
            LocalDate closedOn, Long unitId) {}

    private final JdbcClient jdbc;

    HotlineKpis(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The definitions, in the order of issue #12's table; {@code unitId} null for the whole county. */
    static List<Definition> definitions(Long unitId) {
        String ticketUnit = unitId == null ? "" : " AND t.unit_id = :unit";
        String dispatchUnit = unitId == null ? "" : " AND d.unit_id = :unit";
        String dispatches = "FROM hotline_dispatch d WHERE d.dispatched_on BETWEEN :from AND :to" + dispatchUnit;
        String closed = "FROM hotline_ticket t WHERE t.closed_on BETWEEN :from AND :to" + ticketUnit;
        // a ticket called back more than once in the period counts once, by its last callback of the period
        String lastCallback = "FROM hotline_callback c JOIN hotline_ticket t ON t.id = c.ticket_id"
                + " WHERE c.called_on BETWEEN :from AND :to" + ticketUnit
                + " AND c.id = (SELECT MAX(c2.id) FROM hotline_callback c2 WHERE c2.ticket_id = c.ticket_id"
                + " AND c2.called_on BETWEEN :from AND :to)";
        String callbacks = "FROM hotline_callback c JOIN hotline_ticket t ON t.id = c.ticket_id"
                + " WHERE c.called_on BETWEEN :from AND :to" + ticketUnit;
        // the same topic: equal topics, or both without a topic and of the same category
        String withPhone = "FROM hotline_ticket t WHERE t.received_on BETWEEN :from AND :to"
                + " AND t.caller_phone_index IS NOT NULL" + ticketUnit;
        return List.of(
                new Definition("RECEIVED", "受理量",
                        "FROM hotline_ticket t WHERE t.received_on BETWEEN :from AND :to" + ticketUnit, null, "t.id"),
                new Definition("ACCEPTED_ON_TIME_RATE", "按时签收率", dispatches
                        + " AND d.accepted_at IS NOT NULL AND d.accepted_at <= d.accept_due_at", dispatches,
                        "d.ticket_id"),
                new Definition("CLOSED_ON_TIME_RATE", "按期办结率", closed + " AND t.closed_on <= t.closed_due_on",
                        closed, "t.id"),
                new Definition("SOLVED_RATE", "解决率", lastCallback + " AND c.solved = TRUE", lastCallback, "t.id"),
                new Definition("SATISFACTION_RATE", "满意率（满意度 4 或 5）", callbacks + " AND c.satisfaction >= 4",
                        callbacks, "t.id"),
                new Definition("RETURN_RATE", "退单率", dispatches + " AND d.returned_at IS NOT NULL", dispatches,
                        "d.ticket_id"),
                new Definition("REPEAT_CALL_RATE", "重复来电率", withPhone
                        + " AND EXISTS (SELECT 1 FROM hotline_ticket p WHERE p.caller_phone_index = t.caller_phone_index"
                        + " AND p.id <> t.id AND p.received_at < t.received_at"
                        + " AND p.received_at >= t.received_at - INTERVAL '30' DAY"
                        + " AND (p.topic = t.topic OR (p.topic IS NULL AND t.topic IS NULL AND p.category = t.category)))",
                        withPhone, "t.id"));
    }

    static Optional<Definition> definition(String code, Long unitId) {
        return definitions(unitId).stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** The indicators over {@code [from, to]} (days, inclusive) for a unit, or the whole county when null. */
    List<Indicator> compute(Long unitId, LocalDate from, LocalDate to) {
        List<Indicator> out = new ArrayList<>();
        for (Definition d : definitions(unitId)) {
            long numerator = count("SELECT COUNT(*) " + d.numerator(), unitId, from, to);
            if (d.denominator() == null) {
                out.add(new Indicator(d.code(), d.name(), numerator, null, null));
                continue;
            }
            long denominator = count("SELECT COUNT(*) " + d.denominator(), unitId, from, to);
            BigDecimal value = denominator == 0 ? null
                    : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
            out.add(new Indicator(d.code(), d.name(), numerator, denominator, value));
        }
        return out;
    }

    /**
     * Every indicator per unit over {@code [from, to]} (the distribution of the county's figures over the units: each
     * unit's numerators and denominators add up to the county's), units with no row in the period left out; ordered by
     * the unit id, the centre's own tickets last.
     */
    List<UnitFigures> byUnit(LocalDate from, LocalDate to) {
        List<Definition> definitions = definitions(null);
        List<java.util.Map<Long, Long>> numerators = new ArrayList<>();
        List<java.util.Map<Long, Long>> denominators = new ArrayList<>();
        java.util.Set<Long> unitIds = new java.util.TreeSet<>(java.util.Comparator.nullsLast(Long::compare));
        for (Definition d : definitions) {
            numerators.add(grouped(d, d.numerator(), from, to));
            denominators.add(d.denominator() == null ? java.util.Map.of() : grouped(d, d.denominator(), from, to));
            unitIds.addAll(numerators.get(numerators.size() - 1).keySet());
            unitIds.addAll(denominators.get(denominators.size() - 1).keySet());
        }
        List<UnitFigures> out = new ArrayList<>();
        for (Long unit : unitIds) {
            List<Indicator> figures = new ArrayList<>();
            for (int i = 0; i < definitions.size(); i++) {
                Definition d = definitions.get(i);
                long numerator = numerators.get(i).getOrDefault(unit, 0L);
                Long denominator = d.denominator() == null ? null : denominators.get(i).getOrDefault(unit, 0L);
                BigDecimal value = denominator == null || denominator == 0 ? null : BigDecimal.valueOf(numerator)
                        .divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
                figures.add(new Indicator(d.code(), d.name(), numerator, denominator, value));
            }
            out.add(new UnitFigures(unit, figures));
        }
        return out;
    }

    private java.util.Map<Long, Long> grouped(Definition d, String rows, LocalDate from, LocalDate to) {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        jdbc.sql("SELECT " + d.unitColumn() + ", COUNT(*) " + rows + " GROUP BY " + d.unitColumn())
                .param("from", from).param("to", to)
                .query((rs, i) -> counts.put(rs.getObject(1, Long.class), rs.getLong(2))).list();
        return counts;
    }

    /** How many distinct tickets stand behind a part (NUMERATOR or DENOMINATOR) of an indicator. */
    long ticketCount(Definition d, boolean numerator, Long unitId, LocalDate from, LocalDate to) {
        return count("SELECT COUNT(DISTINCT " + d.ticketId() + ") " + (numerator ? d.numerator() : d.denominator()),
                unitId, from, to);
    }

    /** The tickets behind a part of an indicator, oldest received first, a page at a time. */
    List<Row> tickets(Definition d, boolean numerator, Long unitId, LocalDate from, LocalDate to, int page,
            int size) {
        var spec = jdbc.sql("SELECT ticket_number, category, status, received_at, due_on, closed_on, unit_id "
                + "FROM hotline_ticket WHERE id IN (SELECT " + d.ticketId() + " "
                + (numerator ? d.numerator() : d.denominator()) + ") ORDER BY received_at, id LIMIT " + size
                + " OFFSET " + ((long) page * size)).param("from", from).param("to", to);
        if (unitId != null) {
            spec = spec.param("unit", unitId);
        }
        return spec.query((rs, i) -> new Row(rs.getString("ticket_number"), rs.getString("category"),
                rs.getString("status"), TicketRepository.instant(rs, "received_at"),
                rs.getObject("due_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
                rs.getObject("unit_id", Long.class))).list();
    }

    private long count(String sql, Long unitId, LocalDate from, LocalDate to) {
        var spec = jdbc.sql(sql).param("from", from).param("to", to);
        if (unitId != null) {
            spec = spec.param("unit", unitId);
        }
        return spec.query(Long.class).single();
    }
}
