package org.gongkai.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** 有效性 of a document. */
public enum Validity {
    EFFECTIVE("有效"),
    EXPIRED("失效"),
    REPEALED("废止"),
    AMENDED("修订");

    private final String label;

    Validity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Validity> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values()).filter(v -> v.label.equals(t) || v.name().equalsIgnoreCase(t)).findFirst();
    }
}
