package org.gongkai.supervision.submissions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.gongkai.supervision.IndicatorSource;
import org.springframework.stereotype.Service;

/**
 * Rankings of units by the points their submissions earned in a period (adoptions by their adoption date, leaders'
 * instructions by theirs), and the indicator {@code SUBMISSION_POINTS} per month for the indicator table. A unit that
 * submitted in the period but earned nothing is ranked with 0; ties share a rank (1, 1, 3).
 */
@Service
public class SubmissionRankings implements IndicatorSource {

    public static final String INDICATOR = "SUBMISSION_POINTS";
    /** The longest period a ranking covers (a few years of comparisons; bounded work). */
    static final int MAX_DAYS = 3 * 366;
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    public record Row(String unitCode, String unitName, long adopted, long points, int rank) {}

    private final SubmissionRepository repository;
    private final SupervisionOffice office;
    private final Clock clock;

    SubmissionRankings(SubmissionRepository repository, SupervisionOffice office, Clock clock) {
        this.repository = repository;
        this.office = office;
        this.clock = clock;
    }

    /** The period [from, to] of a request: defaults this year to today; refused at its field when not sane. */
    public LocalDate[] period(String from, String to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from == null || from.isBlank() ? null
                : SubmissionDates.parse(from, "from", EARLIEST, today.plusYears(1));
        LocalDate end = to == null || to.isBlank() ? today
                : SubmissionDates.parse(to, "to", EARLIEST, today.plusYears(1));
        start = start == null ? end.withDayOfYear(1) : start;
        if (start.isAfter(end)) {
            throw new GongkaiException(ErrorCode.INVALID_DATE, "开始日期不能晚于结束日期", "from");
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            throw new GongkaiException(ErrorCode.OUT_OF_RANGE, "排名期间最长三年", "from");
        }
        return new LocalDate[] {start, end};
    }

    public List<Row> ranking(LocalDate from, LocalDate to) {
        Map<Long, long[]> points = repository.pointsByUnit(from, to);
        Set<Long> units = new HashSet<>(points.keySet());
        units.addAll(repository.submittingUnits(from.atStartOfDay(clock.getZone()).toInstant(),
                to.plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        List<Row> rows = new ArrayList<>();
        for (Long id : units) {
            UnitView unit = office.unit(id).orElse(null);
            if (unit == null) {
                continue;
            }
            long[] p = points.getOrDefault(id, new long[2]);
            rows.add(new Row(unit.creditCode(), unit.name(), p[0], p[1], 0));
        }
        rows.sort(Comparator.comparingLong(Row::points).reversed().thenComparing(Comparator.comparingLong(Row::adopted)
                .reversed()).thenComparing(Row::unitCode));
        List<Row> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int rank = i > 0 && rows.get(i - 1).points() == r.points() ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Row(r.unitCode(), r.unitName(), r.adopted(), r.points(), rank));
        }
        return ranked;
    }

    @Override
    public List<UnitFigure> figures(YearMonth period) {
        Map<Long, long[]> points = repository.pointsByUnit(period.atDay(1), period.atEndOfMonth());
        List<UnitFigure> out = new ArrayList<>();
        points.forEach((id, p) -> office.unit(id).ifPresent(u -> out.add(new UnitFigure(u.creditCode(), INDICATOR, p[1],
                null, "/console/supervision/submissions/points?unitCode=" + u.creditCode() + "&period=" + period))));
        out.sort(Comparator.comparing(UnitFigure::unitCode));
        return out;
    }
}
