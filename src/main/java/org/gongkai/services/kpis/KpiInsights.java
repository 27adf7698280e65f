package org.gongkai.services.kpis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.services.kpis.KpiReport.Bucket;
import org.gongkai.services.kpis.KpiReport.Distribution;
import org.gongkai.services.kpis.KpiReport.Flag;
import org.springframework.stereotype.Component;

/**
 * What stands next to the rates: the distribution of time used ÷ promised limit over the cases completed in the
 * period, the ratings by level, and flags for suspicious patterns (all ratings 非常满意, completions crowded into the
 * last hour before the deadline, promised limits no shorter than the statutory ones).
 */
@Component
class KpiInsights {

    static final List<Bucket> TIME_USED_BUCKETS = List.of(new Bucket("UP_TO_25", "≤25%", 0),
            new Bucket("UP_TO_50", "25%–50%", 0), new Bucket("UP_TO_75", "50%–75%", 0),
            new Bucket("UP_TO_100", "75%–100%", 0), new Bucket("UP_TO_150", "超期，≤150%", 0),
            new Bucket("OVER_150", "超期，>150%", 0), new Bucket("IMMEDIATE_ON_DAY", "即办件当日办结", 0),
            new Bucket("IMMEDIATE_LATE", "即办件未当日办结", 0), new Bucket("NO_DUE_DATE", "无办结期限", 0));

    private final KpiQueries queries;
    private final WorkingDayCalendar calendar;
    private final KpiSettings settings;

    KpiInsights(KpiQueries queries, WorkingDayCalendar calendar, KpiSettings settings) {
        this.queries = queries;
        this.calendar = calendar;
        this.settings = settings;
    }

    List<Distribution> distributions(KpiScope scope, KpiQueries.Figures figures) {
        long[] timeUsed = new long[TIME_USED_BUCKETS.size()];
        Map<String, Integer> remaining = new HashMap<>();
        for (KpiQueries.CompletionGroup g : queries.completionGroups(scope)) {
            timeUsed[bucket(g, remaining)] += g.count();
        }
        List<Bucket> used = new ArrayList<>();
        for (int k = 0; k < timeUsed.length; k++) {
            Bucket b = TIME_USED_BUCKETS.get(k);
            used.add(new Bucket(b.code(), b.label(), timeUsed[k]));
        }
        long[] levels = figures.ratingLevels();
        List<Bucket> byLevel = new ArrayList<>();
        for (int level = 5; level >= 1; level--) {
            byLevel.add(new Bucket("LEVEL_" + level, org.gongkai.services.ratings.RatingLevel.labelOf(level),
                    levels[level - 1]));
        }
        return List.of(
                new Distribution("TIME_USED", "办结用时占承诺时限的比例（期间内办结的办件）",
                        List.of(KpiCode.COMPLETED, KpiCode.ON_TIME_RATE, KpiCode.RATING_RATE), used),
                new Distribution("RATING_LEVELS", "期间内评价的等级分布",
                        List.of(KpiCode.SATISFACTION_RATE, KpiCode.BAD_RATING_RECTIFIED_RATE), byLevel));
    }

    /** The bucket of a group: used = limit − remaining days (working or calendar, as the case counts). */
    private int bucket(KpiQueries.CompletionGroup g, Map<String, Integer> cache) {
        if (g.dueOn() == null) {
            return 8;
        }
        if (g.limitDays() <= 0) {
            return g.completedOn().isAfter(g.dueOn()) ? 7 : 6;
        }
        long left = "CALENDAR_DAYS".equals(g.clockUnit()) ? ChronoUnit.DAYS.between(g.completedOn(), g.dueOn())
                : cache.computeIfAbsent(g.completedOn() + ":" + g.dueOn(), k -> workingDays(g.completedOn(), g.dueOn()));
        long used = g.limitDays() - left;
        long limit = g.limitDays();
        if (used * 4 <= limit) {
            return 0;
        } else if (used * 2 <= limit) {
            return 1;
        } else if (used * 4 <= limit * 3) {
            return 2;
        } else if (used <= limit) {
            return 3;
        }
        return used * 2 <= limit * 3 ? 4 : 5;
    }

    /** Working days from {@code a} to {@code b}, negative when {@code b} is before {@code a}. */
    private int workingDays(LocalDate a, LocalDate b) {
        return b.isBefore(a) ? -calendar.workingDaysBetween(b, a) : calendar.workingDaysBetween(a, b);
    }

    /** The flags, judged per unit from the counts of the report's passes (no query of their own). */
    List<Flag> flags(KpiQueries.Figures figures, Map<Long, String[]> unitNames) {
        List<Flag> flags = new ArrayList<>();
        for (KpiQueries.UnitRatings u : figures.ratings()) {
            if (u.given() >= settings.allTopMinRatings() && u.top() == u.given()) {
                flags.add(new Flag("ALL_TOP_RATINGS", "评价全部为“非常满意”", name(unitNames, u.unitId()), u.given(),
                        u.given(), "期间内 " + u.given() + " 条评价无一例外为“非常满意”，请核实评价是否由办事群众本人作出",
                        "SATISFACTION_RATE", code(unitNames, u.unitId())));
            }
        }
        for (KpiQueries.UnitCompletions u : figures.completions()) {
            long late = u.lastHour();
            if (late >= settings.lastHourMinCases() && late * 100 >= u.timed() * settings.lastHourMinPercent()) {
                flags.add(new Flag("LAST_HOUR_COMPLETIONS", "临近时限最后一小时集中办结", name(unitNames, u.unitId()),
                        late, u.timed(), "期间内办结并记有办结时间的 " + u.timed() + " 件中有 " + late
                                + " 件在办结期限当天 " + (settings.deadlineHour() - 1) + ":00–"
                                + settings.deadlineHour() + ":00 办结（导入的历史办件只有办结日期，不在其中）",
                        "LAST_HOUR_COMPLETIONS", code(unitNames, u.unitId())));
            }
        }
        for (KpiQueries.UnitItems u : figures.items()) {
            if (u.equalStatutory() > 0) {
                flags.add(new Flag("PROMISE_EQUALS_STATUTORY", "承诺时限等于法定时限", name(unitNames, u.unitId()),
                        u.equalStatutory(), u.promised(), u.promised() + " 个承诺件事项中有 " + u.equalStatutory()
                                + " 个承诺时限未比法定时限压缩", "PROMISE_EQUALS_STATUTORY", code(unitNames, u.unitId())));
            }
        }
        return flags;
    }

    private static String name(Map<Long, String[]> units, long id) {
        String[] u = units.get(id);
        return u == null ? "单位 " + id : u[1];
    }

    private static String code(Map<Long, String[]> units, long id) {
        String[] u = units.get(id);
        return u == null ? null : u[0];
    }
}
