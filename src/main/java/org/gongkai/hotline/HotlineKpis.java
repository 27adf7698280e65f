package org.gongkai.hotline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hotline KPIs of issue #12, each with its numerator and denominator (never a bare ratio). A row belongs to the
 * period by the date it names: a ticket by the day it was received or closed, a dispatch by the day it was sent, a
 * callback by the day it was made. Per unit, a dispatch counts for the unit it went to and every other row for the
 * unit the ticket was last dispatched to; county-wide figures include the tickets the centre handled itself.
 * Imported tickets count exactly like live ones.
 */
@Component
@Transactional(readOnly = true)
class HotlineKpis {

    /** One indicator; {@code denominator} is null for a count, {@code value} null when the denominator is 0. */
    record Indicator(String code, String name, long numerator, Long denominator, BigDecimal value) {}

    private final JdbcClient jdbc;

    HotlineKpis(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The indicators over {@code [from, to]} (days, inclusive) for a unit, or the whole county when null. */
    List<Indicator> compute(Long unitId, LocalDate from, LocalDate to) {
        String ticketUnit = unitId == null ? "" : " AND t.unit_id = :unit";
        String dispatchUnit = unitId == null ? "" : " AND d.unit_id = :unit";
        List<Indicator> out = new ArrayList<>();
        out.add(new Indicator("RECEIVED", "受理量", count("SELECT COUNT(*) FROM hotline_ticket t "
                + "WHERE t.received_on BETWEEN :from AND :to" + ticketUnit, unitId, from, to), null, null));
        out.add(rate("ACCEPTED_ON_TIME_RATE", "按时签收率",
                "SELECT COUNT(*) FROM hotline_dispatch d WHERE d.dispatched_on BETWEEN :from AND :to"
                        + " AND d.accepted_at IS NOT NULL AND d.accepted_at <= d.accept_due_at" + dispatchUnit,
                "SELECT COUNT(*) FROM hotline_dispatch d WHERE d.dispatched_on BETWEEN :from AND :to" + dispatchUnit,
                unitId, from, to));
        out.add(rate("CLOSED_ON_TIME_RATE", "按期办结率",
                "SELECT COUNT(*) FROM hotline_ticket t WHERE t.closed_on BETWEEN :from AND :to"
                        + " AND t.closed_on <= t.closed_due_on" + ticketUnit,
                "SELECT COUNT(*) FROM hotline_ticket t WHERE t.closed_on BETWEEN :from AND :to" + ticketUnit,
                unitId, from, to));
        // a ticket called back more than once in the period counts once, by its last callback of the period
        String lastCallback = "FROM hotline_callback c JOIN hotline_ticket t ON t.id = c.ticket_id"
                + " WHERE c.called_on BETWEEN :from AND :to" + ticketUnit
                + " AND c.id = (SELECT MAX(c2.id) FROM hotline_callback c2 WHERE c2.ticket_id = c.ticket_id"
                + " AND c2.called_on BETWEEN :from AND :to)";
        out.add(rate("SOLVED_RATE", "解决率", "SELECT COUNT(*) " + lastCallback + " AND c.solved = TRUE",
                "SELECT COUNT(*) " + lastCallback, unitId, from, to));
        String callbacks = "FROM hotline_callback c JOIN hotline_ticket t ON t.id = c.ticket_id"
                + " WHERE c.called_on BETWEEN :from AND :to" + ticketUnit;
        out.add(rate("SATISFACTION_RATE", "满意率（满意度 4 或 5）", "SELECT COUNT(*) " + callbacks
                + " AND c.satisfaction >= 4", "SELECT COUNT(*) " + callbacks, unitId, from, to));
        out.add(rate("RETURN_RATE", "退单率",
                "SELECT COUNT(*) FROM hotline_dispatch d WHERE d.dispatched_on BETWEEN :from AND :to"
                        + " AND d.returned_at IS NOT NULL" + dispatchUnit,
                "SELECT COUNT(*) FROM hotline_dispatch d WHERE d.dispatched_on BETWEEN :from AND :to" + dispatchUnit,
                unitId, from, to));
        // the same topic: equal topics, or both without a topic and of the same category
        String withPhone = "FROM hotline_ticket t WHERE t.received_on BETWEEN :from AND :to"
                + " AND t.caller_phone_index IS NOT NULL" + ticketUnit;
        out.add(rate("REPEAT_CALL_RATE", "重复来电率", "SELECT COUNT(*) " + withPhone
                + " AND EXISTS (SELECT 1 FROM hotline_ticket p WHERE p.caller_phone_index = t.caller_phone_index"
                + " AND p.id <> t.id AND p.received_at < t.received_at"
                + " AND p.received_at >= t.received_at - INTERVAL '30' DAY"
                + " AND (p.topic = t.topic OR (p.topic IS NULL AND t.topic IS NULL AND p.category = t.category)))",
                "SELECT COUNT(*) " + withPhone, unitId, from, to));
        return out;
    }

    private Indicator rate(String code, String name, String numeratorSql, String denominatorSql, Long unitId,
            LocalDate from, LocalDate to) {
        long numerator = count(numeratorSql, unitId, from, to);
        long denominator = count(denominatorSql, unitId, from, to);
        BigDecimal value = denominator == 0 ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
        return new Indicator(code, name, numerator, denominator, value);
    }

    private long count(String sql, Long unitId, LocalDate from, LocalDate to) {
        var spec = jdbc.sql(sql).param("from", from).param("to", to);
        if (unitId != null) {
            spec = spec.param("unit", unitId);
        }
        return spec.query(Long.class).single();
    }
}
