package org.gongkai.services.desk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Parallel opinions (并联审批, {@code services_opinion}): asked of another unit with its own limit in working days,
 * answered once by that unit's service officers. An opinion is overdue when it is unanswered after its due date, or
 * was answered after it.
 */
@Component
public class Opinions {

    /** One opinion request and its answer, with the case number it belongs to. */
    public record Opinion(long id, long caseId, String caseNumber, long unitId, String question, LocalDate requestedOn,
            Integer limitDays, LocalDate dueOn, String requestedBy, LocalDate answeredOn, String answer,
            String answeredBy) {

        public boolean answered() {
            return answeredOn != null;
        }

        public boolean overdue(LocalDate today) {
            return answeredOn == null ? today.isAfter(dueOn) : answeredOn.isAfter(dueOn);
        }
    }

    private static final String SELECT = "SELECT o.id, o.case_id, c.case_number, o.unit_id, o.question, o.requested_on, "
            + "o.limit_days, o.due_on, o.requested_by, o.answered_on, o.answer, o.answered_by "
            + "FROM services_opinion o JOIN services_case c ON c.id = o.case_id ";

    private final JdbcClient jdbc;

    Opinions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(long caseId, long unitId, String question, LocalDate on, int limitDays, LocalDate due, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO services_opinion (case_id, unit_id, question, requested_on, limit_days, due_on, "
                        + "requested_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(caseId, unitId, question, on, limitDays, due, by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Records the answer unless one is there already; false when another answer came first. */
    boolean answer(long id, String answer, LocalDate on, String by) {
        return jdbc.sql("UPDATE services_opinion SET answer = ?, answered_on = ?, answered_by = ? "
                        + "WHERE id = ? AND answered_on IS NULL")
                .params(answer, on, by, id)
                .update() == 1;
    }

    public Optional<Opinion> find(long caseId, long id) {
        return jdbc.sql(SELECT + "WHERE o.id = ? AND o.case_id = ?").params(id, caseId).query(Opinions::row)
                .optional();
    }

    /** The opinions asked on a case, oldest first. */
    public List<Opinion> ofCase(long caseId) {
        return jdbc.sql(SELECT + "WHERE o.case_id = ? ORDER BY o.id").param(caseId).query(Opinions::row).list();
    }

    /** The unanswered opinions asked of these units, the earliest due first (at most {@code limit}). */
    public List<Opinion> openFor(Collection<Long> unitIds, int limit) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "WHERE o.unit_id IN (:units) AND o.answered_on IS NULL ORDER BY o.due_on, o.id "
                        + "FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")
                .param("units", unitIds)
                .query(Opinions::row)
                .list();
    }

    /** How many unanswered opinions these units owe, and how many of them are past due. */
    public long[] openCounts(Collection<Long> unitIds, LocalDate today) {
        if (unitIds.isEmpty()) {
            return new long[] {0, 0};
        }
        return jdbc.sql("SELECT COUNT(*), COALESCE(SUM(CASE WHEN due_on < :today THEN 1 ELSE 0 END), 0) "
                        + "FROM services_opinion WHERE unit_id IN (:units) AND answered_on IS NULL")
                .param("units", unitIds)
                .param("today", today)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }

    private static Opinion row(ResultSet rs, int n) throws SQLException {
        return new Opinion(rs.getLong("id"), rs.getLong("case_id"), rs.getString("case_number"), rs.getLong("unit_id"),
                rs.getString("question"), DeskCases.date(rs, "requested_on"),
                rs.getObject("limit_days") == null ? null : rs.getInt("limit_days"), DeskCases.date(rs, "due_on"),
                rs.getString("requested_by"), DeskCases.date(rs, "answered_on"), rs.getString("answer"),
                rs.getString("answered_by"));
    }
}
