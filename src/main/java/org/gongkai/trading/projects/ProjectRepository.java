package org.gongkai.trading.projects;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.trading.ProjectType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Projects ({@code trading_project}) and their bidders ({@code trading_bidder}). */
@Repository
public class ProjectRepository {

    private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;

    ProjectRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Project> find(String code) {
        return jdbc.sql("SELECT * FROM trading_project WHERE project_code = :c").param("c", code)
                .query((rs, i) -> row(rs, bidders(rs.getLong("id")))).optional();
    }

    private static Project row(java.sql.ResultSet rs, List<String> bidders) throws java.sql.SQLException {
        return new Project(rs.getLong("id"), rs.getString("project_code"), ProjectType.valueOf(rs.getString("type")),
                rs.getString("title"), rs.getLong("unit_id"), rs.getString("buyer_code"),
                rs.getString("supervisor_code"), rs.getString("agency_code"), rs.getLong("budget_fen"),
                rs.getObject("ceiling_fen", Long.class), rs.getObject("reserve_fen", Long.class),
                instant(rs.getTimestamp("evaluation_at")), instant(rs.getTimestamp("evaluation_started_at")),
                rs.getObject("deal_fen", Long.class), rs.getString("winner_code"),
                rs.getObject("deal_on", LocalDate.class), bidders);
    }

    /**
     * The projects of a year for the open data: those with a deal day in it, and those without a deal created in it;
     * at most {@code limit}, in code order. Two set-based queries (projects, then their bidders).
     */
    public List<Project> ofYear(int year, int limit) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<Project> rows = jdbc.sql("""
                SELECT * FROM trading_project
                WHERE deal_on BETWEEN :first AND :last
                   OR (deal_on IS NULL AND created_at >= :from AND created_at < :to)
                ORDER BY project_code""")
                .param("first", first).param("last", last)
                .param("from", Timestamp.from(first.atStartOfDay(ZONE).toInstant()))
                .param("to", Timestamp.from(last.plusDays(1).atStartOfDay(ZONE).toInstant()))
                .query((rs, i) -> row(rs, List.of())).stream().limit(limit).toList();
        Map<Long, List<String>> bidders = new HashMap<>();
        List<Long> ids = rows.stream().map(Project::id).toList();
        for (int from = 0; from < ids.size(); from += 500) {
            jdbc.sql("SELECT project_id, bidder_code FROM trading_bidder WHERE project_id IN (:ids) ORDER BY position")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .query((rs, i) -> bidders.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                    .list();
        }
        return rows.stream().map(p -> new Project(p.id(), p.code(), p.type(), p.title(), p.unitId(), p.buyerCode(),
                p.supervisorCode(), p.agencyCode(), p.budgetFen(), p.ceilingFen(), p.reserveFen(), p.evaluationAt(),
                p.evaluationStartedAt(), p.dealFen(), p.winnerCode(), p.dealOn(), bidders.getOrDefault(p.id(), List.of())))
                .toList();
    }

    public String codeOf(long projectId) {
        return jdbc.sql("SELECT project_code FROM trading_project WHERE id = :id").param("id", projectId)
                .query(String.class).single();
    }

    /** The project in one of the units, else empty (a project outside the scope is not found). */
    public Optional<Project> findIn(String code, Set<Long> units) {
        return find(code).filter(p -> units.contains(p.unitId()));
    }

    List<String> bidders(long projectId) {
        return jdbc.sql("SELECT bidder_code FROM trading_bidder WHERE project_id = :p ORDER BY position")
                .param("p", projectId).query(String.class).list();
    }

    /** Codes that exist, with the unit that holds each. */
    Map<String, Long> owners(List<String> codes) {
        Map<String, Long> out = new HashMap<>();
        for (int from = 0; from < codes.size(); from += 500) {
            List<String> slice = codes.subList(from, Math.min(codes.size(), from + 500));
            jdbc.sql("SELECT project_code, unit_id FROM trading_project WHERE project_code IN (:codes)")
                    .param("codes", slice)
                    .query((rs, i) -> out.put(rs.getString(1), rs.getLong(2))).list();
        }
        return out;
    }

    long insert(ProjectInput in, ProjectType type, long unitId, boolean imported, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO trading_project (project_code, type, title, unit_id, buyer_code, supervisor_code,
                  agency_code, budget_fen, ceiling_fen, reserve_fen, evaluation_at, deal_fen, winner_code, deal_on,
                  imported, created_at, updated_at, version)
                VALUES (:code, :type, :title, :unit, :buyer, :supervisor, :agency, :budget, :ceiling, :reserve,
                  :evaluation, :deal, :winner, :dealOn, :imported, :now, :now, 0)""")
                .param("code", in.projectCode()).param("type", type.name()).param("title", in.title())
                .param("unit", unitId).param("imported", imported).param("now", Timestamp.from(now))
                .params(values(in))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        writeBidders(id, in.bidderCodes());
        return id;
    }

    void update(long id, ProjectInput in, ProjectType type, Instant now) {
        jdbc.sql("""
                UPDATE trading_project SET type = :type, title = :title, buyer_code = :buyer,
                  supervisor_code = :supervisor, agency_code = :agency, budget_fen = :budget, ceiling_fen = :ceiling,
                  reserve_fen = :reserve, evaluation_at = :evaluation, deal_fen = :deal, winner_code = :winner,
                  deal_on = :dealOn, updated_at = :now, version = version + 1
                WHERE id = :id""")
                .param("id", id).param("type", type.name()).param("title", in.title())
                .param("now", Timestamp.from(now)).params(values(in)).update();
        jdbc.sql("DELETE FROM trading_bidder WHERE project_id = :p").param("p", id).update();
        writeBidders(id, in.bidderCodes());
    }

    private static Map<String, Object> values(ProjectInput in) {
        Map<String, Object> v = new HashMap<>();
        v.put("buyer", in.buyerCode());
        v.put("supervisor", in.supervisorCode());
        v.put("agency", in.agencyCode());
        v.put("budget", in.budgetFen());
        v.put("ceiling", in.ceilingFen());
        v.put("reserve", in.reserveFen());
        v.put("evaluation", in.evaluationAt() == null ? null : Timestamp.from(in.evaluationAt()));
        v.put("deal", in.dealFen());
        v.put("winner", in.winnerCode());
        v.put("dealOn", in.dealOn());
        return v;
    }

    private void writeBidders(long projectId, List<String> bidders) {
        int position = 0;
        for (String code : bidders) {
            jdbc.sql("INSERT INTO trading_bidder (project_id, bidder_code, position) VALUES (:p, :c, :n)")
                    .param("p", projectId).param("c", code).param("n", position++).update();
        }
    }

    /** Records the start of the evaluation once; false when it was already recorded. */
    public boolean startEvaluation(long projectId, Instant at) {
        return jdbc.sql("""
                UPDATE trading_project SET evaluation_started_at = :at, version = version + 1
                WHERE id = :id AND evaluation_started_at IS NULL""")
                .param("at", Timestamp.from(at)).param("id", projectId).update() == 1;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
