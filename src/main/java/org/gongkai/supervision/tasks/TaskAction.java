package org.gongkai.supervision.tasks;

import org.gongkai.common.lifecycle.Lifecycle;

/** What staff (and the sweeper) do to a task; each is one command and, for staff, one endpoint and one form. */
public enum TaskAction implements Lifecycle.Labelled {
    ASSIGN("交办", "assign"),
    REPORT("报送整改情况", "progress"),
    ACCEPT("验收通过", "accept"),
    RETURN("退回整改", "return"),
    CLOSE("办结销号", "close"),
    URGE("催办", "urge"),
    ESCALATE("通报", "escalate");

    private final String label;
    private final String path;

    TaskAction(String label, String path) {
        this.label = label;
        this.path = path;
    }

    @Override
    public String label() {
        return label;
    }

    /** The last segment of the action's endpoint, {@code /api/v1/staff/supervision/tasks/{n}/<path>}. */
    public String path() {
        return path;
    }
}
