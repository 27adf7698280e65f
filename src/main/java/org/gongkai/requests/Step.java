package org.gongkai.requests;

/** The internal handling steps that 《条例》第四十五条 names: 登记 → 审核 → 办理 → 答复 → 归档. */
public enum Step implements org.gongkai.common.lifecycle.Lifecycle.Labelled {
    REGISTERED("登记"),
    REVIEWING("审核"),
    PROCESSING("办理"),
    REPLIED("答复"),
    ARCHIVED("归档");

    private final String label;

    Step(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == REGISTERED || this == REVIEWING || this == PROCESSING;
    }
}
