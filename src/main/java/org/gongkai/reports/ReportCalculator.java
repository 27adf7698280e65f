package org.gongkai.reports;

import static org.gongkai.reports.ReportLayout.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.catalogue.CatalogueStatistics;
import org.gongkai.catalogue.CatalogueStatistics.NormativeKind;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.DecisionCode;
import org.gongkai.requests.RequestStatistics;
import org.gongkai.requests.ReviewKind;
import org.gongkai.requests.ReviewResult;
import org.springframework.stereotype.Component;

/**
 * Computes a year's tables fresh from the ledgers (RULES §3): table 三 from the disclosure-request ledger, table
 * 四 from the reviews filed in the year, table 二 from the catalogue plus the unit's entries.
 */
@Component
class ReportCalculator {

    private final RequestStatistics requests;
    private final CatalogueStatistics catalogue;

    ReportCalculator(RequestStatistics requests, CatalogueStatistics catalogue) {
        this.requests = requests;
        this.catalogue = catalogue;
    }

    ReportTables fresh(long unitId, int year, AnnualReport.Entries entries) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return new ReportTables(ReportFormat.F2021, table2(unitId, year, entries), table3(unitId, first, last),
                table4(unitId, first, last));
    }

    private Map<String, Map<String, Long>> table2(long unitId, int year, AnnualReport.Entries e) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (var kind : Map.of(RULES, NormativeKind.RULE, NORMATIVE_DOCUMENTS, NormativeKind.NORMATIVE_DOCUMENT)
                .entrySet()) {
            var c = catalogue.count(unitId, year, kind.getValue());
            out.put(kind.getKey(), Map.of(ISSUED, (long) c.issued(), REPEALED, (long) c.repealed(), IN_FORCE,
                    (long) c.inForce()));
        }
        out.put(LICENSING, Map.of(DECISIONS, zero(e.licensing())));
        out.put(PENALTY, Map.of(DECISIONS, zero(e.penalties())));
        out.put(COERCION, Map.of(DECISIONS, zero(e.coercion())));
        out.put(FEES, Map.of(AMOUNT_FEN, zero(e.feesFen())));
        return out;
    }

    private Map<String, Map<String, Long>> table3(long unitId, LocalDate first, LocalDate last) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        out.put(NEW_THIS_YEAR, withTotal(requests.receivedIn(unitId, first, last)));
        out.put(CARRIED_OVER, withTotal(requests.openAt(unitId, first.minusDays(1))));
        Map<DecisionCode, Map<ApplicantType, Long>> decided = requests.decidedIn(unitId, first, last);
        Map<ApplicantType, Long> handled = new java.util.EnumMap<>(ApplicantType.class);
        for (DecisionCode code : DecisionCode.values()) {
            Map<ApplicantType, Long> byType = decided.getOrDefault(code, Map.of());
            out.put(code.name(), withTotal(byType));
            byType.forEach((type, n) -> handled.merge(type, n, Long::sum));
        }
        out.put(TOTAL_HANDLED, withTotal(handled));
        out.put(CARRIED_TO_NEXT, withTotal(requests.openAt(unitId, last)));
        return out;
    }

    private static Map<String, Long> withTotal(Map<ApplicantType, Long> byType) {
        Map<String, Long> line = new LinkedHashMap<>();
        long total = 0;
        for (ApplicantType type : ApplicantType.values()) {
            long n = byType.getOrDefault(type, 0L);
            line.put(type.name(), n);
            total += n;
        }
        line.put(TOTAL, total);
        return line;
    }

    private Map<String, Map<String, Long>> table4(long unitId, LocalDate first, LocalDate last) {
        Map<ReviewKind, Map<ReviewResult, Long>> filed = requests.reviewsFiledIn(unitId, first, last);
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (ReviewKind kind : ReviewKind.values()) {
            Map<ReviewResult, Long> byResult = filed.getOrDefault(kind, Map.of());
            Map<String, Long> line = new LinkedHashMap<>();
            long total = 0;
            for (ReviewResult result : ReviewResult.values()) {
                long n = byResult.getOrDefault(result, 0L);
                line.put(result.name(), n);
                total += n;
            }
            line.put(TOTAL, total);
            out.put(kind.name(), line);
        }
        return out;
    }

    RequestStatistics.Timeliness timeliness(long unitId, int year) {
        return requests.timelinessIn(unitId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    long feesPaidFen(long unitId, int year) {
        return requests.feesPaidFen(unitId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    long receivedTotal(long unitId, int year) {
        return requests.receivedIn(unitId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).values().stream()
                .mapToLong(Long::longValue).sum();
    }

    private static long zero(Long v) {
        return v == null ? 0L : v;
    }
}
