package org.gongkai.supervision.inspections;

import org.gongkai.common.lifecycle.Lifecycle;

/** A finding is open until it becomes a task (转为督办) or the office dismisses it (不需督办). */
public enum FindingStatus implements Lifecycle.Labelled {
    OPEN("待处理"),
    TASKED("已转督办"),
    DISMISSED("不需督办");

    private final String label;

    FindingStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
