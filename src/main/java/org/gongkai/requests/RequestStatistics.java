package org.gongkai.requests;

import java.time.LocalDate;
import java.util.Map;

/**
 * The published counting query for the annual report (table 三 and 四). Live and imported requests count
 * alike. Periods are inclusive.
 */
public interface RequestStatistics {

    /** Applications whose receipt was confirmed in the period, per applicant type (row "本年新收"). */
    Map<ApplicantType, Long> receivedIn(LocalDate from, LocalDate to);

    /** Decisions made in the period, per decision code and applicant type (rows （一）–（六）). */
    Map<DecisionCode, Map<ApplicantType, Long>> decidedIn(LocalDate from, LocalDate to);

    /** Requests received on or before {@code date} and not decided by it (row "结转下年度继续办理"). */
    Map<ApplicantType, Long> openAt(LocalDate date);

    /** Reconsiderations and lawsuits filed in the period, per kind and result (table 四). */
    Map<ReviewKind, Map<ReviewResult, Long>> reviewsFiledIn(LocalDate from, LocalDate to);

    // --- the same, for one unit (the annual report is per unit) -------------------------------------------

    Map<ApplicantType, Long> receivedIn(long unitId, LocalDate from, LocalDate to);

    Map<DecisionCode, Map<ApplicantType, Long>> decidedIn(long unitId, LocalDate from, LocalDate to);

    Map<ApplicantType, Long> openAt(long unitId, LocalDate date);

    Map<ReviewKind, Map<ReviewResult, Long>> reviewsFiledIn(long unitId, LocalDate from, LocalDate to);

    /** Decisions in the period and how many of them came by the due date (narrative: 按时答复率). */
    record Timeliness(long decided, long onTime) {}

    Timeliness timelinessIn(long unitId, LocalDate from, LocalDate to);

    /** 信息处理费 actually paid in the period (by payment date), in fen (narrative 六). */
    long feesPaidFen(long unitId, LocalDate from, LocalDate to);
}
