package org.gongkai.services.cases;

import java.util.Arrays;
import java.util.Optional;

/** The special procedures (特别程序) whose time does not count against the promised limit. */
public enum SuspensionProcedure {
    PUBLIC_NOTICE("公示"),
    TESTING("检测"),
    EXPERT_REVIEW("专家评审"),
    HEARING("听证"),
    SITE_INSPECTION("现场勘查");

    private final String label;

    SuspensionProcedure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By its Chinese name (公示, 检测, …) or its constant name; empty for anything else. */
    public static Optional<SuspensionProcedure> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        return Arrays.stream(values()).filter(p -> p.label.equals(v) || p.name().equals(v)).findFirst();
    }
}
