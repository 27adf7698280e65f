package org.gongkai.services.ratings;

import java.util.Arrays;
import java.util.Optional;

/** The five levels of 好差评 (RULES §5); 不满意 and 非常不满意 are bad ratings and open a rectification. */
public enum RatingLevel {
    VERY_DISSATISFIED(1, "非常不满意"),
    DISSATISFIED(2, "不满意"),
    BASICALLY_SATISFIED(3, "基本满意"),
    SATISFIED(4, "满意"),
    VERY_SATISFIED(5, "非常满意");

    /** Ratings at or above this level count as satisfied in SATISFACTION_RATE (基本满意 does not). */
    public static final int SATISFIED_FROM = 4;
    /** Ratings at or below this level are bad (差评). */
    public static final int BAD_UP_TO = 2;

    private final int value;
    private final String label;

    RatingLevel(int value, String label) {
        this.value = value;
        this.label = label;
    }

    public int value() {
        return value;
    }

    public String label() {
        return label;
    }

    public boolean bad() {
        return value <= BAD_UP_TO;
    }

    public static Optional<RatingLevel> of(int value) {
        return Arrays.stream(values()).filter(l -> l.value == value).findFirst();
    }

    public static String labelOf(int value) {
        return of(value).map(RatingLevel::label).orElse(String.valueOf(value));
    }
}
