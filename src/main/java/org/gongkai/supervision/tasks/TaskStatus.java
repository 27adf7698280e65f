package org.gongkai.supervision.tasks;

import org.gongkai.common.lifecycle.Lifecycle;

/** Where a supervision task stands: 待交办 → 办理中 → 待验收 → (退回整改 → 待验收)* → 已验收 → 已办结. */
public enum TaskStatus implements Lifecycle.Labelled {
    /** 待交办: recorded by the office, no unit assigned yet. */
    DRAFT("待交办"),
    /** 办理中 (整改中): assigned to one or more units, the clock runs. */
    ASSIGNED("办理中"),
    /** 待验收: a unit reported its progress with evidence; the supervisor accepts or returns. */
    REPORTED("待验收"),
    /** 退回整改: the supervisor returned the report with a reason; the units report again. */
    RETURNED("退回整改"),
    /** 已验收: the supervisor accepted the units' reports; the clock stopped. */
    ACCEPTED("已验收"),
    /** 已办结: closed (销号). */
    CLOSED("已办结");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Still counting against its deadline (the units owe a report or a supervisor owes a decision). */
    public boolean open() {
        return this == ASSIGNED || this == REPORTED || this == RETURNED;
    }

    /** The units owe work: urging and escalation apply. */
    public boolean withUnits() {
        return this == ASSIGNED || this == RETURNED;
    }
}
