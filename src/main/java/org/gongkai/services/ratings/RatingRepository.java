package org.gongkai.services.ratings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Ratings and rectifications in {@code services_rating} and {@code services_rectification}. */
@Repository
class RatingRepository {

    /** What a rating needs of its case. */
    record RatedCase(long id, String caseNumber, long unitId, String status, LocalDate acceptedOn, LocalDate refusedOn,
            String queryCodeHash) {

        /** Acceptance or refusal day: the earliest day a rating may carry; null while neither happened. */
        LocalDate decidedOn() {
            return acceptedOn != null ? acceptedOn : refusedOn;
        }
    }

    private static final String RECTIFICATION = """
            SELECT x.*, r.case_id, r.level, r.channel, r.comment, r.rated_on, r.removed, c.case_number,
                   c.accepting_unit_id, i.name AS item_name
            FROM services_rectification x
            JOIN services_rating r ON r.id = x.rating_id
            JOIN services_case c ON c.id = r.case_id
            JOIN services_item i ON i.id = c.item_id
            """;

    private final JdbcClient jdbc;

    RatingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RatedCase> caseByNumber(String caseNumber) {
        return jdbc.sql("SELECT id, case_number, unit_id, status, accepted_on, refused_on, query_code_hash "
                        + "FROM services_case WHERE case_number = ?")
                .param(caseNumber)
                .query((rs, n) -> new RatedCase(rs.getLong("id"), rs.getString("case_number"), rs.getLong("unit_id"),
                        rs.getString("status"), rs.getObject("accepted_on", LocalDate.class),
                        rs.getObject("refused_on", LocalDate.class), rs.getString("query_code_hash")))
                .optional();
    }

    boolean rated(long caseId, String channel) {
        return jdbc.sql("SELECT COUNT(*) FROM services_rating WHERE case_id = ? AND channel = ?")
                .params(caseId, channel).query(Long.class).single() > 0;
    }

    long insertRating(long caseId, long unitId, String channel, int level, String comment, LocalDate ratedOn,
            Instant ratedAt, boolean imported) {
        KeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    INSERT INTO services_rating (case_id, unit_id, channel, level, comment, rated_on, rated_at, imported)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(caseId, unitId, channel, level, comment, ratedOn, ratedAt.atOffset(ZoneOffset.UTC),
                            imported)
                    .update(key, "id");
        } catch (org.springframework.dao.DuplicateKeyException twice) {
            throw new GongkaiException(ErrorCode.ALREADY_RATED, ErrorCode.ALREADY_RATED.message(), "channel");
        }
        return key.getKey().longValue();
    }

    void insertRectification(long ratingId, long unitId, RectificationStatus status, LocalDate openedOn,
            LocalDate respondDue, LocalDate rectifyDue, LocalDate closedOn) {
        jdbc.sql("""
                INSERT INTO services_rectification (rating_id, unit_id, status, opened_on, respond_due, rectify_due,
                    closed_on, published)
                VALUES (?, ?, ?, ?, ?, ?, ?, FALSE)""")
                .params(ratingId, unitId, status.name(), openedOn, respondDue, rectifyDue, closedOn)
                .update();
    }

    Optional<Rectification> find(long id) {
        return jdbc.sql(RECTIFICATION + "WHERE x.id = ?").param(id).query(RatingRepository::map).optional();
    }

    /** Rectifications of the given units (deciding or accepting the case), pending ones first by respond date, then the latest closed ones. */
    List<Rectification> queue(Collection<Long> unitIds, boolean pending, int limit) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        String where = pending ? "x.status IN ('OPEN', 'RECTIFYING', 'CALLING_BACK', 'APPEALED')"
                : "x.status IN ('CLOSED', 'REMOVED')";
        return jdbc.sql(RECTIFICATION + "WHERE (x.unit_id IN (:units) OR c.accepting_unit_id IN (:units)) AND " + where
                        + (pending ? " ORDER BY x.respond_due, x.id" : " ORDER BY x.id DESC") + " LIMIT :limit")
                .param("units", unitIds).param("limit", limit)
                .query(RatingRepository::map).list();
    }

    /** Published outcomes (closed rectifications), newest first. */
    List<Rectification> published(int offset, int limit) {
        return jdbc.sql(RECTIFICATION + "WHERE x.published = TRUE AND r.removed = FALSE "
                        + "ORDER BY x.closed_on DESC, x.id DESC LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset)
                .query(RatingRepository::map).list();
    }

    long publishedCount() {
        return jdbc.sql("SELECT COUNT(*) FROM services_rectification x JOIN services_rating r ON r.id = x.rating_id "
                + "WHERE x.published = TRUE AND r.removed = FALSE").query(Long.class).single();
    }

    void save(Rectification x) {
        int changed = jdbc.sql("""
                UPDATE services_rectification SET status = :status, verified_on = :verifiedOn, verified_by = :verifiedBy,
                    founded = :founded, response = :response, measures = :measures, rectified_on = :rectifiedOn,
                    callback_on = :callbackOn, callback_note = :callbackNote, outcome = :outcome, closed_on = :closedOn,
                    closed_by = :closedBy, appeal_reason = :appealReason, appealed_on = :appealedOn,
                    appealed_by = :appealedBy, appeal_decision = :appealDecision, appeal_decided_by = :decidedBy,
                    appeal_decided_on = :decidedOn, appeal_note = :appealNote, published = :published,
                    version = version + 1
                WHERE id = :id AND version = :version""")
                .param("status", x.status.name()).param("verifiedOn", x.verifiedOn).param("verifiedBy", x.verifiedBy)
                .param("founded", x.founded).param("response", x.response).param("measures", x.measures)
                .param("rectifiedOn", x.rectifiedOn).param("callbackOn", x.callbackOn)
                .param("callbackNote", x.callbackNote).param("outcome", x.outcome).param("closedOn", x.closedOn)
                .param("closedBy", x.closedBy).param("appealReason", x.appealReason)
                .param("appealedOn", x.appealedOn).param("appealedBy", x.appealedBy)
                .param("appealDecision", x.appealDecision).param("decidedBy", x.appealDecidedBy)
                .param("decidedOn", x.appealDecidedOn).param("appealNote", x.appealNote)
                .param("published", x.published).param("id", x.id).param("version", x.version)
                .update();
        if (changed != 1) {
            throw new GongkaiException(ErrorCode.VERSION_CONFLICT);
        }
    }

    /** The appeal upheld: the rating stays, flagged, and counts nowhere. */
    void removeRating(long ratingId, String reason, String by) {
        jdbc.sql("UPDATE services_rating SET removed = TRUE, removed_reason = ?, removed_by = ? WHERE id = ?")
                .params(reason, by, ratingId).update();
    }

    private static Rectification map(ResultSet rs, int n) throws SQLException {
        Rectification.Rated rated = new Rectification.Rated(rs.getLong("rating_id"), rs.getLong("case_id"),
                rs.getString("case_number"), rs.getString("item_name"), rs.getInt("level"), rs.getString("channel"),
                rs.getString("comment"), rs.getObject("rated_on", LocalDate.class), rs.getBoolean("removed"));
        Rectification x = new Rectification(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("accepting_unit_id"),
                rated,
                RectificationStatus.valueOf(rs.getString("status")), rs.getObject("opened_on", LocalDate.class),
                rs.getObject("respond_due", LocalDate.class), rs.getObject("rectify_due", LocalDate.class),
                rs.getLong("version"));
        x.verifiedOn = rs.getObject("verified_on", LocalDate.class);
        x.verifiedBy = rs.getString("verified_by");
        x.founded = (Boolean) rs.getObject("founded");
        x.response = rs.getString("response");
        x.measures = rs.getString("measures");
        x.rectifiedOn = rs.getObject("rectified_on", LocalDate.class);
        x.callbackOn = rs.getObject("callback_on", LocalDate.class);
        x.callbackNote = rs.getString("callback_note");
        x.outcome = rs.getString("outcome");
        x.closedOn = rs.getObject("closed_on", LocalDate.class);
        x.closedBy = rs.getString("closed_by");
        x.appealReason = rs.getString("appeal_reason");
        x.appealedOn = rs.getObject("appealed_on", LocalDate.class);
        x.appealedBy = rs.getString("appealed_by");
        x.appealDecision = rs.getString("appeal_decision");
        x.appealDecidedBy = rs.getString("appeal_decided_by");
        x.appealDecidedOn = rs.getObject("appeal_decided_on", LocalDate.class);
        x.appealNote = rs.getString("appeal_note");
        x.published = rs.getBoolean("published");
        return x;
    }
}
