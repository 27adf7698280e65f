package org.gongkai.catalogue;

import static org.gongkai.catalogue.DocumentStatus.DRAFT;
import static org.gongkai.catalogue.DocumentStatus.PUBLISHED;
import static org.gongkai.catalogue.DocumentStatus.REVIEWED;
import static org.gongkai.catalogue.DocumentStatus.SCHEDULED;
import static org.gongkai.catalogue.DocumentStatus.SIGNED_OFF;
import static org.gongkai.catalogue.DocumentStatus.SUBMITTED;
import static org.gongkai.catalogue.DocumentStatus.WITHDRAWN;

import java.util.Arrays;
import java.util.Optional;

/**
 * THE table of allowed workflow transitions. Each edge names the action that takes it and the (past-tense)
 * event it records in the audit log; nothing else changes a document's status.
 */
public enum DocumentTransition {
    SUBMITTED_FOR_REVIEW(DRAFT, WorkflowAction.SUBMIT, SUBMITTED, "DocumentSubmitted"),
    RETURNED_BY_REVIEWER(SUBMITTED, WorkflowAction.RETURN, DRAFT, "DocumentReturned"),
    REVIEW_PASSED(SUBMITTED, WorkflowAction.REVIEW, REVIEWED, "DocumentReviewed"),
    RETURNED_BY_LEADER(REVIEWED, WorkflowAction.RETURN, DRAFT, "DocumentReturned"),
    SIGNED(REVIEWED, WorkflowAction.SIGN_OFF, SIGNED_OFF, "DocumentSignedOff"),
    PUBLISHED_AT_ONCE(SIGNED_OFF, WorkflowAction.PUBLISH, PUBLISHED, "DocumentPublished"),
    PUBLICATION_SCHEDULED(SIGNED_OFF, WorkflowAction.SCHEDULE, SCHEDULED, "DocumentScheduled"),
    SCHEDULE_CANCELLED(SCHEDULED, WorkflowAction.UNSCHEDULE, SIGNED_OFF, "DocumentUnscheduled"),
    PUBLISHED_AS_SCHEDULED(SCHEDULED, WorkflowAction.PUBLISH, PUBLISHED, "DocumentPublished"),
    REVISION_STARTED(PUBLISHED, WorkflowAction.REVISE, DRAFT, "DocumentRevisionStarted"),
    WITHDRAWN_FROM_PUBLIC(PUBLISHED, WorkflowAction.WITHDRAW, WITHDRAWN, "DocumentWithdrawn");

    private final DocumentStatus from;
    private final WorkflowAction action;
    private final DocumentStatus to;
    private final String event;

    DocumentTransition(DocumentStatus from, WorkflowAction action, DocumentStatus to, String event) {
        this.from = from;
        this.action = action;
        this.to = to;
        this.event = event;
    }

    public DocumentStatus from() {
        return from;
    }

    public WorkflowAction action() {
        return action;
    }

    public DocumentStatus to() {
        return to;
    }

    /** The event label recorded in the audit log for this edge. */
    public String event() {
        return event;
    }

    public static Optional<DocumentTransition> find(DocumentStatus from, WorkflowAction action) {
        return Arrays.stream(values()).filter(t -> t.from == from && t.action == action).findFirst();
    }

    public static boolean isAllowed(DocumentStatus from, DocumentStatus to) {
        return Arrays.stream(values()).anyMatch(t -> t.from == from && t.to == to);
    }
}
