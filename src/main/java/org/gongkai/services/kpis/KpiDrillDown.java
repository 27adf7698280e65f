package org.gongkai.services.kpis;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.common.GongkaiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cases (or ratings, or items) behind a figure, selected by the same predicate of {@link KpiDefinitions} that
 * counts them, so the list's total is the figure. Also the cases behind the flags.
 */
@Component
class KpiDrillDown {

    /** One row: a case (with its rating when the figure counts ratings) or an item. */
    record Row(String caseNumber, String itemCode, String itemName, String status, LocalDate acceptedOn,
            LocalDate dueOn, LocalDate completedOn, Integer ratingLevel, String ratingChannel, LocalDate ratedOn,
            Integer statutoryDays, Integer promisedDays) {}

    record Page(String indicator, String part, long total, int page, int size, List<Row> rows) {}

    private final JdbcClient jdbc;
    private final KpiSettings settings;

    KpiDrillDown(JdbcClient jdbc, KpiSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    Page list(KpiScope scope, String indicator, KpiDefinitions.Part part, int page, int size) {
        String predicate;
        KpiCode.Population population;
        if ("LAST_HOUR_COMPLETIONS".equals(indicator)) {
            predicate = KpiDefinitions.LAST_HOUR;
            population = KpiCode.Population.CASES;
        } else if ("PROMISE_EQUALS_STATUTORY".equals(indicator)) {
            predicate = KpiDefinitions.PROMISE_EQUALS_STATUTORY;
            population = KpiCode.Population.ITEMS;
        } else {
            KpiCode code = parse(indicator);
            predicate = KpiDefinitions.predicate(code, part);
            population = code.population();
        }
        if (scope.units().isEmpty()) {
            return new Page(indicator, part.name(), 0, page, size, List.of());
        }
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("lastHour", settings.deadlineHour() - 1);
        params.put("limit", size);
        params.put("offset", (long) page * size);
        String from = switch (population) {
            case CASES -> " FROM services_case c JOIN services_item i ON i.id = c.item_id WHERE "
                    + scope.caseFilter("c.unit_id");
            case RATINGS -> " FROM services_rating r JOIN services_case c ON c.id = r.case_id "
                    + "JOIN services_item i ON i.id = c.item_id WHERE " + scope.caseFilter("r.unit_id");
            case ITEMS -> " FROM services_item i WHERE " + scope.itemFilter();
        };
        from += " AND " + predicate;
        long total = jdbc.sql("SELECT COUNT(*)" + from).params(params).query(Long.class).single();
        String columns = switch (population) {
            case CASES -> "SELECT c.case_number, i.code, i.name, c.status, c.accepted_on, c.due_on, c.completed_on, "
                    + "NULL AS level, NULL AS channel, NULL AS rated_on, NULL AS statutory_days, NULL AS promised_days";
            case RATINGS -> "SELECT c.case_number, i.code, i.name, c.status, c.accepted_on, c.due_on, c.completed_on, "
                    + "r.level, r.channel, r.rated_on, NULL AS statutory_days, NULL AS promised_days";
            case ITEMS -> "SELECT NULL AS case_number, i.code, i.name, i.status, NULL AS accepted_on, NULL AS due_on, "
                    + "NULL AS completed_on, NULL AS level, NULL AS channel, NULL AS rated_on, i.statutory_days, "
                    + "i.promised_days";
        };
        String order = population == KpiCode.Population.ITEMS ? " ORDER BY i.code" : " ORDER BY c.case_number";
        List<Row> rows = jdbc.sql(columns + from + order + " LIMIT :limit OFFSET :offset").params(params)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class), (Integer) integer(rs.getObject(8)), rs.getString(9),
                        rs.getObject(10, LocalDate.class), integer(rs.getObject(11)), integer(rs.getObject(12))))
                .list();
        return new Page(indicator, part.name(), total, page, size, rows);
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    static KpiCode parse(String indicator) {
        try {
            return KpiCode.valueOf(indicator == null ? "" : indicator.trim());
        } catch (IllegalArgumentException unknown) {
            throw GongkaiException.invalid("indicator", "未知的指标代码");
        }
    }
}
