package org.gongkai.requests;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class JdbcRequestStatistics implements RequestStatistics {

    private final JdbcClient jdbc;

    JdbcRequestStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<ApplicantType, Long> receivedIn(LocalDate from, LocalDate to) {
        return receivedIn(null, from, to);
    }

    @Override
    public Map<ApplicantType, Long> receivedIn(long unitId, LocalDate from, LocalDate to) {
        return receivedIn(Long.valueOf(unitId), from, to);
    }

    private Map<ApplicantType, Long> receivedIn(Long unitId, LocalDate from, LocalDate to) {
        Map<ApplicantType, Long> out = new EnumMap<>(ApplicantType.class);
        jdbc.sql("SELECT applicant_type, COUNT(*) FROM requests_request WHERE received_on >= :f AND received_on <= :t "
                + unitFilter(unitId) + " GROUP BY applicant_type").param("f", from).param("t", to)
                .params(unitParam(unitId))
                .query(rs -> {
                    out.put(ApplicantType.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return out;
    }

    @Override
    public Map<DecisionCode, Map<ApplicantType, Long>> decidedIn(LocalDate from, LocalDate to) {
        return decidedIn(null, from, to);
    }

    @Override
    public Map<DecisionCode, Map<ApplicantType, Long>> decidedIn(long unitId, LocalDate from, LocalDate to) {
        return decidedIn(Long.valueOf(unitId), from, to);
    }

    private Map<DecisionCode, Map<ApplicantType, Long>> decidedIn(Long unitId, LocalDate from, LocalDate to) {
        Map<DecisionCode, Map<ApplicantType, Long>> out = new EnumMap<>(DecisionCode.class);
        jdbc.sql("SELECT decision_code, applicant_type, COUNT(*) FROM requests_request "
                + "WHERE decided_on >= :f AND decided_on <= :t " + unitFilter(unitId)
                + " GROUP BY decision_code, applicant_type")
                .param("f", from).param("t", to).params(unitParam(unitId))
                .query(rs -> {
                    out.computeIfAbsent(DecisionCode.valueOf(rs.getString(1)), k -> new EnumMap<>(ApplicantType.class))
                            .put(ApplicantType.valueOf(rs.getString(2)), rs.getLong(3));
                });
        return out;
    }

    @Override
    public Map<ApplicantType, Long> openAt(LocalDate date) {
        return openAt(null, date);
    }

    @Override
    public Map<ApplicantType, Long> openAt(long unitId, LocalDate date) {
        return openAt(Long.valueOf(unitId), date);
    }

    private Map<ApplicantType, Long> openAt(Long unitId, LocalDate date) {
        Map<ApplicantType, Long> out = new EnumMap<>(ApplicantType.class);
        jdbc.sql("SELECT applicant_type, COUNT(*) FROM requests_request WHERE received_on <= :d "
                + "AND (decided_on IS NULL OR decided_on > :d) " + unitFilter(unitId) + " GROUP BY applicant_type")
                .param("d", date).params(unitParam(unitId))
                .query(rs -> {
                    out.put(ApplicantType.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return out;
    }

    @Override
    public Map<ReviewKind, Map<ReviewResult, Long>> reviewsFiledIn(LocalDate from, LocalDate to) {
        return reviewsFiledIn(null, from, to);
    }

    @Override
    public Map<ReviewKind, Map<ReviewResult, Long>> reviewsFiledIn(long unitId, LocalDate from, LocalDate to) {
        return reviewsFiledIn(Long.valueOf(unitId), from, to);
    }

    private Map<ReviewKind, Map<ReviewResult, Long>> reviewsFiledIn(Long unitId, LocalDate from, LocalDate to) {
        Map<ReviewKind, Map<ReviewResult, Long>> out = new EnumMap<>(ReviewKind.class);
        String units = unitId == null ? "" : " AND v.request_id IN (SELECT id FROM requests_request WHERE unit_id = :u)";
        // a result that became known after the period's end still counts as pending (尚未审结) for the period
        jdbc.sql("SELECT kind, known, COUNT(*) FROM (SELECT v.kind AS kind, CASE WHEN v.result_on IS NOT NULL"
                + " AND v.result_on > :t THEN 'PENDING' ELSE v.result END AS known FROM requests_review v"
                + " WHERE v.filed_on >= :f AND v.filed_on <= :t" + units + ") x GROUP BY kind, known")
                .param("f", from).param("t", to).params(unitParam(unitId))
                .query(rs -> {
                    out.computeIfAbsent(ReviewKind.valueOf(rs.getString(1)), k -> new EnumMap<>(ReviewResult.class))
                            .merge(ReviewResult.valueOf(rs.getString(2)), rs.getLong(3), Long::sum);
                });
        return out;
    }

    @Override
    public Timeliness timelinessIn(long unitId, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT COUNT(*), COALESCE(SUM(CASE WHEN due_on IS NULL OR decided_on <= due_on THEN 1 ELSE 0 END), 0) "
                + "FROM requests_request WHERE unit_id = :u AND decided_on >= :f AND decided_on <= :t")
                .param("u", unitId).param("f", from).param("t", to)
                .query((rs, n) -> new Timeliness(rs.getLong(1), rs.getLong(2))).single();
    }

    @Override
    public long feesPaidFen(long unitId, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT COALESCE(SUM(r.fee_amount_fen), 0) FROM requests_request r WHERE r.unit_id = :u "
                + "AND r.fee_amount_fen IS NOT NULL AND EXISTS (SELECT 1 FROM requests_event e WHERE e.request_id = r.id "
                + "AND e.event_type = 'FEE_PAID' AND e.on_date >= :f AND e.on_date <= :t)")
                .param("u", unitId).param("f", from).param("t", to).query(Long.class).single();
    }

    private static String unitFilter(Long unitId) {
        return unitId == null ? "" : " AND unit_id = :u";
    }

    private static Map<String, Object> unitParam(Long unitId) {
        return unitId == null ? Map.of() : Map.of("u", unitId);
    }
}
