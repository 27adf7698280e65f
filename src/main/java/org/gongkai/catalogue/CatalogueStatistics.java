package org.gongkai.catalogue;

/**
 * Catalogue's published counts for the annual report's table 二 (RULES §3): 规章 and 行政规范性文件 issued in a
 * year, repealed in a year, and in force at the year's end, for one publishing unit.
 */
public interface CatalogueStatistics {

    enum NormativeKind {
        /** 规章 */
        RULE,
        /** 行政规范性文件 */
        NORMATIVE_DOCUMENT
    }

    /**
     * @param issued   published in the year (by publication date; imported documents by their publishedOn)
     * @param repealed repealed (废止) or expired (失效) with effect in the year
     * @param inForce  published by 31 December and valid (有效 or 修订-in-force) on that day
     */
    record NormativeCounts(int issued, int repealed, int inForce) {}

    NormativeCounts count(long unitId, int year, NormativeKind kind);

    /**
     * {@code POLICY_INTERPRETED_ON_TIME_RATE} of one publishing unit: {@code policies} published in the period whose
     * genre needs an interpretation (setting {@code gongkai.catalogue.interpretation.genres}), of which {@code
     * interpretedOnTime} have a public interpretation published within N working days (setting, default 3; the N-th
     * working day after the policy's publication counts, official calendar).
     */
    record InterpretedOnTime(long unitId, int policies, int interpretedOnTime) {}

    /** One row per unit that published such a policy from {@code from} to {@code to} (inclusive), by unit id. */
    java.util.List<InterpretedOnTime> interpretedOnTime(java.time.LocalDate from, java.time.LocalDate to);
}
