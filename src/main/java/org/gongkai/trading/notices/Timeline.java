package org.gongkai.trading.notices;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gongkai.trading.draws.DrawRecord;
import org.gongkai.trading.projects.Project;

/**
 * A project's timeline on the portal (issue #14): its public notices, its draws once the evaluation has started (their
 * records are public then), the evaluation, and the deal with its savings or added revenue, in day order.
 */
record Timeline(List<Entry> entries) {

    /** What happened: {@code kind} is NOTICE, DRAW, EVALUATION or DEAL; the other fields as the kind needs. */
    record Entry(String kind, LocalDate day, int order, Notice notice, String label, ObjectionPeriod objection,
            String objectionState, DrawRecord draw, Outcome outcome) {}

    /** The deal: price, winner, and savings (rate in percent) or added revenue. */
    record Outcome(long dealFen, String winnerCode, Long savingsFen, BigDecimal savingsPercent, Long addedRevenueFen) {}

    static Timeline of(Project p, List<Notice> notices, List<DrawRecord> draws, Instant now, LocalDate today,
            int objectionMinDays) {
        List<Entry> out = new ArrayList<>();
        for (Notice n : notices) {
            if (!n.isPublic()) {
                continue;
            }
            ObjectionPeriod in = n.effectiveObjection(objectionMinDays);
            String state = in == null ? null : today.isBefore(in.start()) ? "尚未开始"
                    : in.openOn(today) ? "异议期内" : "已结束";
            out.add(new Entry("NOTICE", n.publishedOn(), 1, n, n.kind().labelFor(p.type()), in, state, null, null));
        }
        boolean started = p.evaluationStarted(now);
        if (started) {
            for (DrawRecord d : draws) {
                out.add(new Entry("DRAW", d.drawnAt().atZone(Notices.ZONE).toLocalDate(), 2, null,
                        d.replacement() ? "补抽评标专家" : "抽取评标专家", null, null, d, null));
            }
            Instant at = p.evaluationStartedAt() != null ? p.evaluationStartedAt() : p.evaluationAt();
            out.add(new Entry("EVALUATION", at.atZone(Notices.ZONE).toLocalDate(), 3, null, "开标评标", null, null,
                    null, null));
        }
        if (p.dealOn() != null && p.dealFen() != null) {
            Long savings = p.type().reportsSavings() ? p.budgetFen() - p.dealFen() : null;
            BigDecimal percent = savings == null || p.budgetFen() == 0 ? null : BigDecimal.valueOf(savings)
                    .multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(p.budgetFen()), 2, RoundingMode.HALF_UP);
            Long added = !p.type().reportsSavings() && p.reserveFen() != null ? p.dealFen() - p.reserveFen() : null;
            out.add(new Entry("DEAL", p.dealOn(), 4, null, "成交", null, null, null,
                    new Outcome(p.dealFen(), p.winnerCode(), savings, percent, added)));
        }
        out.sort(Comparator.comparing(Entry::day).thenComparingInt(Entry::order));
        return new Timeline(List.copyOf(out));
    }
}
