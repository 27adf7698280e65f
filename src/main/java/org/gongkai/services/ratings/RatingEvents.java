package org.gongkai.services.ratings;

/** What 好差评 publishes (persisted by the event publication registry). */
public final class RatingEvents {

    private RatingEvents() {}

    /** A case was rated; {@code rectificationOpened} when the rating was bad. */
    public record CaseRated(String caseNumber, long ratingId, int level, String channel, boolean rectificationOpened) {}

    /** A bad rating's rectification was closed after the call-back; {@code founded} false when explained. */
    public record BadRatingRectified(long rectificationId, String caseNumber, boolean founded) {}

    /** An appeal was upheld: the rating is removed and counts nowhere. */
    public record RatingRemoved(long rectificationId, long ratingId, String caseNumber) {}
}
