package org.gongkai.trading.experts;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.common.FieldCipher;
import org.gongkai.common.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The expert-pool administrator's reads (a page of the pool with ID numbers and phones masked, one expert decrypted)
 * and the ratings of experts per project ({@code trading_expert_rating}).
 */
@Repository
class ExpertPoolRepository {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    ExpertPoolRepository(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    List<ExpertPool.ListedExpert> page(String specialty, String status, String query, int offset, int limit) {
        List<ExpertPool.ListedExpert> rows = jdbc.sql("SELECT e.* FROM trading_expert e" + where(specialty, status, query)
                        + " ORDER BY e.expert_id LIMIT :limit OFFSET :offset")
                .params(params(specialty, status, query)).param("offset", offset).param("limit", limit)
                .query((rs, i) -> new ExpertPool.ListedExpert(rs.getLong("id"), rs.getString("expert_id"),
                        rs.getString("name"), PersonalData.maskKeeping(cipher.decrypt(rs.getString("id_number_enc")), 3, 2),
                        PersonalData.maskMobile(cipher.decrypt(rs.getString("phone_enc"))), rs.getString("title"),
                        rs.getString("employer_code"), rs.getString("status"), rs.getObject("status_from", LocalDate.class),
                        rs.getObject("status_until", LocalDate.class), List.of()))
                .list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> specialties = new HashMap<>();
        jdbc.sql("SELECT expert_pk, specialty_code FROM trading_expert_specialty WHERE expert_pk IN (:ids)"
                        + " ORDER BY specialty_code")
                .param("ids", rows.stream().map(ExpertPool.ListedExpert::pk).toList())
                .query((rs, i) -> specialties.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return rows.stream().map(r -> new ExpertPool.ListedExpert(r.pk(), r.expertId(), r.name(), r.idNumber(), r.phone(),
                r.title(), r.employerCode(), r.status(), r.statusFrom(), r.statusUntil(),
                specialties.getOrDefault(r.pk(), List.of()))).toList();
    }

    int count(String specialty, String status, String query) {
        return jdbc.sql("SELECT COUNT(*) FROM trading_expert e" + where(specialty, status, query))
                .params(params(specialty, status, query)).query(Integer.class).single();
    }

    private static String where(String specialty, String status, String query) {
        List<String> parts = new ArrayList<>();
        if (specialty != null) {
            parts.add("EXISTS (SELECT 1 FROM trading_expert_specialty s WHERE s.expert_pk = e.id"
                    + " AND s.specialty_code = :specialty)");
        }
        if (status != null) {
            parts.add("e.status = :status");
        }
        if (query != null) {
            parts.add("(e.expert_id = :query OR e.name LIKE :prefix)");
        }
        return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
    }

    private static Map<String, Object> params(String specialty, String status, String query) {
        Map<String, Object> p = new HashMap<>();
        p.put("specialty", specialty);
        p.put("status", status);
        p.put("query", query);
        p.put("prefix", query == null ? null : query.replace("\\", "").replace("%", "").replace("_", "") + "%");
        return p;
    }

    /** One expert with the ID number and phone decrypted. */
    Optional<ExpertPool.Stored> find(String expertId) {
        Optional<ExpertPool.Stored> row = jdbc.sql("SELECT * FROM trading_expert WHERE expert_id = :id")
                .param("id", expertId)
                .query((rs, i) -> new ExpertPool.Stored(rs.getLong("id"), new ExpertInput(rs.getString("expert_id"),
                        rs.getString("name"), cipher.decrypt(rs.getString("id_number_enc")), List.of(),
                        rs.getString("title"), rs.getString("employer_code"), List.of(), List.of(),
                        rs.getString("status"), rs.getObject("status_from", LocalDate.class),
                        rs.getObject("status_until", LocalDate.class), cipher.decrypt(rs.getString("phone_enc")),
                        rs.getString("region")), rs.getTimestamp("updated_at").toInstant()))
                .optional();
        return row.map(s -> {
            long pk = s.pk();
            List<String> specialties = jdbc.sql("""
                    SELECT specialty_code FROM trading_expert_specialty WHERE expert_pk = :pk ORDER BY specialty_code""")
                    .param("pk", pk).query(String.class).list();
            List<ExpertInput.Former> former = jdbc.sql("""
                    SELECT employer_code, until_on FROM trading_expert_former_employer WHERE expert_pk = :pk
                    ORDER BY until_on, employer_code""").param("pk", pk)
                    .query((rs, i) -> new ExpertInput.Former(rs.getString(1), rs.getObject(2, LocalDate.class))).list();
            List<ExpertInput.Conflict> conflicts = jdbc.sql("""
                    SELECT party_code, kind FROM trading_expert_conflict WHERE expert_pk = :pk ORDER BY party_code, kind""")
                    .param("pk", pk).query((rs, i) -> new ExpertInput.Conflict(rs.getString(1), rs.getString(2))).list();
            ExpertInput e = s.expert();
            return new ExpertPool.Stored(pk, new ExpertInput(e.expertId(), e.name(), e.idNumber(), specialties,
                    e.title(), e.employerCode(), former, conflicts, e.status(), e.statusFrom(), e.statusUntil(),
                    e.phone(), e.region()), s.updatedAt());
        });
    }

    /** The specialty list: code and name, in code order. */
    List<ExpertPool.Specialty> specialties() {
        return jdbc.sql("SELECT code, name FROM trading_specialty ORDER BY code")
                .query((rs, i) -> new ExpertPool.Specialty(rs.getString(1), rs.getString(2))).list();
    }

    boolean rated(long expertPk, long projectId) {
        return jdbc.sql("SELECT COUNT(*) FROM trading_expert_rating WHERE expert_pk = :e AND project_id = :p")
                .param("e", expertPk).param("p", projectId).query(Integer.class).single() > 0;
    }

    void rate(long expertPk, long projectId, int score, String comment, Instant at, long by) {
        jdbc.sql("""
                INSERT INTO trading_expert_rating (expert_pk, project_id, score, comment, rated_at, rated_by)
                VALUES (:e, :p, :s, :c, :at, :by)""")
                .param("e", expertPk).param("p", projectId).param("s", score).param("c", comment)
                .param("at", Timestamp.from(at)).param("by", by).update();
    }

    /** An expert's ratings, the latest first. */
    List<ExpertPool.ExpertRating> ratings(long expertPk) {
        return jdbc.sql("""
                SELECT p.project_code, p.title, r.score, r.comment, r.rated_at FROM trading_expert_rating r
                JOIN trading_project p ON p.id = r.project_id WHERE r.expert_pk = :e ORDER BY r.rated_at DESC, r.id DESC""")
                .param("e", expertPk)
                .query((rs, i) -> new ExpertPool.ExpertRating(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant())).list();
    }

    /** The ratings already given on a project, by expert id. */
    Map<String, Integer> scoresOfProject(long projectId) {
        Map<String, Integer> out = new HashMap<>();
        jdbc.sql("""
                SELECT e.expert_id, r.score FROM trading_expert_rating r JOIN trading_expert e ON e.id = r.expert_pk
                WHERE r.project_id = :p""").param("p", projectId)
                .query((rs, i) -> out.put(rs.getString(1), rs.getInt(2))).list();
        return out;
    }
}
