package org.gongkai.trading.projects;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gongkai.trading.ProjectType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The trading officer's list of projects: those of its units, the latest evaluation first, a page at a time. */
@Repository
public class ProjectListing {

    /** A row of the list. */
    public record Listed(String code, ProjectType type, String title, long budgetFen, Instant evaluationAt,
            Instant evaluationStartedAt, LocalDate dealOn, int draws) {}

    private final JdbcClient jdbc;

    ProjectListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Listed> page(Set<Long> units, int offset, int limit) {
        return jdbc.sql("""
                SELECT p.project_code, p.type, p.title, p.budget_fen, p.evaluation_at, p.evaluation_started_at,
                  p.deal_on, (SELECT COUNT(*) FROM trading_draw d WHERE d.project_id = p.id) AS draws
                FROM trading_project p WHERE p.unit_id IN (:units)
                ORDER BY CASE WHEN p.evaluation_at IS NULL THEN 1 ELSE 0 END, p.evaluation_at DESC, p.project_code
                LIMIT :limit OFFSET :offset""")
                .param("units", units).param("offset", offset).param("limit", limit)
                .query((rs, i) -> new Listed(rs.getString(1), ProjectType.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getLong(4), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)),
                        rs.getObject(7, LocalDate.class), rs.getInt(8)))
                .list();
    }

    public int count(Set<Long> units) {
        return jdbc.sql("SELECT COUNT(*) FROM trading_project WHERE unit_id IN (:units)").param("units", units)
                .query(Integer.class).single();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
