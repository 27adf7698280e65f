package org.gongkai.trading.notices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gongkai.trading.ProjectType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The projects the portal lists: those with a published notice (not withdrawn) or a recorded deal (a deal is public in
 * the OCDS data anyway); a project with neither is not on the portal. Newest activity first (the day, then the moment
 * of the latest publication).
 */
@Repository
class PortalProjects {

    static final int PAGE_SIZE = 20;
    private static final String PUBLIC = "(p.deal_on IS NOT NULL OR EXISTS (SELECT 1 FROM trading_notice n"
            + " WHERE n.project_id = p.id AND n.published_at IS NOT NULL AND n.withdrawn = FALSE))";

    /** One row of the list. */
    record Row(String code, ProjectType type, String title, long budgetFen, Long dealFen, LocalDate dealOn,
            LocalDate lastNoticeOn) {}

    record Page(List<Row> rows, long total) {}

    private final JdbcClient jdbc;

    PortalProjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isPublic(long projectId) {
        return jdbc.sql("SELECT COUNT(*) FROM trading_project p WHERE p.id = :id AND " + PUBLIC).param("id", projectId)
                .query(Long.class).single() > 0;
    }

    Page find(ProjectType type, String q, int page) {
        List<String> where = new ArrayList<>(List.of(PUBLIC));
        if (type != null) {
            where.add("p.type = :type");
        }
        if (q != null) {
            where.add("(LOWER(p.title) LIKE :q ESCAPE '\\' OR LOWER(p.project_code) LIKE :q ESCAPE '\\')");
        }
        String condition = " WHERE " + String.join(" AND ", where);
        String like = q == null ? null : "%" + q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        var count = jdbc.sql("SELECT COUNT(*) FROM trading_project p" + condition);
        var rows = jdbc.sql("""
                SELECT p.project_code, p.type, p.title, p.budget_fen, p.deal_fen, p.deal_on,
                  (SELECT MAX(n.published_on) FROM trading_notice n WHERE n.project_id = p.id
                     AND n.published_at IS NOT NULL AND n.withdrawn = FALSE) AS last_notice_on
                FROM trading_project p""" + condition
                + " ORDER BY COALESCE((SELECT MAX(n.published_on) FROM trading_notice n WHERE n.project_id = p.id"
                + " AND n.published_at IS NOT NULL AND n.withdrawn = FALSE), p.deal_on) DESC,"
                + " (SELECT MAX(n.published_at) FROM trading_notice n WHERE n.project_id = p.id"
                + " AND n.withdrawn = FALSE) DESC NULLS LAST, p.project_code"
                + " LIMIT " + PAGE_SIZE + " OFFSET " + (long) (Math.max(1, page) - 1) * PAGE_SIZE);
        if (type != null) {
            count = count.param("type", type.name());
            rows = rows.param("type", type.name());
        }
        if (like != null) {
            count = count.param("q", like);
            rows = rows.param("q", like);
        }
        long total = count.query(Long.class).single();
        return new Page(rows.query((rs, i) -> new Row(rs.getString("project_code"),
                ProjectType.valueOf(rs.getString("type")), rs.getString("title"), rs.getLong("budget_fen"),
                rs.getObject("deal_fen", Long.class), rs.getObject("deal_on", LocalDate.class),
                rs.getObject("last_notice_on", LocalDate.class))).list(), total);
    }
}
