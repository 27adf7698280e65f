package org.gongkai.services.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.common.TimeConfiguration;
import org.gongkai.services.RatingChannel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes 好差评 rows in batches: one {@code services_rating} per case and channel, and for a bad rating (level 1 or 2)
 * its {@code services_rectification}, closed on the given day or still open, with the respond and rectify deadlines
 * counted in working days from the day of the rating. The historical case import writes its ratings here; the ratings
 * module may write through it too, so imported and live ratings have the same columns.
 */
@Component
public class RatingRows {

    /** Default days to verify and respond, and to rectify, after a bad rating (RULES §5). */
    public static final int RESPOND_WORKING_DAYS = 5;
    public static final int RECTIFY_WORKING_DAYS = 15;

    /** One rating of the case numbered {@code caseNumber}. */
    public record Rating(String caseNumber, long unitId, RatingChannel channel, int level, String comment,
            LocalDate ratedOn, boolean imported, LocalDate rectificationClosedOn) {

        public boolean bad() {
            return level <= 2;
        }
    }

    private final JdbcTemplate jdbc;
    private final WorkingDayCalendar calendar;

    RatingRows(JdbcTemplate jdbc, WorkingDayCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /** Inserts the ratings (their cases must exist) and the rectifications of the bad ones, in one batch each. */
    public void insert(List<Rating> ratings) {
        if (ratings.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(ratings.size());
        List<Object[]> rectifications = new ArrayList<>();
        for (Rating r : ratings) {
            OffsetDateTime at = r.ratedOn().atStartOfDay(TimeConfiguration.ZONE).toOffsetDateTime();
            rows.add(new Object[] {r.caseNumber(), r.unitId(), r.channel().name(), r.level(), r.comment(), r.ratedOn(),
                    at, r.imported()});
            if (r.bad()) {
                rectifications.add(new Object[] {r.caseNumber(), r.channel().name(), r.unitId(),
                        r.rectificationClosedOn() == null ? "OPEN" : "CLOSED", r.ratedOn(),
                        calendar.addWorkingDays(r.ratedOn(), RESPOND_WORKING_DAYS).date(),
                        calendar.addWorkingDays(r.ratedOn(), RECTIFY_WORKING_DAYS).date(), r.rectificationClosedOn()});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO services_rating (case_id, unit_id, channel, level, comment, rated_on, rated_at, imported)
                VALUES ((SELECT id FROM services_case WHERE case_number = ?), ?, ?, ?, ?, ?, ?, ?)""", rows);
        if (!rectifications.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO services_rectification (rating_id, unit_id, status, opened_on, respond_due, rectify_due,
                      closed_on)
                    VALUES ((SELECT r.id FROM services_rating r JOIN services_case c ON c.id = r.case_id
                             WHERE c.case_number = ? AND r.channel = ?), ?, ?, ?, ?, ?, ?)""", rectifications);
        }
    }
}
