package org.gongkai.services.desk;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.services.cases.CaseAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the desk reads of a case (the header, no personal data but the applicant's name), under the case module's data
 * scope ({@link CaseAccess}: officers by units, agents by the stations that took the case in, directors and
 * supervisors over their sub-units); anything else is not found.
 */
@Component
public class DeskCases {

    /** A case as the desk sees it. Status, kind, channel and clock unit are the stored constant names. */
    public record CaseHeader(long id, String caseNumber, long itemId, long unitId, long acceptingUnitId, Long stationId,
            String channel, String agentName, String applicantName, String status, String kind, String clockUnit,
            int limitDays, LocalDate receivedOn, LocalDate acceptedOn, LocalDate dueOn, LocalDate refusedOn,
            LocalDate completedOn, String refusalReason, String refusalBasis) {

        public boolean open() {
            return "ACCEPTED".equals(status) || "SUSPENDED".equals(status);
        }
    }

    private static final String SELECT = "SELECT id, case_number, item_id, unit_id, accepting_unit_id, station_id, "
            + "channel, agent_name, applicant_name, status, kind, clock_unit, limit_days, received_on, accepted_on, "
            + "due_on, refused_on, completed_on, refusal_reason, refusal_basis FROM services_case ";

    private final JdbcClient jdbc;
    private final CaseAccess access;

    DeskCases(JdbcClient jdbc, CaseAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** The case with this number, whoever asks; empty for a malformed or unknown number. */
    public Optional<CaseHeader> find(String caseNumber) {
        String number = normalise(caseNumber);
        if (number == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + "WHERE case_number = ?").param(number).query(DeskCases::header).optional();
    }

    /** The case if the actor may see it; otherwise (or when there is none) NOT_FOUND. */
    public CaseHeader require(Actor actor, String caseNumber) {
        CaseHeader header = find(caseNumber).orElseThrow(GongkaiException::notFound);
        if (!visible(actor, header)) {
            throw GongkaiException.outOfScope("ServiceCase", header.id());
        }
        return header;
    }

    /** Whether the actor may read the case (the case module's data scope). */
    public boolean visible(Actor actor, CaseHeader header) {
        return access.scope(actor).mayRead(header.unitId(), header.acceptingUnitId(), header.stationId());
    }

    /** Whether the actor works on the case's intake: its officers, or the agent of the station that took it in. */
    public boolean actionable(Actor actor, CaseHeader header) {
        return access.scope(actor).mayTakeIn(header.unitId(), header.acceptingUnitId(), header.stationId());
    }

    /** Whether the actor decides the case as its officer (asks opinions too); agents, directors, supervisors do not. */
    public boolean decides(Actor actor, CaseHeader header) {
        return access.scope(actor).mayAct(header.unitId(), header.acceptingUnitId());
    }

    static String normalise(String caseNumber) {
        if (caseNumber == null) {
            return null;
        }
        String n = caseNumber.strip().toUpperCase(java.util.Locale.ROOT);
        return n.isEmpty() || n.length() > 32 || !n.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c)
                || c == '-') ? null : n;
    }

    private static CaseHeader header(ResultSet rs, int n) throws SQLException {
        long station = rs.getLong("station_id");
        return new CaseHeader(rs.getLong("id"), rs.getString("case_number"), rs.getLong("item_id"),
                rs.getLong("unit_id"), rs.getLong("accepting_unit_id"), rs.wasNull() ? null : station,
                rs.getString("channel"), rs.getString("agent_name"), rs.getString("applicant_name"),
                rs.getString("status"), rs.getString("kind"), rs.getString("clock_unit"), rs.getInt("limit_days"),
                date(rs, "received_on"), date(rs, "accepted_on"), date(rs, "due_on"), date(rs, "refused_on"),
                date(rs, "completed_on"), rs.getString("refusal_reason"), rs.getString("refusal_basis"));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
