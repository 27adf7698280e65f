package org.gongkai.supervision.tasks;

import org.gongkai.common.lifecycle.Lifecycle;

/**
 * The kinds of supervision task: the office's own 督查任务 (from an inspection's finding, a meeting decision or a
 * leader's instruction), and the deputies' suggestions (人大建议) and members' proposals (政协提案) assigned to units,
 * whose reply limits are the official ones, kept as settings ({@link TaskSettings}).
 */
public enum TaskType implements Lifecycle.Labelled {
    SUPERVISION("督查任务"),
    NPC_SUGGESTION("人大建议"),
    CPPCC_PROPOSAL("政协提案");

    private final String label;

    TaskType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
