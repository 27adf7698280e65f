package org.gongkai.trading.notices;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A notice of a project as trading keeps it: the catalogue document it rides on, its kind, the candidates' objection
 * period, and what the catalogue's events told: the public title, index number, page and first publication.
 */
public record Notice(long id, long projectId, NoticeKind kind, long documentId, String title, String summary, String bodyText,
        LocalDate objectionStart, LocalDate objectionEnd, String indexNumber, String documentUrl,
        LocalDate publishedOn, Instant publishedAt, boolean withdrawn, Instant createdAt) {

    /** Published by the catalogue and not withdrawn. */
    public boolean isPublic() {
        return publishedAt != null && !withdrawn;
    }

    /** The written objection period (candidates' publicity only), else null. */
    public ObjectionPeriod objection() {
        return objectionStart == null || objectionEnd == null ? null
                : new ObjectionPeriod(objectionStart, objectionEnd);
    }

    /** The period in effect (from the publication day, at least {@code minDays}), or the written one while unpublished. */
    public ObjectionPeriod effectiveObjection(int minDays) {
        ObjectionPeriod written = objection();
        return written == null ? null : written.effective(publishedOn, minDays);
    }
}
