package org.gongkai.trading.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.trading.ProjectType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sums behind the statistics: one grouped query per breakdown over projects with a deal day in the period (both
 * ends included); {@code trading_project_deal_on} serves the range.
 */
@Repository
class StatisticsRepository {

    /** The sums of one group: its key (month {@code YYYY-MM}, buyer code, or null for the whole period) and type. */
    record Sums(String key, ProjectType type, long projects, long budgetFen, long dealFen, long reserveFen) {}

    private static final String SUMS = """
            COUNT(*) AS projects, COALESCE(SUM(budget_fen), 0) AS budget, COALESCE(SUM(deal_fen), 0) AS deal,
            COALESCE(SUM(reserve_fen), 0) AS reserve""";

    private final JdbcClient jdbc;

    StatisticsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Sums> byType(LocalDate from, LocalDate to) {
        return query("SELECT NULL AS k1, NULL AS k2, type, " + SUMS
                + " FROM trading_project WHERE deal_on BETWEEN :from AND :to GROUP BY type", from, to, false);
    }

    List<Sums> byMonth(LocalDate from, LocalDate to) {
        return query("SELECT EXTRACT(YEAR FROM deal_on) AS k1, EXTRACT(MONTH FROM deal_on) AS k2, type, " + SUMS
                + " FROM trading_project WHERE deal_on BETWEEN :from AND :to"
                + " GROUP BY EXTRACT(YEAR FROM deal_on), EXTRACT(MONTH FROM deal_on), type", from, to, true);
    }

    List<Sums> byBuyer(LocalDate from, LocalDate to) {
        return query("SELECT buyer_code AS k1, NULL AS k2, type, " + SUMS
                + " FROM trading_project WHERE deal_on BETWEEN :from AND :to GROUP BY buyer_code, type", from, to,
                false);
    }

    private List<Sums> query(String sql, LocalDate from, LocalDate to, boolean month) {
        List<Sums> out = new ArrayList<>();
        jdbc.sql(sql).param("from", from).param("to", to).query((rs, i) -> {
            String key = month ? "%04d-%02d".formatted(rs.getInt("k1"), rs.getInt("k2")) : rs.getString("k1");
            return out.add(new Sums(key, ProjectType.valueOf(rs.getString("type")), rs.getLong("projects"),
                    rs.getLong("budget"), rs.getLong("deal"), rs.getLong("reserve")));
        }).list();
        return out;
    }
}
