package org.gongkai.hotline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.calendar.WorkingDayCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the rates alone do not show (issue #12): how the time used compares with the limit (a distribution next to the
 * on-time rate, so that "on time" tickets closed on the last day are visible), how the callbacks spread over the five
 * levels, and the hot spots by topic and by address. The rows belong to the period and unit as in {@link HotlineKpis}.
 */
@Component
@Transactional(readOnly = true)
class HotlineKpiDetails {

    /** How many topics and addresses a hot-spot list shows. */
    static final int HOT_SPOTS = 12;

    private final JdbcClient jdbc;
    private final WorkingDayCalendar calendar;

    HotlineKpiDetails(JdbcClient jdbc, WorkingDayCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /**
     * The dispatches of the period by what the unit did with them (the denominator of the accept and return rates,
     * taken apart): accepted within the accept limit (the numerator of {@code ACCEPTED_ON_TIME_RATE}), accepted late,
     * returned (the numerator of {@code RETURN_RATE}), not accepted yet (still waiting, or the ticket was merged).
     */
    HotlineKpiReport.Distribution acceptTime(Long unitId, LocalDate from, LocalDate to) {
        var spec = jdbc.sql("SELECT k, COUNT(*) FROM (SELECT CASE WHEN accepted_at IS NOT NULL"
                + " AND accepted_at <= accept_due_at THEN 0 WHEN accepted_at IS NOT NULL THEN 1"
                + " WHEN returned_at IS NOT NULL THEN 2 ELSE 3 END AS k"
                + " FROM hotline_dispatch WHERE dispatched_on BETWEEN :from AND :to"
                + (unitId == null ? "" : " AND unit_id = :unit") + ") x GROUP BY k")
                .param("from", from).param("to", to);
        if (unitId != null) {
            spec = spec.param("unit", unitId);
        }
        long[] counts = new long[4];
        spec.query((rs, i) -> counts[rs.getInt(1)] = rs.getLong(2)).list();
        String[][] buckets = {{"ACCEPTED_ON_TIME", "时限内签收"}, {"ACCEPTED_LATE", "超时签收"}, {"RETURNED", "退单"},
            {"NOT_ACCEPTED", "未签收"}};
        List<HotlineKpiReport.Bucket> out = new ArrayList<>();
        for (int i = 0; i < buckets.length; i++) {
            out.add(new HotlineKpiReport.Bucket(buckets[i][0], buckets[i][1], counts[i]));
        }
        return new HotlineKpiReport.Distribution("ACCEPT_TIME", "派单的签收情况（按时签收率和退单率的分布）", out);
    }

    /**
     * Tickets closed in the period by working days used ÷ working days allowed (the limit of the cycle that was closed,
     * extensions included), counted from the day after the ticket was received (or reopened).
     */
    HotlineKpiReport.Distribution answerTime(Long unitId, LocalDate from, LocalDate to) {
        String[][] buckets = {{"UP_TO_25", "≤25%"}, {"UP_TO_50", "25%–50%"}, {"UP_TO_75", "50%–75%"},
            {"UP_TO_100", "75%–100%"}, {"OVER", "超过时限"}};
        long[] counts = new long[buckets.length];
        var spec = jdbc.sql("SELECT cycle_started_on, closed_on, closed_due_on FROM hotline_ticket "
                + "WHERE closed_on BETWEEN :from AND :to AND closed_due_on IS NOT NULL"
                + (unitId == null ? "" : " AND unit_id = :unit")).param("from", from).param("to", to);
        if (unitId != null) {
            spec = spec.param("unit", unitId);
        }
        for (LocalDate[] row : spec.query((rs, i) -> new LocalDate[] {rs.getObject(1, LocalDate.class),
            rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)}).list()) {
            counts[bucket(row[0], row[1], row[2])]++;
        }
        List<HotlineKpiReport.Bucket> out = new ArrayList<>();
        for (int i = 0; i < buckets.length; i++) {
            out.add(new HotlineKpiReport.Bucket(buckets[i][0], buckets[i][1], counts[i]));
        }
        return new HotlineKpiReport.Distribution("ANSWER_TIME", "办结用时占时限的比例（按期办结率的分布）", out);
    }

    private int bucket(LocalDate start, LocalDate closed, LocalDate due) {
        if (closed.isAfter(due)) {
            return 4;
        }
        int limit = Math.max(1, calendar.workingDaysBetween(start, due));
        int used = closed.isAfter(start) ? calendar.workingDaysBetween(start, closed) : 0;
        double share = (double) used / limit;
        return share <= 0.25 ? 0 : share <= 0.5 ? 1 : share <= 0.75 ? 2 : 3;
    }

    /** Callbacks in the period by satisfaction, 5 to 1 (the satisfaction rate counts 4 and 5). */
    HotlineKpiReport.Distribution satisfaction(Long unitId, LocalDate from, LocalDate to) {
        var spec = jdbc.sql("SELECT c.satisfaction, COUNT(*) FROM hotline_callback c JOIN hotline_ticket t "
                + "ON t.id = c.ticket_id WHERE c.called_on BETWEEN :from AND :to"
                + (unitId == null ? "" : " AND t.unit_id = :unit") + " GROUP BY c.satisfaction")
                .param("from", from).param("to", to);
        if (unitId != null) {
            spec = spec.param("unit", unitId);
        }
        Map<Integer, Long> counts = new LinkedHashMap<>();
        spec.query((rs, i) -> counts.put(rs.getInt(1), rs.getLong(2))).list();
        String[] words = {"", "非常不满意", "不满意", "基本满意", "满意", "非常满意"};
        List<HotlineKpiReport.Bucket> out = new ArrayList<>();
        for (int level = 5; level >= 1; level--) {
            out.add(new HotlineKpiReport.Bucket("LEVEL_" + level, level + " " + words[level],
                    counts.getOrDefault(level, 0L)));
        }
        return new HotlineKpiReport.Distribution("SATISFACTION", "回访满意度分布（满意率的分布）", out);
    }

    /**
     * Tickets received in the period by topic and by place, the most frequent first. A place is the address up to its
     * first digit (幸福路12号 and 幸福路30号 are both 幸福路), so that one street's tickets add up.
     */
    HotlineKpiReport.HotSpots hotSpots(Long unitId, LocalDate from, LocalDate to) {
        var spec = jdbc.sql("SELECT topic, address FROM hotline_ticket WHERE received_on BETWEEN :from AND :to"
                + " AND status <> 'MERGED'" + (unitId == null ? "" : " AND unit_id = :unit"))
                .param("from", from).param("to", to);
        if (unitId != null) {
            spec = spec.param("unit", unitId);
        }
        Map<String, Long> topics = new LinkedHashMap<>();
        Map<String, Long> places = new LinkedHashMap<>();
        spec.query((rs, i) -> {
            String topic = rs.getString(1);
            topics.merge(topic == null || topic.isBlank() ? "（未标注主题）" : topic.trim(), 1L, Long::sum);
            String place = place(rs.getString(2));
            if (place != null) {
                places.merge(place, 1L, Long::sum);
            }
            return null;
        }).list();
        return new HotlineKpiReport.HotSpots(top(topics), top(places));
    }

    static String place(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String a = address.trim();
        int cut = 0;
        while (cut < a.length() && !Character.isDigit(a.charAt(cut))) {
            cut++;
        }
        String p = (cut == 0 ? a : a.substring(0, cut)).trim();
        return p.length() > 40 ? p.substring(0, 40) : p;
    }

    private static List<HotlineKpiReport.Bucket> top(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(HOT_SPOTS).map(e -> new HotlineKpiReport.Bucket(e.getKey(), e.getKey(), e.getValue())).toList();
    }
}
