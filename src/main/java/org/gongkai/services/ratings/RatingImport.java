package org.gongkai.services.ratings;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.TimeConfiguration;
import org.gongkai.services.ImportedRatings;
import org.gongkai.services.RatingChannel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one writer of imported ratings: the historical case import of {@code services.cases} calls it (through
 * {@link ImportedRatings}) inside its transaction, a batch of cases at a time. The same rows as live ratings, flagged
 * {@code imported}; a bad one gets its rectification with the deadlines of {@link RatingSettings}, closed on
 * {@code rectificationClosedOn} when given. A batch costs one query for its cases' ids (by case number), one batched
 * insert of the ratings, and — when some are bad — one query for the new ratings' ids and one batched insert of the
 * rectifications; never a statement per rating. Imported ratings count in KPIs exactly like live ones.
 */
@Component
public class RatingImport implements ImportedRatings {

    /** Case numbers per {@code IN (…)} list. */
    static final int CHUNK = 1_000;

    /** One rating of a case whose id is already known. */
    public record ImportedRating(int level, RatingChannel channel, LocalDate on, LocalDate rectificationClosedOn) {}

    private final Ratings ratings;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    RatingImport(Ratings ratings, JdbcTemplate jdbc) {
        this.ratings = ratings;
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** The ratings of one case already written (its id and unit known): the same checks and the same writer. */
    public void insert(long caseId, long unitId, LocalDate acceptedOrRefusedOn, List<ImportedRating> list) {
        List<Rating> rows = list.stream()
                .map(r -> new Rating(null, r.level(), r.channel(), r.on(), r.rectificationClosedOn())).toList();
        check(acceptedOrRefusedOn, rows);
        write(rows, r -> new long[] { caseId, unitId });
    }

    @Override
    public void check(LocalDate acceptedOrRefusedOn, List<Rating> list) {
        Set<RatingChannel> seen = EnumSet.noneOf(RatingChannel.class);
        LocalDate today = ratings.today();
        for (int i = 0; i < list.size(); i++) {
            Rating r = list.get(i);
            String at = "第 " + (i + 1) + " 条评价：";
            if (r.level() < 1 || r.level() > 5) {
                throw GongkaiException.invalid("ratings", at + "评价等级应为 1 至 5");
            }
            if (r.channel() == null || !seen.add(r.channel())) {
                throw GongkaiException.invalid("ratings", at + "评价渠道缺失或重复（每个渠道只能评价一次）");
            }
            if (r.on() == null || acceptedOrRefusedOn == null || r.on().isBefore(acceptedOrRefusedOn)
                    || r.on().isAfter(today)) {
                throw GongkaiException.invalid("ratings", at + "评价日期应在受理（或不予受理）之后、今天之前");
            }
            LocalDate closed = r.rectificationClosedOn();
            if (closed != null && (r.level() > RatingLevel.BAD_UP_TO || closed.isBefore(r.on())
                    || closed.isAfter(today))) {
                throw GongkaiException.invalid("ratings", at + "只有差评有整改办结日期，且不早于评价日期、不晚于今天");
            }
        }
    }

    @Override
    public void insert(List<Rating> list) {
        if (list.isEmpty()) {
            return;
        }
        List<String> numbers = list.stream().map(Rating::caseNumber).distinct().toList();
        Map<String, long[]> cases = new HashMap<>();
        for (int from = 0; from < numbers.size(); from += CHUNK) {
            named.query("SELECT id, case_number, unit_id FROM services_case WHERE case_number IN (:numbers)",
                    Map.of("numbers", numbers.subList(from, Math.min(numbers.size(), from + CHUNK))),
                    rs -> {
                        cases.put(rs.getString(2), new long[] { rs.getLong(1), rs.getLong(3) });
                    });
        }
        write(list, r -> {
            long[] c = cases.get(r.caseNumber());
            if (c == null) {
                throw new IllegalStateException("rating of a case not written: " + r.caseNumber());
            }
            return c;
        });
    }

    /** Inserts the ratings (case id and unit from {@code caseOf}) and the rectifications of the bad ones. */
    private void write(List<Rating> list, Function<Rating, long[]> caseOf) {
        if (list.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(list.size());
        List<long[]> badCases = new ArrayList<>();
        List<Rating> bad = new ArrayList<>();
        for (Rating r : list) {
            long[] c = caseOf.apply(r);
            OffsetDateTime at = r.on().atStartOfDay(TimeConfiguration.ZONE).toOffsetDateTime();
            rows.add(new Object[] { c[0], c[1], r.channel().name(), r.level(), r.on(), at });
            if (r.level() <= RatingLevel.BAD_UP_TO) {
                badCases.add(c);
                bad.add(r);
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO services_rating (case_id, unit_id, channel, level, comment, rated_on, rated_at, imported)
                VALUES (?, ?, ?, ?, NULL, ?, ?, TRUE)""", rows);
        if (bad.isEmpty()) {
            return;
        }
        List<Long> caseIds = badCases.stream().map(c -> c[0]).distinct().toList();
        Map<String, Long> ratingIds = new HashMap<>();
        for (int from = 0; from < caseIds.size(); from += CHUNK) {
            named.query("SELECT id, case_id, channel FROM services_rating WHERE case_id IN (:cases)",
                    Map.of("cases", caseIds.subList(from, Math.min(caseIds.size(), from + CHUNK))),
                    rs -> {
                        ratingIds.put(rs.getLong(2) + ":" + rs.getString(3), rs.getLong(1));
                    });
        }
        Map<LocalDate, LocalDate[]> deadlines = new HashMap<>();
        List<Object[]> rectifications = new ArrayList<>(bad.size());
        for (int k = 0; k < bad.size(); k++) {
            Rating r = bad.get(k);
            long[] c = badCases.get(k);
            LocalDate[] due = deadlines.computeIfAbsent(r.on(), ratings::deadlines);
            rectifications.add(new Object[] { ratingIds.get(c[0] + ":" + r.channel().name()), c[1],
                r.rectificationClosedOn() == null ? RectificationStatus.OPEN.name() : RectificationStatus.CLOSED.name(),
                r.on(), due[0], due[1], r.rectificationClosedOn() });
        }
        jdbc.batchUpdate("""
                INSERT INTO services_rectification (rating_id, unit_id, status, opened_on, respond_due, rectify_due,
                    closed_on, published)
                VALUES (?, ?, ?, ?, ?, ?, ?, FALSE)""", rectifications);
    }
}
