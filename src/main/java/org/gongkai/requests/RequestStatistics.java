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
}
