package org.gongkai.services.kpis;

import static org.gongkai.services.kpis.KpiDefinitions.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gongkai.services.kpis.KpiReport.Indicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The KPI figures in a few set-based statements: one pass over the scope's cases (accepted, completed or open in
 * the period, on the {@code (unit_id, accepted_on)} and {@code (unit_id, completed_on)} indexes of V41_1), one over
 * its ratings ({@code (unit_id, rated_on)}), one over its items. Every count is a {@code SUM(CASE WHEN …)} of a
 * predicate from {@link KpiDefinitions}; no case is loaded.
 */
@Component
class KpiQueries {

    private final JdbcClient jdbc;

    KpiQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Indicator> indicators(KpiScope scope) {
        if (scope.units().isEmpty()) {
            return List.of(KpiCode.values()).stream()
                    .map(code -> new Indicator(code, 0, code.rate() ? 0L : null)).toList();
        }
        Map<KpiCode, long[]> figures = new EnumMap<>(KpiCode.class);
        cases(scope, figures);
        ratings(scope, figures);
        items(scope, figures);
        List<Indicator> out = new ArrayList<>();
        for (KpiCode code : KpiCode.values()) {
            long[] f = figures.get(code);
            out.add(new Indicator(code, f[0], code.rate() ? f[1] : null));
        }
        return out;
    }

    private void cases(KpiScope scope, Map<KpiCode, long[]> figures) {
        String sql = "SELECT " + sum(ACCEPTED) + ", " + sum(COMPLETED) + ", " + sum(ON_TIME) + ", " + sum(OVERDUE_OPEN)
                + ", " + sum(IMMEDIATE) + ", " + sum(ZERO_VISIT) + ", " + sum(RATED)
                + " FROM services_case c JOIN services_item i ON i.id = c.item_id WHERE " + scope.caseFilter("c.unit_id")
                + " AND ((" + ACCEPTED + ") OR (" + COMPLETED + ") OR (" + OVERDUE_OPEN + "))";
        long[] v = jdbc.sql(sql).params(scope.params()).query((rs, n) -> longs(rs, 7)).single();
        figures.put(KpiCode.ACCEPTED, new long[] { v[0], 0 });
        figures.put(KpiCode.COMPLETED, new long[] { v[1], 0 });
        figures.put(KpiCode.ON_TIME_RATE, new long[] { v[2], v[1] });
        figures.put(KpiCode.OVERDUE_OPEN, new long[] { v[3], 0 });
        figures.put(KpiCode.IMMEDIATE_SHARE, new long[] { v[4], v[0] });
        figures.put(KpiCode.ZERO_VISIT_SHARE, new long[] { v[5], v[0] });
        figures.put(KpiCode.RATING_RATE, new long[] { v[6], v[1] });
    }

    private void ratings(KpiScope scope, Map<KpiCode, long[]> figures) {
        String sql = "SELECT " + sum(RATING_GIVEN) + ", " + sum(SATISFIED) + ", " + sum(BAD) + ", " + sum(BAD_RECTIFIED)
                + " FROM services_rating r JOIN services_case c ON c.id = r.case_id WHERE "
                + scope.caseFilter("r.unit_id") + " AND " + RATING_GIVEN;
        long[] v = jdbc.sql(sql).params(scope.params()).query((rs, n) -> longs(rs, 4)).single();
        figures.put(KpiCode.SATISFACTION_RATE, new long[] { v[1], v[0] });
        figures.put(KpiCode.BAD_RATING_RECTIFIED_RATE, new long[] { v[3], v[2] });
    }

    private void items(KpiScope scope, Map<KpiCode, long[]> figures) {
        String sql = "SELECT COALESCE(SUM(i.statutory_days - i.promised_days), 0), COALESCE(SUM(i.statutory_days), 0) "
                + "FROM services_item i WHERE " + scope.itemFilter() + " AND " + PROMISED_ITEMS;
        long[] v = jdbc.sql(sql).params(scope.params()).query((rs, n) -> longs(rs, 2)).single();
        figures.put(KpiCode.PROMISE_COMPRESSION, v);
    }

    /** Ratings given in the period by level (1–5), for the satisfaction distribution. */
    long[] ratingLevels(KpiScope scope) {
        long[] out = new long[5];
        if (scope.units().isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT r.level, COUNT(*) FROM services_rating r JOIN services_case c ON c.id = r.case_id WHERE "
                        + scope.caseFilter("r.unit_id") + " AND " + RATING_GIVEN + " GROUP BY r.level")
                .params(scope.params())
                .query((rs, n) -> {
                    int level = rs.getInt(1);
                    if (level >= 1 && level <= 5) {
                        out[level - 1] = rs.getLong(2);
                    }
                    return null;
                }).list();
        return out;
    }

    /** One group of completed cases with the same limit and the same completion and due days. */
    record CompletionGroup(String clockUnit, int limitDays, java.time.LocalDate completedOn, java.time.LocalDate dueOn,
            long count) {}

    /**
     * Cases completed in the period grouped by clock unit, limit, completion day and due day: the time-used
     * distribution needs the working days between the last two, which the calendar (not SQL) knows. A county's year
     * is a few thousand groups, not a row per case.
     */
    List<CompletionGroup> completionGroups(KpiScope scope) {
        if (scope.units().isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT c.clock_unit, c.limit_days, c.completed_on, c.due_on, COUNT(*) FROM services_case c WHERE "
                        + scope.caseFilter("c.unit_id") + " AND " + COMPLETED
                        + " GROUP BY c.clock_unit, c.limit_days, c.completed_on, c.due_on")
                .params(scope.params())
                .query((rs, n) -> new CompletionGroup(rs.getString(1), rs.getInt(2),
                        rs.getObject(3, java.time.LocalDate.class), rs.getObject(4, java.time.LocalDate.class),
                        rs.getLong(5)))
                .list();
    }

    static String sum(String predicate) {
        return "COALESCE(SUM(CASE WHEN " + predicate + " THEN 1 ELSE 0 END), 0)";
    }

    private static long[] longs(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long[] v = new long[n];
        for (int k = 0; k < n; k++) {
            v[k] = rs.getLong(k + 1);
        }
        return v;
    }
}
