package org.gongkai.reports;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one table of the report's lifecycle: draft → submitted → returned (→ submitted again) or approved →
 * published. Each edge is labelled with the audit action it records. Governments go the same way; they
 * approve their own report (the service decides who may approve).
 */
public final class ReportTransitions {

    private static final Map<ReportStatus, Map<ReportStatus, String>> EDGES = new EnumMap<>(ReportStatus.class);

    static {
        edge(ReportStatus.DRAFT, ReportStatus.SUBMITTED, "REPORT_SUBMITTED");
        edge(ReportStatus.RETURNED, ReportStatus.SUBMITTED, "REPORT_SUBMITTED");
        edge(ReportStatus.SUBMITTED, ReportStatus.RETURNED, "REPORT_RETURNED");
        edge(ReportStatus.SUBMITTED, ReportStatus.APPROVED, "REPORT_APPROVED");
        edge(ReportStatus.APPROVED, ReportStatus.PUBLISHED, "REPORT_PUBLISHED");
    }

    private ReportTransitions() {}

    private static void edge(ReportStatus from, ReportStatus to, String action) {
        EDGES.computeIfAbsent(from, k -> new EnumMap<>(ReportStatus.class)).put(to, action);
    }

    public static boolean allowed(ReportStatus from, ReportStatus to) {
        return action(from, to).isPresent();
    }

    /** The audit action of the edge, empty when the move is not allowed. */
    public static Optional<String> action(ReportStatus from, ReportStatus to) {
        return Optional.ofNullable(EDGES.getOrDefault(from, Map.of()).get(to));
    }
}
