package org.gongkai.requests;

import java.time.LocalDate;

/** Past-tense events the requests module publishes (other modules listen with @ApplicationModuleListener). */
@org.springframework.modulith.NamedInterface("events")
public final class RequestEvents {

    private RequestEvents() {}

    public record RequestReceived(String trackingNumber, long unitId, ApplicantType applicantType,
            LocalDate receivedOn, LocalDate dueOn) {}

    /** {@code dueOn}: the due date the decision was measured against (the clock's, pauses and extension included). */
    public record DecisionIssued(String trackingNumber, long unitId, ApplicantType applicantType, DecisionCode code,
            LocalDate decidedOn, LocalDate dueOn) {}

    /**
     * A reconsideration or lawsuit about a request's decision was recorded, or its result became known (published
     * again with the final result); identified by the request, the kind and the filing day. Imports publish it too.
     */
    public record ReviewRecorded(String trackingNumber, long unitId, ReviewKind kind, LocalDate filedOn,
            ReviewResult result) {}

    /** The officer is reminded {@code workingDaysLeft} working days before the due date. */
    public record DeadlineApproaching(String trackingNumber, long unitId, Long assigneeId, LocalDate dueOn,
            int workingDaysLeft) {}

    /** Still open after the due date: listed for the supervisor. */
    public record RequestOverdue(String trackingNumber, long unitId, Long assigneeId, LocalDate dueOn) {}
}
