package org.gongkai.trading.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.trading.ProjectType;

/** A trading project as stored (amounts in fen). */
public record Project(long id, String code, ProjectType type, String title, long unitId, String buyerCode,
        String supervisorCode, String agencyCode, long budgetFen, Long ceilingFen, Long reserveFen, Instant evaluationAt,
        Instant evaluationStartedAt, Long dealFen, String winnerCode, LocalDate dealOn, List<String> bidderCodes) {

    /** Whether the evaluation has started: recorded by the officer, or its time has passed. */
    public boolean evaluationStarted(Instant now) {
        return evaluationStartedAt != null || (evaluationAt != null && !evaluationAt.isAfter(now));
    }
}
