package org.gongkai.requests;

import java.time.LocalDate;

/** One reconsideration or lawsuit about a request's decision. */
public record Review(ReviewKind kind, LocalDate filedOn, ReviewResult result) {}
