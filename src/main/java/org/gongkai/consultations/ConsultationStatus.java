package org.gongkai.consultations;

import org.gongkai.common.lifecycle.Lifecycle;

/**
 * A consultation's state: written as a draft, announced with its dates (scheduled), opened and closed on those dates
 * by the sweep, and finished when its feedback report is published.
 */
public enum ConsultationStatus {
    DRAFT("草稿"),
    SCHEDULED("待开始"),
    OPEN("征求意见中"),
    CLOSED("已截止"),
    FEEDBACK_PUBLISHED("已反馈");

    private final String label;

    ConsultationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the public sees it (open, closed or with its feedback). */
    public boolean isPublic() {
        return this == OPEN || this == CLOSED || this == FEEDBACK_PUBLISHED;
    }

    /** What the API calls it: OPEN, or CLOSED for a closed consultation with or without its feedback. */
    public String apiStatus() {
        return this == OPEN ? "OPEN" : isPublic() ? "CLOSED" : name();
    }

    /** What may be done to a consultation. */
    public enum Action { EDIT, ATTACH, SCHEDULE, OPEN, CLOSE, COMMENT, MODERATE, DECIDE, GENERATE_FEEDBACK, APPROVE_FEEDBACK,
        PUBLISH_FEEDBACK, LINK_FINAL_DOCUMENT }

    /** The one table of a consultation's transitions. */
    public static final Lifecycle<ConsultationStatus, Action> LIFECYCLE = Lifecycle
            .of(ConsultationStatus.class, Action.class)
            .edge(DRAFT, Action.EDIT, DRAFT)
            .edge(SCHEDULED, Action.EDIT, SCHEDULED)
            .edge(DRAFT, Action.ATTACH, DRAFT)
            .edge(SCHEDULED, Action.ATTACH, SCHEDULED)
            .edge(DRAFT, Action.SCHEDULE, SCHEDULED)
            .edge(SCHEDULED, Action.OPEN, OPEN)
            .edge(OPEN, Action.COMMENT, OPEN)
            .edge(OPEN, Action.MODERATE, OPEN)
            .edge(OPEN, Action.DECIDE, OPEN)
            .edge(OPEN, Action.CLOSE, CLOSED)
            .edge(CLOSED, Action.MODERATE, CLOSED)
            .edge(CLOSED, Action.DECIDE, CLOSED)
            .edge(CLOSED, Action.GENERATE_FEEDBACK, CLOSED)
            .edge(CLOSED, Action.APPROVE_FEEDBACK, CLOSED)
            .edge(CLOSED, Action.PUBLISH_FEEDBACK, FEEDBACK_PUBLISHED)
            .edge(CLOSED, Action.LINK_FINAL_DOCUMENT, CLOSED)
            .edge(FEEDBACK_PUBLISHED, Action.LINK_FINAL_DOCUMENT, FEEDBACK_PUBLISHED)
            .build();
}
