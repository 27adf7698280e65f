package org.gongkai.services.kpis;

import java.util.Map;

/**
 * THE definitions of the KPI table as SQL predicates, one place for the counts and the drill-down (so the cases
 * listed behind a figure are exactly the ones it counts). Aliases: {@code c} services_case, {@code i} services_item,
 * {@code r} services_rating. Removed ratings (appeal upheld) count nowhere.
 */
final class KpiDefinitions {

    static final String ACCEPTED = "c.accepted_on BETWEEN :from AND :to";
    static final String COMPLETED = "c.completed_on BETWEEN :from AND :to";
    static final String ON_TIME = COMPLETED + " AND c.completed_on <= c.due_on";
    static final String OVERDUE_OPEN = "c.accepted_on <= :asOf AND (c.completed_on IS NULL OR c.completed_on > :asOf)"
            + " AND c.due_on < :asOf";
    static final String IMMEDIATE = ACCEPTED + " AND c.kind = 'IMMEDIATE'";
    static final String ZERO_VISIT = ACCEPTED + " AND i.visits = 0";
    static final String RATED = COMPLETED
            + " AND EXISTS (SELECT 1 FROM services_rating r2 WHERE r2.case_id = c.id AND r2.removed = FALSE)";
    static final String RATING_GIVEN = "r.rated_on BETWEEN :from AND :to AND r.removed = FALSE";
    static final String SATISFIED = RATING_GIVEN + " AND r.level >= 4";
    static final String BAD = RATING_GIVEN + " AND r.level <= 2";
    static final String BAD_RECTIFIED = BAD
            + " AND EXISTS (SELECT 1 FROM services_rectification x WHERE x.rating_id = r.id AND x.status = 'CLOSED')";
    /** The unit's published 承诺件 items (PROMISE_COMPRESSION sums over them). */
    static final String PROMISED_ITEMS = "i.kind = 'PROMISED' AND i.status = 'PUBLISHED'";
    /**
     * {@link #RATED} for the one-pass aggregate: the case joined to {@link #RATED_CASES} (alias {@code rr}) instead of
     * an {@code EXISTS} probe per case; the same cases (a rating's unit is always its case's unit: both writers copy
     * it from the case). The drill-down keeps {@link #RATED}; the proof test compares both.
     */
    static final String RATED_JOINED = COMPLETED + " AND rr.case_id IS NOT NULL";
    /** The cases of the units with at least one rating not removed, once each. */
    static final String RATED_CASES = "SELECT DISTINCT r2.case_id FROM services_rating r2 WHERE r2.removed = FALSE"
            + " AND r2.unit_id IN (:units)";
    /**
     * A case completed on its due day in the hour before closing (local time); only cases with a completion time
     * count: imported cases have a completion day and no time, and are neither counted here nor in the base.
     */
    static final String LAST_HOUR = COMPLETED + " AND c.completed_on = c.due_on AND c.completed_at IS NOT NULL"
            + " AND EXTRACT(HOUR FROM (c.completed_at AT TIME ZONE 'Asia/Shanghai')) = :lastHour";
    /** A case completed in the period whose completion time is known (the base of the last-hour flag). */
    static final String COMPLETED_TIMED = COMPLETED + " AND c.completed_at IS NOT NULL";
    /** A published 承诺件 whose promised limit is the statutory one. */
    static final String PROMISE_EQUALS_STATUTORY = PROMISED_ITEMS
            + " AND i.promised_days = i.statutory_days AND i.promised_unit = i.statutory_unit";

    /** Which part of a figure a drill-down lists. */
    enum Part { NUMERATOR, DENOMINATOR }

    /** Numerator predicates of the case and rating figures. */
    static final Map<KpiCode, String> NUMERATOR = Map.of(
            KpiCode.ACCEPTED, ACCEPTED,
            KpiCode.COMPLETED, COMPLETED,
            KpiCode.ON_TIME_RATE, ON_TIME,
            KpiCode.OVERDUE_OPEN, OVERDUE_OPEN,
            KpiCode.IMMEDIATE_SHARE, IMMEDIATE,
            KpiCode.ZERO_VISIT_SHARE, ZERO_VISIT,
            KpiCode.RATING_RATE, RATED,
            KpiCode.SATISFACTION_RATE, SATISFIED,
            KpiCode.BAD_RATING_RECTIFIED_RATE, BAD_RECTIFIED,
            KpiCode.PROMISE_COMPRESSION, PROMISED_ITEMS);

    /** Denominator predicates (only rates have one). */
    static final Map<KpiCode, String> DENOMINATOR = Map.of(
            KpiCode.ON_TIME_RATE, COMPLETED,
            KpiCode.IMMEDIATE_SHARE, ACCEPTED,
            KpiCode.ZERO_VISIT_SHARE, ACCEPTED,
            KpiCode.RATING_RATE, COMPLETED,
            KpiCode.SATISFACTION_RATE, RATING_GIVEN,
            KpiCode.BAD_RATING_RECTIFIED_RATE, BAD,
            KpiCode.PROMISE_COMPRESSION, PROMISED_ITEMS);

    static String predicate(KpiCode code, Part part) {
        String p = part == Part.NUMERATOR ? NUMERATOR.get(code) : DENOMINATOR.get(code);
        if (p == null) {
            throw org.gongkai.common.GongkaiException.invalid("part", "该指标没有分母");
        }
        return p;
    }

    private KpiDefinitions() {}
}
