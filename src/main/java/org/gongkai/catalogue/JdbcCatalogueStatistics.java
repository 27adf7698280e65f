package org.gongkai.catalogue;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Table 二 counts straight from the catalogue. A document counts when it is public now (withdrawn documents were
 * published in error and are not counted); "repealed" means validity 废止 or 失效 with its end date in the year;
 * "in force" means published by 31 December and not repealed or expired on or before that day (an ended document
 * with no end date counts as ended).
 */
@Component
class JdbcCatalogueStatistics implements CatalogueStatistics {

    private static final String ENDED = "validity IN ('REPEALED', 'EXPIRED')";

    private final JdbcClient jdbc;
    private final Interpretations interpretations;

    JdbcCatalogueStatistics(JdbcClient jdbc, Interpretations interpretations) {
        this.jdbc = jdbc;
        this.interpretations = interpretations;
    }

    @Override
    public java.util.List<InterpretedOnTime> interpretedOnTime(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("period " + from + ".." + to);
        }
        java.util.Map<Long, int[]> byUnit = new java.util.TreeMap<>();
        for (Interpretations.Policy p : interpretations.publishedBetween(from, to)) {
            int[] counts = byUnit.computeIfAbsent(p.unitId(), u -> new int[2]);
            counts[0]++;
            if (p.interpretedOnTime()) {
                counts[1]++;
            }
        }
        return byUnit.entrySet().stream()
                .map(e -> new InterpretedOnTime(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    @Override
    public NormativeCounts count(long unitId, int year, NormativeKind kind) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        String base = "SELECT COUNT(*) FROM catalogue_document WHERE unit_id = :unit AND category = :category"
                + " AND status = 'PUBLISHED' AND published_on IS NOT NULL";
        int issued = count(base + " AND published_on BETWEEN :first AND :last", unitId, kind, first, last);
        int repealed = count(base + " AND " + ENDED + " AND effective_to BETWEEN :first AND :last",
                unitId, kind, first, last);
        // an ended document without an end date (e.g. imported as 废止) is not in force
        int inForce = count(base + " AND published_on <= :last AND NOT (" + ENDED
                + " AND (effective_to IS NULL OR effective_to <= :last))", unitId, kind, first, last);
        return new NormativeCounts(issued, repealed, inForce);
    }

    private int count(String sql, long unitId, NormativeKind kind, LocalDate first, LocalDate last) {
        var statement = jdbc.sql(sql)
                .param("unit", unitId)
                .param("category", category(kind).name())
                .param("last", last);
        if (sql.contains(":first")) {
            statement = statement.param("first", first);
        }
        return statement.query(Integer.class).single();
    }

    static InformationCategory category(NormativeKind kind) {
        return switch (kind) {
            case RULE -> InformationCategory.A20_01_RULE;
            case NORMATIVE_DOCUMENT -> InformationCategory.A20_01_NORMATIVE;
        };
    }
}
