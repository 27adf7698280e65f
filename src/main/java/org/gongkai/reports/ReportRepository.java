package org.gongkai.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ReportRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AnnualReport> find(long unitId, int year) {
        return jdbc.sql("SELECT * FROM reports_report WHERE unit_id = :u AND report_year = :y")
                .param("u", unitId).param("y", year).query(this::map).optional();
    }

    List<AnnualReport> forYear(int year) {
        return jdbc.sql("SELECT * FROM reports_report WHERE report_year = :y").param("y", year).query(this::map).list();
    }

    /** Every report in one workflow status, newest year first. */
    List<AnnualReport> withStatus(ReportStatus status) {
        return jdbc.sql("SELECT * FROM reports_report WHERE status = :s ORDER BY report_year DESC, unit_id")
                .param("s", status.name()).query(this::map).list();
    }

    List<AnnualReport> published(long unitId) {
        return jdbc.sql("SELECT * FROM reports_report WHERE unit_id = :u AND status = 'PUBLISHED' ORDER BY report_year DESC")
                .param("u", unitId).query(this::map).list();
    }

    /** Every published report, newest year first (the portal's index of annual reports). */
    List<AnnualReport> allPublished() {
        return jdbc.sql("SELECT * FROM reports_report WHERE status = 'PUBLISHED' ORDER BY report_year DESC, unit_id")
                .query(this::map).list();
    }

    void save(AnnualReport r, Instant now) {
        var entries = r.entries();
        var narrative = r.narrative();
        if (r.id() == null) {
            var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO reports_report (unit_id, report_year, format, status, source, overview, problems,
                      other_matters, licensing, penalties, coercion, fees_fen, frozen_tables, frozen_at, return_comment,
                      published_on, updated_at, version)
                    VALUES (:unit, :year, :format, :status, :source, :overview, :problems, :other, :licensing,
                      :penalties, :coercion, :fees, :frozen, :frozenAt, :comment, :published, :now, 0)""")
                    .params(values(r, entries, narrative, now)).update(keys, "id");
            r.assignId(keys.getKey().longValue());
            return;
        }
        int n = jdbc.sql("""
                UPDATE reports_report SET format = :format, status = :status, source = :source, overview = :overview,
                  problems = :problems, other_matters = :other, licensing = :licensing, penalties = :penalties,
                  coercion = :coercion, fees_fen = :fees, frozen_tables = :frozen, frozen_at = :frozenAt,
                  return_comment = :comment, published_on = :published, updated_at = :now, version = version + 1
                WHERE id = :id AND version = :version""")
                .params(values(r, entries, narrative, now)).param("id", r.id()).param("version", r.version()).update();
        if (n != 1) {
            throw new GongkaiException(ErrorCode.VERSION_CONFLICT);
        }
        r.bumpVersion();
    }

    private static Map<String, Object> values(AnnualReport r, AnnualReport.Entries e, AnnualReport.Narrative n,
            Instant now) {
        Map<String, Object> v = new java.util.HashMap<>();
        v.put("unit", r.unitId());
        v.put("year", r.year());
        v.put("format", r.format().name());
        v.put("status", r.status().name());
        v.put("source", r.source().name());
        v.put("overview", n.overview());
        v.put("problems", n.problems());
        v.put("other", n.otherMatters());
        v.put("licensing", e.licensing());
        v.put("penalties", e.penalties());
        v.put("coercion", e.coercion());
        v.put("fees", e.feesFen());
        v.put("frozen", r.frozen() == null ? null : JSON.writeValueAsString(Stored.of(r.frozen())));
        v.put("frozenAt", r.frozenAt() == null ? null : Timestamp.from(r.frozenAt()));
        v.put("comment", r.returnComment());
        v.put("published", r.publishedOn());
        v.put("now", Timestamp.from(now));
        return v;
    }

    /** The JSON form of frozen tables. */
    record Stored(String format, Map<String, Map<String, Long>> table2, Map<String, Map<String, Long>> table3,
            Map<String, Map<String, Long>> table4) {

        static Stored of(ReportTables t) {
            return new Stored(t.format().name(), t.table2(), t.table3(), t.table4());
        }

        ReportTables tables() {
            return new ReportTables(ReportFormat.valueOf(format), table2, table3, table4);
        }
    }

    private AnnualReport map(ResultSet rs, int n) throws SQLException {
        String frozen = rs.getString("frozen_tables");
        Timestamp frozenAt = rs.getTimestamp("frozen_at");
        return new AnnualReport(rs.getLong("id"), rs.getLong("unit_id"), rs.getInt("report_year"),
                ReportFormat.valueOf(rs.getString("format")), ReportStatus.valueOf(rs.getString("status")),
                AnnualReport.Source.valueOf(rs.getString("source")),
                new AnnualReport.Narrative(rs.getString("overview"), rs.getString("problems"),
                        rs.getString("other_matters")),
                new AnnualReport.Entries(longOrNull(rs, "licensing"), longOrNull(rs, "penalties"),
                        longOrNull(rs, "coercion"), longOrNull(rs, "fees_fen")),
                frozen == null ? null : JSON.readValue(frozen, new TypeReference<Stored>() {}).tables(),
                frozenAt == null ? null : frozenAt.toInstant(), rs.getString("return_comment"),
                rs.getObject("published_on", LocalDate.class), rs.getLong("version"));
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
