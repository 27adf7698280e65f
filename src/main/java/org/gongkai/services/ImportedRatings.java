package org.gongkai.services;

import java.time.LocalDate;
import java.util.List;

/**
 * The ratings of imported historical cases, written by the ratings module ({@code services.ratings.RatingImport}, the
 * one writer of {@code services_rating} rows) and called by the case import of {@code services.cases}, which does
 * not depend on the ratings package (the ratings package reads cases, not the reverse).
 */
public interface ImportedRatings {

    /** One rating of the import's {@code ratings} array, of the case numbered {@code caseNumber}. */
    record Rating(String caseNumber, int level, RatingChannel channel, LocalDate on, LocalDate rectificationClosedOn) {}

    /**
     * Checks the ratings of one case (level 1–5, one per channel, a date on or after acceptance/refusal and not in
     * the future, a closing date only for a bad rating and not before it).
     *
     * @throws org.gongkai.common.GongkaiException VALIDATION_FAILED at field {@code ratings} naming the one at fault
     */
    void check(LocalDate acceptedOrRefusedOn, List<Rating> ratings);

    /** Writes checked ratings of cases already written, and the rectifications of the bad ones, in a few batches. */
    void insert(List<Rating> ratings);
}
