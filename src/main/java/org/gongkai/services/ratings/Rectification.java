package org.gongkai.services.ratings;

import java.time.LocalDate;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;

/**
 * The rectification of one bad rating (差评整改). Its status changes only through the named methods below, each
 * checked against {@link RectificationLifecycle#TABLE}. Dates are the days the unit says it acted (the handler keeps
 * them not after today; here: not before the rating, nor before the previous step).
 */
public final class Rectification {

    /** The rating being rectified, as the queue and the page show it. */
    public record Rated(long ratingId, long caseId, String caseNumber, String itemName, int level, String channel,
            String comment, LocalDate ratedOn, boolean removed) {}

    final long id;
    final long unitId;
    final long acceptingUnitId;
    final Rated rating;
    final LocalDate openedOn;
    final LocalDate respondDue;
    final LocalDate rectifyDue;
    final long version;
    RectificationStatus status;
    LocalDate verifiedOn;
    String verifiedBy;
    Boolean founded;
    String response;
    String measures;
    LocalDate rectifiedOn;
    LocalDate callbackOn;
    String callbackNote;
    String outcome;
    LocalDate closedOn;
    String closedBy;
    String appealReason;
    LocalDate appealedOn;
    String appealedBy;
    String appealDecision;
    String appealDecidedBy;
    LocalDate appealDecidedOn;
    String appealNote;
    boolean published;

    Rectification(long id, long unitId, long acceptingUnitId, Rated rating, RectificationStatus status, LocalDate openedOn,
            LocalDate respondDue, LocalDate rectifyDue, long version) {
        this.id = id;
        this.unitId = unitId;
        this.acceptingUnitId = acceptingUnitId;
        this.rating = rating;
        this.status = status;
        this.openedOn = openedOn;
        this.respondDue = respondDue;
        this.rectifyDue = rectifyDue;
        this.version = version;
    }

    /** Verified: the complaint is founded; the response to the rater is recorded and rectification starts. */
    void confirm(LocalDate on, String by, String response) {
        move(RectificationAction.CONFIRM, on);
        this.verifiedOn = on;
        this.verifiedBy = by;
        this.founded = true;
        this.response = response.trim();
    }

    /** Verified: the complaint is unfounded; the explanation is the response, then the call-back. */
    void explain(LocalDate on, String by, String explanation) {
        move(RectificationAction.EXPLAIN, on);
        this.verifiedOn = on;
        this.verifiedBy = by;
        this.founded = false;
        this.response = explanation.trim();
    }

    void recordRectification(LocalDate on, String measures) {
        move(RectificationAction.RECORD_RECTIFICATION, on);
        this.rectifiedOn = on;
        this.measures = measures.trim();
    }

    /** The call-back done and the outcome recorded; the outcome is published (masked) on the portal. */
    void close(LocalDate on, String by, String callbackNote, String outcome) {
        move(RectificationAction.CLOSE, on);
        this.callbackOn = on;
        this.callbackNote = callbackNote.trim();
        this.outcome = outcome.trim();
        this.closedOn = on;
        this.closedBy = by;
        this.published = true;
    }

    void appeal(LocalDate on, String by, String reason) {
        move(RectificationAction.APPEAL, on);
        this.appealReason = reason.trim();
        this.appealedOn = on;
        this.appealedBy = by;
        this.appealDecision = null;
        this.appealDecidedBy = null;
        this.appealDecidedOn = null;
        this.appealNote = null;
    }

    /** The supervisor's or director's decision; never the person who filed the appeal. */
    void decideAppeal(LocalDate on, String by, boolean upheld, String note) {
        RectificationAction action = upheld ? RectificationAction.UPHOLD_APPEAL : RectificationAction.REJECT_APPEAL;
        RectificationLifecycle.TABLE.require(status, action);
        if (by.equals(appealedBy)) {
            throw new GongkaiException(ErrorCode.APPEAL_SELF_DECISION);
        }
        move(action, on);
        this.appealDecision = upheld ? "UPHELD" : "REJECTED";
        this.appealDecidedBy = by;
        this.appealDecidedOn = on;
        this.appealNote = note.trim();
    }

    private void move(RectificationAction action, LocalDate on) {
        RectificationStatus next = RectificationLifecycle.TABLE.require(status, action);
        if (on.isBefore(rating.ratedOn())) {
            throw GongkaiException.invalid("on", "日期不能早于评价日期（" + rating.ratedOn() + "）");
        }
        LocalDate previous = rectifiedOn != null ? rectifiedOn : verifiedOn;
        if (previous != null && on.isBefore(previous)) {
            throw GongkaiException.invalid("on", "日期不能早于上一步的日期（" + previous + "）");
        }
        this.status = next;
    }

    public long id() {
        return id;
    }

    public long unitId() {
        return unitId;
    }

    /**
     * Whether it falls within these units: the case's deciding unit, or the unit that took the case in (the window
     * that served the rater, often what the rating is about; a service centre's staff and director work on it there).
     */
    public boolean within(java.util.Set<Long> units) {
        return units.contains(unitId) || units.contains(acceptingUnitId);
    }

    public Rated rating() {
        return rating;
    }

    public RectificationStatus status() {
        return status;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public LocalDate respondDue() {
        return respondDue;
    }

    public LocalDate rectifyDue() {
        return rectifyDue;
    }

    public Boolean founded() {
        return founded;
    }

    public String response() {
        return response;
    }

    public String measures() {
        return measures;
    }

    public String callbackNote() {
        return callbackNote;
    }

    public String outcome() {
        return outcome;
    }

    public LocalDate verifiedOn() {
        return verifiedOn;
    }

    public LocalDate rectifiedOn() {
        return rectifiedOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String appealReason() {
        return appealReason;
    }

    public String appealedBy() {
        return appealedBy;
    }

    public String appealDecision() {
        return appealDecision;
    }

    public String appealDecidedBy() {
        return appealDecidedBy;
    }

    public String appealNote() {
        return appealNote;
    }

    /** Overdue for its response (not verified by the respond date) or its rectification, as of {@code today}. */
    public boolean late(LocalDate today) {
        return (status == RectificationStatus.OPEN && today.isAfter(respondDue))
                || (status == RectificationStatus.RECTIFYING && today.isAfter(rectifyDue));
    }
}
