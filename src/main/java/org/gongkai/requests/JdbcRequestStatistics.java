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
        Map<ApplicantType, Long> out = new EnumMap<>(ApplicantType.class);
        jdbc.sql("SELECT applicant_type, COUNT(*) FROM requests_request WHERE received_on >= :f AND received_on <= :t "
                + "GROUP BY applicant_type").param("f", from).param("t", to)
                .query(rs -> {
                    out.put(ApplicantType.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return out;
    }

    @Override
    public Map<DecisionCode, Map<ApplicantType, Long>> decidedIn(LocalDate from, LocalDate to) {
        Map<DecisionCode, Map<ApplicantType, Long>> out = new EnumMap<>(DecisionCode.class);
        jdbc.sql("SELECT decision_code, applicant_type, COUNT(*) FROM requests_request "
                + "WHERE decided_on >= :f AND decided_on <= :t GROUP BY decision_code, applicant_type")
                .param("f", from).param("t", to)
                .query(rs -> {
                    out.computeIfAbsent(DecisionCode.valueOf(rs.getString(1)), k -> new EnumMap<>(ApplicantType.class))
                            .put(ApplicantType.valueOf(rs.getString(2)), rs.getLong(3));
                });
        return out;
    }

    @Override
    public Map<ApplicantType, Long> openAt(LocalDate date) {
        Map<ApplicantType, Long> out = new EnumMap<>(ApplicantType.class);
        jdbc.sql("SELECT applicant_type, COUNT(*) FROM requests_request WHERE received_on <= :d "
                + "AND (decided_on IS NULL OR decided_on > :d) GROUP BY applicant_type").param("d", date)
                .query(rs -> {
                    out.put(ApplicantType.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return out;
    }

    @Override
    public Map<ReviewKind, Map<ReviewResult, Long>> reviewsFiledIn(LocalDate from, LocalDate to) {
        Map<ReviewKind, Map<ReviewResult, Long>> out = new EnumMap<>(ReviewKind.class);
        jdbc.sql("SELECT kind, result, COUNT(*) FROM requests_review WHERE filed_on >= :f AND filed_on <= :t "
                + "GROUP BY kind, result").param("f", from).param("t", to)
                .query(rs -> {
                    out.computeIfAbsent(ReviewKind.valueOf(rs.getString(1)), k -> new EnumMap<>(ReviewResult.class))
                            .put(ReviewResult.valueOf(rs.getString(2)), rs.getLong(3));
                });
        return out;
    }
}
