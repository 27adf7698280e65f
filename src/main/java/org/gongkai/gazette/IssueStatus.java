package org.gongkai.gazette;

import org.gongkai.common.lifecycle.Lifecycle;

/** A gazette issue's state: compiled as a draft, then published (and frozen, as a printed issue is). */
public enum IssueStatus {
    DRAFT("编辑中"),
    PUBLISHED("已出版");

    private final String label;

    IssueStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What may be done to an issue. */
    public enum Action { EDIT, PUBLISH }

    /** The one table of an issue's transitions: a draft is edited and published; a published issue changes no more. */
    public static final Lifecycle<IssueStatus, Action> LIFECYCLE = Lifecycle.of(IssueStatus.class, Action.class)
            .edge(DRAFT, Action.EDIT, DRAFT)
            .edge(DRAFT, Action.PUBLISH, PUBLISHED)
            .build();
}
