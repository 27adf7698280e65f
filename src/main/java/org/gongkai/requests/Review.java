package org.gongkai.requests;

import java.time.LocalDate;

/**
 * One reconsideration or lawsuit about a request's decision. {@code resultOn} is the day a final result became
 * known (null while pending, or when the result was recorded together with the filing).
 */
public record Review(ReviewKind kind, LocalDate filedOn, ReviewResult result, LocalDate resultOn) {

    public Review(ReviewKind kind, LocalDate filedOn, ReviewResult result) {
        this(kind, filedOn, result, null);
    }

    /** The result as it was known at the end of {@code day}. */
    public ReviewResult resultKnownOn(LocalDate day) {
        return result == ReviewResult.PENDING || resultOn == null || !resultOn.isAfter(day) ? result
                : ReviewResult.PENDING;
    }
}
