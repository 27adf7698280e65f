package org.gongkai.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.FieldCipher;
import org.gongkai.common.GongkaiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stores requests with their ledger; applicant personal data SM4-encrypted, identity also as a blind index. */
@Repository
class RequestRepository {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    RequestRepository(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    String identityIndex(String identityNumber) {
        return identityNumber == null || identityNumber.isBlank() ? null
                : cipher.blindIndex("applicant:" + identityNumber.trim().toUpperCase());
    }

    void insert(DisclosureRequest r, String accessCodeHash, LocalDate dueOn, ClockState state, String by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        Applicant a = r.applicant();
        jdbc.sql("""
                INSERT INTO requests_request (tracking_number, access_code_hash, unit_id, channel, applicant_type,
                  applicant_name, applicant_id_enc, applicant_id_index, applicant_phone_enc, applicant_email_enc,
                  applicant_address_enc, description, delivery_form, delivery_channel, step, assignee_id,
                  received_on, due_on, decision_code, decided_on, decision_reasons, delivered_on, fee_amount_fen,
                  imported, submitted_at, version)
                VALUES (:tn, :hash, :unit, :channel, :type, :name, :idEnc, :idIndex, :phone, :email, :address,
                  :description, :form, :deliveryChannel, :step, :assignee, :received, :due, :decision, :decided,
                  :reasons, :delivered, :fee, :imported, :submitted, 0)""")
                .param("tn", r.trackingNumber()).param("hash", accessCodeHash).param("unit", r.unitId())
                .param("channel", r.channel().name()).param("type", a.type().name()).param("name", a.name())
                .param("idEnc", cipher.encrypt(blankToNull(a.identityNumber())))
                .param("idIndex", identityIndex(a.identityNumber()))
                .param("phone", cipher.encrypt(blankToNull(a.phone())))
                .param("email", cipher.encrypt(blankToNull(a.email())))
                .param("address", cipher.encrypt(blankToNull(a.address())))
                .param("description", r.description()).param("form", r.deliveryForm().name())
                .param("deliveryChannel", r.deliveryChannel().name()).param("step", r.step().name())
                .param("assignee", r.assigneeId()).param("received", state.receivedOn()).param("due", dueOn)
                .param("decision", state.decision() == null ? null : state.decision().name())
                .param("decided", state.decidedOn()).param("reasons", r.decisionReasons())
                .param("delivered", state.deliveredOn()).param("fee", r.feeAmountFen())
                .param("imported", r.imported()).param("submitted", ts(r.submittedAt()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        insertEvents(id, r, 0, by, at);
        r.saved(id, 0);
    }

    /**
     * What intake records besides the aggregate: the applicant's consent to the public register, the access code
     * (SM4-encrypted, for the receipt message only; the status check uses the hash) and the question with personal
     * data masked (what the register shows and searches).
     */
    void recordIntake(long id, boolean publishConsent, String accessCode, String publicDescription) {
        jdbc.sql("UPDATE requests_request SET publish_consent = :consent, access_code_enc = :code, "
                        + "public_description = :text WHERE id = :id")
                .param("consent", publishConsent).param("code", cipher.encrypt(accessCode))
                .param("text", publicDescription).param("id", id).update();
    }

    /** Saves the row and appends new ledger events; refuses when someone else saved the request meanwhile. */
    void update(DisclosureRequest r, LocalDate dueOn, ClockState state, String by, Instant at) {
        int changed = jdbc.sql("""
                UPDATE requests_request SET unit_id = :unit, step = :step, assignee_id = :assignee,
                  received_on = :received, due_on = :due, decision_code = :decision, decided_on = :decided,
                  decision_reasons = :reasons, delivered_on = :delivered, fee_amount_fen = :fee,
                  version = version + 1
                WHERE id = :id AND version = :version""")
                .param("unit", r.unitId()).param("step", r.step().name()).param("assignee", r.assigneeId())
                .param("received", state.receivedOn()).param("due", dueOn)
                .param("decision", state.decision() == null ? null : state.decision().name())
                .param("decided", state.decidedOn()).param("reasons", r.decisionReasons())
                .param("delivered", state.deliveredOn()).param("fee", r.feeAmountFen())
                .param("id", r.id()).param("version", r.version()).update();
        if (changed != 1) {
            throw new GongkaiException(ErrorCode.CONFLICT);
        }
        int already = jdbc.sql("SELECT COUNT(*) FROM requests_event WHERE request_id = :id").param("id", r.id())
                .query(Integer.class).single();
        insertEvents(r.id(), r, already, by, at);
        r.saved(r.id(), r.version() + 1);
    }

    private void insertEvents(long requestId, DisclosureRequest r, int firstSeq, String by, Instant at) {
        int seq = firstSeq;
        for (ClockEvent e : r.unsavedEvents()) {
            jdbc.sql("""
                    INSERT INTO requests_event (request_id, seq, event_type, on_date, days, deadline, decision_code,
                      detail, recorded_by, recorded_at)
                    VALUES (:rid, :seq, :type, :on, :days, :deadline, :code, :detail, :by, :at)""")
                    .param("rid", requestId).param("seq", seq++).param("type", e.type().name())
                    .param("on", e.on()).param("days", e.days()).param("deadline", e.deadline())
                    .param("code", e.code() == null ? null : e.code().name()).param("detail", e.detail())
                    .param("by", by).param("at", ts(at))
                    .update();
        }
    }

    void insertReview(long requestId, Review review, Instant at) {
        jdbc.sql("INSERT INTO requests_review (request_id, kind, filed_on, result, result_on, created_at) "
                + "VALUES (:rid, :kind, :filed, :result, :resultOn, :at)")
                .param("rid", requestId).param("kind", review.kind().name()).param("filed", review.filedOn())
                .param("result", review.result().name()).param("resultOn", review.resultOn())
                .param("at", ts(at)).update();
    }

    void concludeReview(long requestId, Review review) {
        jdbc.sql("UPDATE requests_review SET result = :result, result_on = :resultOn WHERE request_id = :rid "
                + "AND kind = :kind AND filed_on = :filed AND result = 'PENDING'")
                .param("result", review.result().name()).param("resultOn", review.resultOn())
                .param("rid", requestId).param("kind", review.kind().name()).param("filed", review.filedOn())
                .update();
    }

    Optional<DisclosureRequest> findByTrackingNumber(String trackingNumber) {
        return jdbc.sql("SELECT * FROM requests_request WHERE tracking_number = :tn").param("tn", trackingNumber)
                .query(this::map).optional();
    }

    Optional<DisclosureRequest> findById(long id) {
        return jdbc.sql("SELECT * FROM requests_request WHERE id = :id").param("id", id).query(this::map).optional();
    }

    Optional<String> accessCodeHash(String trackingNumber) {
        return jdbc.sql("SELECT access_code_hash FROM requests_request WHERE tracking_number = :tn")
                .param("tn", trackingNumber).query(String.class).optional();
    }

    boolean trackingNumberTaken(String trackingNumber) {
        return jdbc.sql("SELECT COUNT(*) FROM requests_request WHERE tracking_number = :tn")
                .param("tn", trackingNumber).query(Integer.class).single() > 0;
    }

    List<QueueRow> queue(Collection<Long> unitIds, boolean openOnly) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM requests_request WHERE unit_id IN (:units)"
                + (openOnly ? " AND decision_code IS NULL" : "")
                + " ORDER BY CASE WHEN due_on IS NULL THEN 1 ELSE 0 END, due_on, id DESC")
                .param("units", unitIds).query(RequestRepository::queueRow).list();
    }

    List<QueueRow> open() {
        return jdbc.sql("SELECT * FROM requests_request WHERE decision_code IS NULL ORDER BY id")
                .query(RequestRepository::queueRow).list();
    }

    /** Earlier requests by the same applicant (same blind index of ID number / credit code). */
    List<QueueRow> sameApplicant(String identityIndex, long exceptId) {
        if (identityIndex == null) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM requests_request WHERE applicant_id_index = :idx AND id <> :id ORDER BY id DESC")
                .param("idx", identityIndex).param("id", exceptId).query(RequestRepository::queueRow).list();
    }

    /** How many applications this applicant made in the calendar month of {@code day}, up to this one. */
    int ordinalInMonth(String identityIndex, long requestId, LocalDate day) {
        if (identityIndex == null) {
            return 1;
        }
        return jdbc.sql("""
                SELECT COUNT(*) FROM requests_request WHERE applicant_id_index = :idx AND id <= :id
                  AND received_on >= :from AND received_on <= :to""")
                .param("idx", identityIndex).param("id", requestId).param("from", day.withDayOfMonth(1))
                .param("to", day.withDayOfMonth(day.lengthOfMonth())).query(Integer.class).single();
    }

    String identityIndexOf(long requestId) {
        return jdbc.sql("SELECT applicant_id_index FROM requests_request WHERE id = :id").param("id", requestId)
                .query(String.class).optional().orElse(null);
    }

    void insertNote(long requestId, String author, String body, Instant at) {
        jdbc.sql("INSERT INTO requests_note (request_id, author, body, created_at) VALUES (:rid, :a, :b, :at)")
                .param("rid", requestId).param("a", author).param("b", body).param("at", ts(at)).update();
    }

    List<RequestNote> notes(long requestId) {
        return jdbc.sql("SELECT author, body, created_at FROM requests_note WHERE request_id = :rid ORDER BY id")
                .param("rid", requestId)
                .query((rs, n) -> new RequestNote(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)))
                .list();
    }

    void insertAttachment(long requestId, String fileId, String name, String mediaType, long size, String by,
            Instant at) {
        jdbc.sql("""
                INSERT INTO requests_attachment (request_id, file_id, original_name, media_type, size_bytes,
                  uploaded_by, created_at) VALUES (:rid, :f, :n, :m, :s, :b, :at)""")
                .param("rid", requestId).param("f", fileId).param("n", name).param("m", mediaType).param("s", size)
                .param("b", by).param("at", ts(at)).update();
    }

    List<RequestAttachment> attachments(long requestId) {
        return jdbc.sql("SELECT * FROM requests_attachment WHERE request_id = :rid ORDER BY id")
                .param("rid", requestId)
                .query(RequestRepository::attachment)
                .list();
    }

    Optional<RequestAttachment> attachment(long requestId, long id) {
        return jdbc.sql("SELECT * FROM requests_attachment WHERE request_id = :rid AND id = :id")
                .param("rid", requestId).param("id", id)
                .query(RequestRepository::attachment)
                .optional();
    }

    /** The unit of the request an attachment belongs to (whichever request that is). */
    Optional<Long> attachmentUnit(long id) {
        return jdbc.sql("SELECT r.unit_id FROM requests_attachment a JOIN requests_request r ON r.id = a.request_id"
                        + " WHERE a.id = :id")
                .param("id", id).query(Long.class).optional();
    }

    private static RequestAttachment attachment(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new RequestAttachment(rs.getLong("id"), rs.getString("file_id"), rs.getString("original_name"),
                rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("uploaded_by"));
    }

    record Idempotent(String bodyHash, long requestId, String accessCodeEnc) {}

    Optional<Idempotent> idempotent(String key) {
        return jdbc.sql("SELECT body_hash, request_id, access_code_enc FROM requests_idempotency WHERE idem_key = :k")
                .param("k", key)
                .query((rs, n) -> new Idempotent(rs.getString(1), rs.getLong(2), rs.getString(3))).optional();
    }

    void insertIdempotent(String key, String bodyHash, long requestId, String accessCode, Instant at) {
        jdbc.sql("INSERT INTO requests_idempotency (idem_key, body_hash, request_id, access_code_enc, created_at) "
                + "VALUES (:k, :h, :r, :c, :at)")
                .param("k", key).param("h", bodyHash).param("r", requestId).param("c", cipher.encrypt(accessCode))
                .param("at", ts(at)).update();
    }

    String decryptAccessCode(String enc) {
        return cipher.decrypt(enc);
    }

    void purgeIdempotency(Instant before) {
        jdbc.sql("DELETE FROM requests_idempotency WHERE created_at < :t").param("t", ts(before)).update();
    }

    /** Records a reminder once; false when it was already recorded. */
    boolean insertReminder(long requestId, String kind, LocalDate dueOn, String message, Instant at) {
        int exists = jdbc.sql("SELECT COUNT(*) FROM requests_reminder WHERE request_id = :r AND kind = :k AND due_on = :d")
                .param("r", requestId).param("k", kind).param("d", dueOn).query(Integer.class).single();
        if (exists > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO requests_reminder (request_id, kind, due_on, message, created_at) "
                + "VALUES (:r, :k, :d, :m, :at)")
                .param("r", requestId).param("k", kind).param("d", dueOn).param("m", message).param("at", ts(at))
                .update();
        return true;
    }

    List<RequestReminder> reminders(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT r.tracking_number, m.kind, m.due_on, m.message FROM requests_reminder m
                  JOIN requests_request r ON r.id = m.request_id
                 WHERE r.unit_id IN (:units) AND r.decision_code IS NULL AND r.due_on = m.due_on
                 ORDER BY m.due_on, m.id""")
                .param("units", unitIds)
                .query((rs, n) -> new RequestReminder(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4)))
                .list();
    }

    private DisclosureRequest map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        ApplicantType type = ApplicantType.valueOf(rs.getString("applicant_type"));
        Applicant applicant = new Applicant(type, rs.getString("applicant_name"),
                cipher.decrypt(rs.getString("applicant_id_enc")), cipher.decrypt(rs.getString("applicant_phone_enc")),
                cipher.decrypt(rs.getString("applicant_email_enc")),
                cipher.decrypt(rs.getString("applicant_address_enc")));
        List<ClockEvent> events = jdbc.sql("SELECT * FROM requests_event WHERE request_id = :id ORDER BY seq")
                .param("id", id).query((e, n) -> new ClockEvent(ClockEventType.valueOf(e.getString("event_type")),
                        e.getObject("on_date", LocalDate.class), (Integer) e.getObject("days"),
                        e.getObject("deadline", LocalDate.class),
                        e.getString("decision_code") == null ? null : DecisionCode.valueOf(e.getString("decision_code")),
                        e.getString("detail")))
                .list();
        List<Review> reviews = jdbc.sql("SELECT kind, filed_on, result, result_on FROM requests_review "
                        + "WHERE request_id = :id ORDER BY id")
                .param("id", id).query((v, n) -> new Review(ReviewKind.valueOf(v.getString(1)),
                        v.getObject(2, LocalDate.class), ReviewResult.valueOf(v.getString(3)),
                        v.getObject(4, LocalDate.class)))
                .list();
        Object fee = rs.getObject("fee_amount_fen");
        Object assignee = rs.getObject("assignee_id");
        return new DisclosureRequest(id, rs.getString("tracking_number"), rs.getLong("unit_id"),
                Channel.valueOf(rs.getString("channel")), applicant, rs.getString("description"),
                DeliveryForm.valueOf(rs.getString("delivery_form")),
                DeliveryChannel.valueOf(rs.getString("delivery_channel")),
                rs.getObject("submitted_at", OffsetDateTime.class).toInstant(), rs.getBoolean("imported"),
                Step.valueOf(rs.getString("step")), assignee == null ? null : ((Number) assignee).longValue(),
                rs.getString("decision_reasons"), fee == null ? null : ((Number) fee).longValue(),
                rs.getLong("version"), events, reviews);
    }

    private static QueueRow queueRow(ResultSet rs, int row) throws SQLException {
        Object assignee = rs.getObject("assignee_id");
        String code = rs.getString("decision_code");
        return new QueueRow(rs.getLong("id"), rs.getString("tracking_number"), rs.getLong("unit_id"),
                rs.getString("applicant_name"), ApplicantType.valueOf(rs.getString("applicant_type")),
                rs.getString("description"), Step.valueOf(rs.getString("step")),
                assignee == null ? null : ((Number) assignee).longValue(), rs.getObject("received_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), code == null ? null : DecisionCode.valueOf(code),
                rs.getObject("decided_on", LocalDate.class), Channel.valueOf(rs.getString("channel")));
    }

    static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /**
     * The place of a request among its unit's requests submitted in the same year in Beijing time (1 for the
     * first), by submission order: the serial of the unit's 文号 for its letters.
     */
    long serialInYear(long requestId, long unitId, int year) {
        java.time.OffsetDateTime from = java.time.LocalDate.of(year, 1, 1)
                .atStartOfDay(org.gongkai.common.TimeConfiguration.ZONE).toOffsetDateTime();
        return jdbc.sql("""
                SELECT COUNT(*) FROM requests_request
                WHERE unit_id = :unit AND submitted_at >= :from AND submitted_at < :to AND id <= :id""")
                .param("unit", unitId).param("from", from).param("to", from.plusYears(1)).param("id", requestId)
                .query(Long.class).single();
    }
}
