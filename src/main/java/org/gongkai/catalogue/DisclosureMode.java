package org.gongkai.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** 公开属性. */
public enum DisclosureMode {
    PROACTIVE("主动公开"),
    ON_REQUEST("依申请公开"),
    NOT_DISCLOSED("不予公开");

    private final String label;

    DisclosureMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<DisclosureMode> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values()).filter(v -> v.label.equals(t) || v.name().equalsIgnoreCase(t)).findFirst();
    }
}
