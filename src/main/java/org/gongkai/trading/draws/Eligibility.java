package org.gongkai.trading.draws;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.trading.ProjectType;

/**
 * Step 2 of the draw (issue #14): the experts with the requested specialty, each excluded for the first reason that
 * applies; the rest, in code point order of their ids, are the pool. Pure, so tests and auditors can check every rule.
 */
public final class Eligibility {

    /** Status of an expert as recorded: {@code status} applies from {@code from} to {@code until} (open ends). */
    public record Candidate(String expertId, Set<String> specialties, String status, LocalDate statusFrom,
            LocalDate statusUntil, String employerCode, List<FormerEmployer> formerEmployers, Set<String> conflictParties) {

        /** The status on a day: outside its dates a recorded status other than ACTIVE no longer applies. */
        public boolean activeOn(LocalDate day) {
            if ("ACTIVE".equals(status)) {
                return true;
            }
            boolean started = statusFrom == null || !day.isBefore(statusFrom);
            boolean ended = statusUntil != null && day.isAfter(statusUntil);
            return !(started && !ended);
        }
    }

    public record FormerEmployer(String code, LocalDate until) {}

    /** What the rules look at besides the expert. */
    public record Context(ProjectType type, String buyerCode, String supervisorCode, Set<String> bidderCodes,
            LocalDate drawDate, Set<String> alreadyDrawn, Set<String> declined) {}

    public record Exclusion(String expertId, ExclusionReason reason) {}

    public record Screening(List<String> pool, List<Exclusion> exclusions) {}

    private Eligibility() {}

    public static Screening screen(String specialty, List<Candidate> experts, Context c) {
        List<String> pool = new ArrayList<>();
        List<Exclusion> exclusions = new ArrayList<>();
        for (Candidate e : experts) {
            if (!e.specialties().contains(specialty)) {
                continue;
            }
            ExclusionReason reason = firstReason(e, c);
            if (reason == null) {
                pool.add(e.expertId());
            } else {
                exclusions.add(new Exclusion(e.expertId(), reason));
            }
        }
        exclusions.sort((a, b) -> DrawAlgorithm.CODE_POINT_ORDER.compare(a.expertId(), b.expertId()));
        return new Screening(DrawAlgorithm.sortedPool(pool), List.copyOf(exclusions));
    }

    static ExclusionReason firstReason(Candidate e, Context c) {
        if (!e.activeOn(c.drawDate())) {
            return ExclusionReason.NOT_ACTIVE;
        }
        String employer = e.employerCode();
        if (employer != null && c.bidderCodes().contains(employer)) {
            return ExclusionReason.EMPLOYED_BY_BIDDER;
        }
        if (employer != null && employer.equals(c.buyerCode())) {
            return ExclusionReason.EMPLOYED_BY_BUYER;
        }
        if (employer != null && employer.equals(c.supervisorCode())) {
            return ExclusionReason.EMPLOYED_BY_SUPERVISOR;
        }
        if (c.type() == ProjectType.PROCUREMENT && e.formerEmployers().stream().anyMatch(f ->
                c.bidderCodes().contains(f.code()) && f.until().isAfter(c.drawDate().minusYears(3)))) {
            return ExclusionReason.FORMER_EMPLOYEE_OF_BIDDER;
        }
        if (e.conflictParties().stream().anyMatch(p -> c.bidderCodes().contains(p) || p.equals(c.buyerCode()))) {
            return ExclusionReason.CONFLICT_OF_INTEREST;
        }
        if (c.declined().contains(e.expertId())) {
            return ExclusionReason.DECLINED;
        }
        if (c.alreadyDrawn().contains(e.expertId())) {
            return ExclusionReason.ALREADY_DRAWN;
        }
        return null;
    }
}
