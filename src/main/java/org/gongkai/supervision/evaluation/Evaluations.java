package org.gongkai.supervision.evaluation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.gongkai.supervision.IndicatorSource;
import org.gongkai.supervision.evaluation.EvaluationCommands.SubmitEvaluation;
import org.gongkai.supervision.submissions.SupervisionOffice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * Public evaluation (社会评议): records an evaluation (a score 1–5 for every question of the settings and an optional
 * comment that is never shown publicly), the office's summary per unit and month, and the indicator
 * {@code PUBLIC_EVALUATION}: numerator the sum of the month's scores (every answer of every evaluation), denominator
 * the number of evaluations, so the value is the average total of one evaluation (5 × questions at best).
 */
@Service
public class Evaluations implements IndicatorSource {

    public static final String INDICATOR = "PUBLIC_EVALUATION";

    /** One unit's month: evaluations, the sum of their scores, the average per question, and the comments. */
    public record Summary(String unitCode, String unitName, long evaluations, long total,
            Map<String, Double> averages) {

        public double averageTotal() {
            return evaluations == 0 ? 0 : (double) total / evaluations;
        }
    }

    public record Comment(LocalDate on, int total, String text) {}

    private final JdbcClient jdbc;
    private final SupervisionOffice office;
    private final EvaluationSettings settings;
    private final Clock clock;

    Evaluations(JdbcClient jdbc, SupervisionOffice office, EvaluationSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.office = office;
        this.settings = settings;
        this.clock = clock;
    }

    public EvaluationSettings settings() {
        return settings;
    }

    long record(SubmitEvaluation c) {
        UnitView unit = office.unit(c.unitCode()).orElseThrow(GongkaiException::notFound);
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (EvaluationSettings.Question q : settings.questions()) {
            String value = c.scores().get(q.code());
            if (value == null || !value.strip().matches("[1-5]")) {
                throw new GongkaiException(ErrorCode.VALIDATION_FAILED, "请为“" + q.text() + "”打 1 至 5 分",
                        "score-" + q.code());
            }
            scores.put(q.code(), Integer.valueOf(value.strip()));
        }
        for (String key : c.scores().keySet()) {
            if (settings.questions().stream().noneMatch(q -> q.code().equals(key))) {
                throw new GongkaiException(ErrorCode.VALIDATION_FAILED, "没有这个评议问题", "scores");
            }
        }
        String comment = c.comment() == null || c.comment().isBlank() ? null : c.comment().strip();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO supervision_evaluation (unit_id, submitted_on, submitted_at, total, comment_text) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(unit.id(), LocalDate.now(clock), Timestamp.from(clock.instant()),
                        scores.values().stream().mapToInt(Integer::intValue).sum(), comment)
                .update(key, "id");
        long id = key.getKey().longValue();
        scores.forEach((q, s) -> jdbc.sql("INSERT INTO supervision_evaluation_score (evaluation_id, question, score) "
                + "VALUES (?, ?, ?)").params(id, q, s).update());
        return id;
    }

    /** The month's summary of the given units (those with evaluations), by unit name. */
    public List<Summary> summary(Collection<Long> units, YearMonth period) {
        if (units.isEmpty()) {
            return List.of();
        }
        Map<Long, long[]> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT unit_id, COUNT(*), SUM(total) FROM supervision_evaluation WHERE unit_id IN (:units) AND "
                        + "submitted_on BETWEEN :from AND :to GROUP BY unit_id")
                .param("units", units).param("from", period.atDay(1)).param("to", period.atEndOfMonth())
                .query((rs, n) -> counts.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)})).list();
        Map<Long, Map<String, Double>> averages = new LinkedHashMap<>();
        jdbc.sql("SELECT e.unit_id, s.question, AVG(CAST(s.score AS DOUBLE PRECISION)) FROM supervision_evaluation e "
                        + "JOIN supervision_evaluation_score s ON s.evaluation_id = e.id WHERE e.unit_id IN (:units) "
                        + "AND e.submitted_on BETWEEN :from AND :to GROUP BY e.unit_id, s.question")
                .param("units", units).param("from", period.atDay(1)).param("to", period.atEndOfMonth())
                .query((rs, n) -> averages.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), rs.getDouble(3))).list();
        List<Summary> out = new ArrayList<>();
        counts.forEach((id, c) -> office.unit(id).ifPresent(u -> out.add(new Summary(u.creditCode(), u.name(), c[0],
                c[1], averages.getOrDefault(id, Map.of())))));
        out.sort(Comparator.comparing(Summary::unitName));
        return out;
    }

    /** The comments of a unit's month, newest first (staff only). */
    public List<Comment> comments(long unitId, YearMonth period) {
        return jdbc.sql("SELECT submitted_on, total, comment_text FROM supervision_evaluation WHERE unit_id = ? AND "
                        + "submitted_on BETWEEN ? AND ? AND comment_text IS NOT NULL ORDER BY submitted_at DESC, id DESC "
                        + "LIMIT 500")
                .params(unitId, period.atDay(1), period.atEndOfMonth())
                .query((rs, n) -> new Comment(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getString(3))).list();
    }

    @Override
    public List<UnitFigure> figures(YearMonth period) {
        List<UnitFigure> out = new ArrayList<>();
        jdbc.sql("SELECT unit_id, SUM(total), COUNT(*) FROM supervision_evaluation WHERE submitted_on BETWEEN ? AND ? "
                        + "GROUP BY unit_id")
                .params(period.atDay(1), period.atEndOfMonth())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).list()
                .forEach(r -> office.unit(r[0]).ifPresent(u -> out.add(new UnitFigure(u.creditCode(), INDICATOR, r[1],
                        r[2], "/console/supervision/evaluations/" + u.creditCode() + "?period=" + period))));
        out.sort(Comparator.comparing(UnitFigure::unitCode));
        return out;
    }
}
