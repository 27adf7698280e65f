package org.gongkai.services.cases;

import org.gongkai.common.lifecycle.Lifecycle;

/** Where a service case (办件) stands: the states of {@link ServiceCaseLifecycle#TABLE}. */
public enum CaseStatus implements Lifecycle.Labelled {
    RECEIVED("已收件"),
    ACCEPTED("已受理"),
    SUSPENDED("特别程序中"),
    REFUSED("不予受理"),
    COMPLETED("已办结"),
    DELIVERED("已送达");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Accepted and not yet completed: the promised limit is counting (or suspended). */
    public boolean isOpen() {
        return this == ACCEPTED || this == SUSPENDED;
    }
}
