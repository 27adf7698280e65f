package org.gongkai.supervision.inspections;

import org.gongkai.common.lifecycle.Lifecycle;

/** How an inspection was made: by the office's staff (three kinds) or by the automatic daily patrol of the portal. */
public enum InspectionKind implements Lifecycle.Labelled {
    ROUTINE("日常巡查"),
    UNANNOUNCED("明察暗访"),
    SPECIAL("专项督查"),
    PATROL("自动巡查");

    private final String label;

    InspectionKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
