package org.gongkai.trading.draws;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gongkai.common.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Draws ({@code trading_draw}, the seed SM4-encrypted) and declines ({@code trading_draw_decline}). */
@Repository
class DrawRepository {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    DrawRepository(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    long insert(DrawRecord d, long projectId, LocalDate drawnOn, long drawnBy) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO trading_draw (draw_id, project_id, specialty_code, expert_count, committee_size, replacement,
                  algorithm, seed_enc, commitment, pool_digest, pool_ids, exclusions, selected_ids, drawn_at, drawn_on,
                  drawn_by)
                VALUES (:drawId, :project, :specialty, :count, :size, :replacement, :algorithm, :seed, :commitment,
                  :digest, :pool, :exclusions, :selected, :at, :on, :by)""")
                .param("drawId", d.drawId()).param("project", projectId).param("specialty", d.specialty())
                .param("count", d.count()).param("size", d.committeeSize()).param("replacement", d.replacement())
                .param("algorithm", d.algorithm()).param("seed", cipher.encrypt(d.seedHex()))
                .param("commitment", d.commitment()).param("digest", d.poolDigest())
                .param("pool", String.join(",", d.pool()))
                .param("exclusions", String.join(",", d.exclusions().stream()
                        .map(e -> e.expertId() + ":" + e.reason().name()).toList()))
                .param("selected", String.join(",", d.selected())).param("at", Timestamp.from(d.drawnAt()))
                .param("on", drawnOn).param("by", drawnBy)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<DrawRecord> find(String drawId) {
        return jdbc.sql("SELECT * FROM trading_draw WHERE draw_id = :d").param("d", drawId)
                .query((rs, i) -> row(rs)).optional();
    }

    List<DrawRecord> ofProject(long projectId) {
        return jdbc.sql("SELECT * FROM trading_draw WHERE project_id = :p ORDER BY id").param("p", projectId)
                .query((rs, i) -> row(rs)).list();
    }

    /** The latest draws of every project (for the supervisor), with what decides whether each is sealed. */
    List<Object[]> latest(int offset, int limit) {
        return jdbc.sql("""
                SELECT d.draw_id, p.project_code, d.specialty_code, d.replacement, d.drawn_at, p.evaluation_at,
                  p.evaluation_started_at
                FROM trading_draw d JOIN trading_project p ON p.id = d.project_id
                ORDER BY d.drawn_at DESC, d.id DESC LIMIT :limit OFFSET :offset""")
                .param("limit", limit).param("offset", offset)
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                    rs.getTimestamp(5).toInstant(), rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(),
                    rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()})
                .list();
    }

    void decline(long drawPk, String expertId, String reason, Instant at, long by) {
        jdbc.sql("""
                INSERT INTO trading_draw_decline (draw_pk, expert_id, reason, declined_at, recorded_by)
                VALUES (:d, :e, :r, :at, :by)""")
                .param("d", drawPk).param("e", expertId).param("r", reason).param("at", Timestamp.from(at))
                .param("by", by).update();
    }

    private DrawRecord row(java.sql.ResultSet rs) throws java.sql.SQLException {
        long pk = rs.getLong("id");
        List<Eligibility.Exclusion> exclusions = new ArrayList<>();
        for (String e : split(rs.getString("exclusions"))) {
            int colon = e.lastIndexOf(':');
            exclusions.add(new Eligibility.Exclusion(e.substring(0, colon),
                    ExclusionReason.valueOf(e.substring(colon + 1))));
        }
        List<DrawRecord.Decline> declines = jdbc.sql("""
                SELECT expert_id, reason, declined_at FROM trading_draw_decline WHERE draw_pk = :d
                ORDER BY declined_at, expert_id""").param("d", pk)
                .query((r, i) -> new DrawRecord.Decline(r.getString(1), r.getString(2), r.getTimestamp(3).toInstant()))
                .list();
        return new DrawRecord(pk, rs.getString("draw_id"), rs.getLong("project_id"), rs.getString("specialty_code"),
                rs.getInt("expert_count"), rs.getInt("committee_size"), rs.getBoolean("replacement"),
                rs.getString("algorithm"), cipher.decrypt(rs.getString("seed_enc")), rs.getString("commitment"),
                rs.getString("pool_digest"), split(rs.getString("pool_ids")), List.copyOf(exclusions),
                split(rs.getString("selected_ids")), rs.getTimestamp("drawn_at").toInstant(), declines);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
