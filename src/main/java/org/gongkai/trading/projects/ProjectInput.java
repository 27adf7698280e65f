package org.gongkai.trading.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A project as imported or entered (the JSON fields of the import line), before its checks. */
public record ProjectInput(String projectCode, String type, String title, String buyerCode, String supervisorCode,
        String agencyCode, Long budgetFen, Long ceilingFen, Long reserveFen, List<String> bidderCodes,
        Instant evaluationAt, Long dealFen, String winnerCode, LocalDate dealOn) {}
