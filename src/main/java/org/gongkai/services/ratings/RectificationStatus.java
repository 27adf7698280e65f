package org.gongkai.services.ratings;

import org.gongkai.common.lifecycle.Lifecycle;

/** Where the rectification of a bad rating stands: the states of {@link RectificationLifecycle#TABLE}. */
public enum RectificationStatus implements Lifecycle.Labelled {
    OPEN("待核实"),
    RECTIFYING("整改中"),
    CALLING_BACK("待回访"),
    CLOSED("已办结"),
    APPEALED("申诉审核中"),
    REMOVED("差评已撤销");

    private final String label;

    RectificationStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Still waiting for the unit (the queue lists these). */
    public boolean pending() {
        return this == OPEN || this == RECTIFYING || this == CALLING_BACK || this == APPEALED;
    }
}
