package org.gongkai.services.kpis;

import static org.gongkai.services.kpis.KpiDefinitions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.services.kpis.KpiReport.Indicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The KPI figures in one pass over each table the scope reads, each a {@code SUM(CASE WHEN …)} of a predicate from
 * {@link KpiDefinitions} grouped by unit (the flags judge units): one over the cases accepted, completed or open in
 * the period (their items joined for the visits, the set of rated cases joined once instead of a probe per case);
 * one over the ratings given in the period by unit and level (the closed rectifications joined; the satisfaction
 * rate, the bad ratings, the distribution by level and the all-top flag all come from it); one over the items. The
 * time-used distribution adds one grouped pass over the completed cases ({@link #completionGroups}). No case is
 * loaded.
 */
@Component
class KpiQueries {

    /** Per unit: completed cases in the period with a completion time, and those in the last hour before closing. */
    record UnitCompletions(long unitId, long timed, long lastHour) {}

    /** Per unit: ratings given in the period, and how many of them are 5. */
    record UnitRatings(long unitId, long given, long top) {}

    /** Per unit: published 承诺件 items, and how many promise the statutory limit. */
    record UnitItems(long unitId, long promised, long equalStatutory) {}

    /** All a report reads besides the completion groups. */
    record Figures(List<Indicator> indicators, long[] ratingLevels, List<UnitCompletions> completions,
            List<UnitRatings> ratings, List<UnitItems> items) {}

    private final JdbcClient jdbc;
    private final KpiSettings settings;

    KpiQueries(JdbcClient jdbc, KpiSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    Figures figures(KpiScope scope) {
        long[] f = new long[KpiCode.values().length * 2];
        long[] levels = new long[5];
        List<UnitCompletions> completions = new ArrayList<>();
        List<UnitRatings> ratings = new ArrayList<>();
        List<UnitItems> items = new ArrayList<>();
        if (!scope.units().isEmpty()) {
            cases(scope, f, completions);
            ratings(scope, f, levels, ratings);
            items(scope, f, items);
        }
        List<Indicator> out = new ArrayList<>();
        for (KpiCode code : KpiCode.values()) {
            int k = code.ordinal() * 2;
            out.add(new Indicator(code, f[k], code.rate() ? f[k + 1] : null));
        }
        return new Figures(out, levels, completions, ratings, items);
    }

    private static void add(long[] f, KpiCode code, long numerator, long denominator) {
        f[code.ordinal() * 2] += numerator;
        f[code.ordinal() * 2 + 1] += denominator;
    }

    private void cases(KpiScope scope, long[] f, List<UnitCompletions> completions) {
        String sql = "SELECT c.unit_id, " + sum(ACCEPTED) + ", " + sum(COMPLETED) + ", " + sum(ON_TIME) + ", "
                + sum(OVERDUE_OPEN) + ", " + sum(IMMEDIATE) + ", " + sum(ZERO_VISIT) + ", " + sum(RATED_JOINED) + ", "
                + sum(COMPLETED_TIMED) + ", " + sum(LAST_HOUR)
                + " FROM services_case c JOIN services_item i ON i.id = c.item_id LEFT JOIN (" + RATED_CASES
                + ") rr ON rr.case_id = c.id WHERE " + scope.caseFilter("c.unit_id")
                + " AND ((" + ACCEPTED + ") OR (" + COMPLETED + ") OR (" + OVERDUE_OPEN + ")) GROUP BY c.unit_id";
        jdbc.sql(sql).params(params(scope)).query((rs, n) -> {
            long accepted = rs.getLong(2);
            long completed = rs.getLong(3);
            add(f, KpiCode.ACCEPTED, accepted, 0);
            add(f, KpiCode.COMPLETED, completed, 0);
            add(f, KpiCode.ON_TIME_RATE, rs.getLong(4), completed);
            add(f, KpiCode.OVERDUE_OPEN, rs.getLong(5), 0);
            add(f, KpiCode.IMMEDIATE_SHARE, rs.getLong(6), accepted);
            add(f, KpiCode.ZERO_VISIT_SHARE, rs.getLong(7), accepted);
            add(f, KpiCode.RATING_RATE, rs.getLong(8), completed);
            completions.add(new UnitCompletions(rs.getLong(1), rs.getLong(9), rs.getLong(10)));
            return null;
        }).list();
    }

    private void ratings(KpiScope scope, long[] f, long[] levels, List<UnitRatings> perUnit) {
        String sql = "SELECT r.unit_id, r.level, COUNT(*), SUM(CASE WHEN x.rating_id IS NULL THEN 0 ELSE 1 END)"
                + " FROM services_rating r" + (scope.readsCases() ? " JOIN services_case c ON c.id = r.case_id" : "")
                + " LEFT JOIN services_rectification x ON x.rating_id = r.id AND x.status = 'CLOSED' WHERE "
                + scope.caseFilter("r.unit_id") + " AND " + RATING_GIVEN + " GROUP BY r.unit_id, r.level";
        Map<Long, long[]> units = new HashMap<>();
        jdbc.sql(sql).params(scope.params()).query((rs, n) -> {
            int level = rs.getInt(2);
            long count = rs.getLong(3);
            if (level >= 1 && level <= 5) {
                levels[level - 1] += count;
            }
            add(f, KpiCode.SATISFACTION_RATE, level >= 4 ? count : 0, count);
            if (level <= 2) {
                add(f, KpiCode.BAD_RATING_RECTIFIED_RATE, rs.getLong(4), count);
            }
            long[] u = units.computeIfAbsent(rs.getLong(1), id -> new long[2]);
            u[0] += count;
            u[1] += level == 5 ? count : 0;
            return null;
        }).list();
        units.forEach((id, u) -> perUnit.add(new UnitRatings(id, u[0], u[1])));
        perUnit.sort(java.util.Comparator.comparingLong(UnitRatings::unitId));
    }

    private void items(KpiScope scope, long[] f, List<UnitItems> perUnit) {
        String sql = "SELECT i.unit_id, COALESCE(SUM(i.statutory_days - i.promised_days), 0), "
                + "COALESCE(SUM(i.statutory_days), 0), " + sum(PROMISE_EQUALS_STATUTORY) + ", COUNT(*) "
                + "FROM services_item i WHERE " + scope.itemFilter() + " AND " + PROMISED_ITEMS
                + " GROUP BY i.unit_id ORDER BY i.unit_id";
        jdbc.sql(sql).params(scope.params()).query((rs, n) -> {
            add(f, KpiCode.PROMISE_COMPRESSION, rs.getLong(2), rs.getLong(3));
            perUnit.add(new UnitItems(rs.getLong(1), rs.getLong(5), rs.getLong(4)));
            return null;
        }).list();
    }

    private Map<String, Object> params(KpiScope scope) {
        Map<String, Object> p = new HashMap<>(scope.params());
        p.put("lastHour", settings.deadlineHour() - 1);
        return p;
    }

    /** One group of completed cases with the same limit and the same completion and due days. */
    record CompletionGroup(String clockUnit, int limitDays, LocalDate completedOn, LocalDate dueOn, long count) {}

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
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getLong(5)))
                .list();
    }

    static String sum(String predicate) {
        return "COALESCE(SUM(CASE WHEN " + predicate + " THEN 1 ELSE 0 END), 0)";
    }
}
