package org.gongkai.services.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.calendar.ClockUnit;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.FieldCipher;
import org.gongkai.common.GongkaiException;
import org.gongkai.services.CaseChannel;
import org.gongkai.services.ItemKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Stores service cases ({@code services_case}) and their ledgers ({@code services_case_event}). The applicant's
 * identity, phone and e-mail are SM4-encrypted here and decrypted on loading; the identity also gets a blind index.
 * An update is refused with VERSION_CONFLICT when someone else saved the case since it was loaded.
 */
@Repository
class ServiceCaseRepository {

    static final String COLUMNS = "c.id, c.case_number, c.item_id, i.code AS item_code, c.unit_id, "
            + "c.accepting_unit_id, c.station_id, c.channel, c.agent_name, c.applicant_type, c.applicant_name, "
            + "c.applicant_id_enc, c.applicant_phone_enc, c.applicant_email_enc, c.status, c.kind, c.clock_unit, "
            + "c.limit_days, c.received_on, c.accepted_on, c.due_on, c.refused_on, c.completed_on, c.completed_at, "
            + "c.delivered_on, c.delivery_method, c.result, c.refusal_reason, c.refusal_basis, c.imported, "
            + "c.created_at, c.version";

    /** A station as intake needs it. */
    record Station(long id, String code, String name, long unitId, String agentName, boolean active) {}

    /** An open case as the sweeper lists it. */
    record OpenCase(long id, String caseNumber, LocalDate dueOn) {}

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final CaseNumbers numbers;
    private final JdbcTemplate template;

    ServiceCaseRepository(JdbcClient jdbc, JdbcTemplate template, FieldCipher cipher, CaseNumbers numbers) {
        this.jdbc = jdbc;
        this.template = template;
        this.cipher = cipher;
        this.numbers = numbers;
    }

    void insert(ServiceCase c, String queryCodeHash, String queryCode, String by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        Applicant a = c.applicant();
        jdbc.sql("""
                INSERT INTO services_case (case_number, query_code_hash, query_code_enc, item_id, unit_id,
                  accepting_unit_id, station_id, channel, agent_name, applicant_type, applicant_name, applicant_id_enc,
                  applicant_id_index, applicant_phone_enc, applicant_email_enc, status, kind, clock_unit, limit_days,
                  received_on, accepted_on, due_on, refused_on, completed_on, completed_at, delivered_on,
                  delivery_method, result, refusal_reason, refusal_basis, imported, created_at, version)
                VALUES (:number, :hash, :codeEnc, :item, :unit, :accepting, :station, :channel, :agent, :type, :name,
                  :idEnc, :idIndex, :phone, :email, :status, :kind, :clockUnit, :limit, :received, :accepted, :due,
                  :refused, :completed, :completedAt, :delivered, :method, :result, :reason, :basis, :imported,
                  :createdAt, 0)""")
                .param("number", c.caseNumber()).param("hash", queryCodeHash)
                .param("codeEnc", queryCode == null ? null : cipher.encrypt(queryCode))
                .param("item", c.itemId()).param("unit", c.unitId()).param("accepting", c.acceptingUnitId())
                .param("station", c.stationId()).param("channel", c.channel().name()).param("agent", c.agentName())
                .param("type", a.type().name()).param("name", a.name())
                .param("idEnc", cipher.encrypt(blankToNull(a.identity())))
                .param("idIndex", numbers.identityIndex(a.identity()))
                .param("phone", cipher.encrypt(blankToNull(a.phone())))
                .param("email", cipher.encrypt(blankToNull(a.email())))
                .param("status", c.status().name()).param("kind", c.terms().kind().name())
                .param("clockUnit", c.terms().unit().name()).param("limit", c.terms().limit())
                .param("received", c.receivedOn()).param("accepted", c.acceptedOn()).param("due", c.dueOn())
                .param("refused", c.refusedOn()).param("completed", c.completedOn())
                .param("completedAt", ts(c.completedAt())).param("delivered", c.deliveredOn())
                .param("method", c.deliveryMethod() == null ? null : c.deliveryMethod().name())
                .param("result", c.result()).param("reason", c.refusalReason()).param("basis", c.refusalBasis())
                .param("imported", c.imported()).param("createdAt", ts(c.createdAt()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        insertEvents(id, c.unsavedEvents(), by, at);
        c.saved(id, 0);
    }

    void update(ServiceCase c, String by, Instant at) {
        int n = jdbc.sql("""
                UPDATE services_case SET status = :status, accepted_on = :accepted, due_on = :due,
                  refused_on = :refused, completed_on = :completed, completed_at = :completedAt,
                  delivered_on = :delivered, delivery_method = :method, result = :result, refusal_reason = :reason,
                  refusal_basis = :basis, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("status", c.status().name()).param("accepted", c.acceptedOn()).param("due", c.dueOn())
                .param("refused", c.refusedOn()).param("completed", c.completedOn())
                .param("completedAt", ts(c.completedAt())).param("delivered", c.deliveredOn())
                .param("method", c.deliveryMethod() == null ? null : c.deliveryMethod().name())
                .param("result", c.result()).param("reason", c.refusalReason()).param("basis", c.refusalBasis())
                .param("id", c.id()).param("version", c.version()).update();
        if (n == 0) {
            throw new GongkaiException(ErrorCode.VERSION_CONFLICT);
        }
        insertEvents(c.id(), c.unsavedEvents(), by, at);
        c.saved(c.id(), c.version() + 1);
    }

    /**
     * Inserts imported cases and their ledgers in two JDBC batches (the historical import; no applicant data, no query
     * code to keep: the hashes are of codes nobody was given).
     */
    void insertImported(List<ServiceCase> cases, List<String> queryCodeHashes, String by, Instant at) {
        List<Object[]> rows = new ArrayList<>(cases.size());
        List<Object[]> events = new ArrayList<>(cases.size() * 3);
        for (int i = 0; i < cases.size(); i++) {
            ServiceCase c = cases.get(i);
            rows.add(new Object[] {c.caseNumber(), queryCodeHashes.get(i), c.itemId(), c.unitId(), c.acceptingUnitId(),
                    c.stationId(), c.channel().name(), c.applicant().type().name(), c.applicant().name(),
                    c.status().name(), c.terms().kind().name(), c.terms().unit().name(), c.terms().limit(),
                    c.receivedOn(), c.acceptedOn(), c.dueOn(), c.completedOn(), c.result(), ts(c.createdAt())});
            for (CaseEvent e : c.unsavedEvents()) {
                events.add(new Object[] {c.caseNumber(), e.seq(), e.type().name(), e.on(),
                        e.procedure() == null ? null : e.procedure().name(), e.until(), e.detail(), by, ts(at)});
            }
        }
        template.batchUpdate("""
                INSERT INTO services_case (case_number, query_code_hash, item_id, unit_id, accepting_unit_id, station_id,
                  channel, applicant_type, applicant_name, status, kind, clock_unit, limit_days, received_on,
                  accepted_on, due_on, completed_on, result, imported, created_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, 0)""", rows);
        template.batchUpdate("""
                INSERT INTO services_case_event (case_id, seq, event_type, on_date, procedure, until_date, detail,
                  recorded_by, recorded_at)
                VALUES ((SELECT id FROM services_case WHERE case_number = ?), ?, ?, ?, ?, ?, ?, ?, ?)""", events);
    }

    private void insertEvents(long caseId, List<CaseEvent> events, String by, Instant at) {
        for (CaseEvent e : events) {
            jdbc.sql("""
                    INSERT INTO services_case_event (case_id, seq, event_type, on_date, procedure, until_date, detail,
                      recorded_by, recorded_at)
                    VALUES (:c, :seq, :type, :on, :procedure, :until, :detail, :by, :at)""")
                    .param("c", caseId).param("seq", e.seq()).param("type", e.type().name()).param("on", e.on())
                    .param("procedure", e.procedure() == null ? null : e.procedure().name())
                    .param("until", e.until()).param("detail", e.detail()).param("by", by).param("at", ts(at))
                    .update();
        }
    }

    Optional<ServiceCase> find(String caseNumber) {
        if (!CaseNumbers.wellFormed(caseNumber)) {
            return Optional.empty();
        }
        return one("c.case_number = :key", caseNumber);
    }

    Optional<ServiceCase> findById(long id) {
        return one("c.id = :key", id);
    }

    private Optional<ServiceCase> one(String where, Object key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM services_case c JOIN services_item i ON i.id = c.item_id WHERE "
                        + where)
                .param("key", key).query(this::state).optional()
                .map(s -> new ServiceCase(withEvents(s)));
    }

    /** The stored hash of the query code of a case; empty when there is no such case. */
    Optional<String> queryCodeHash(String caseNumber) {
        if (!CaseNumbers.wellFormed(caseNumber)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT query_code_hash FROM services_case WHERE case_number = :n").param("n", caseNumber)
                .query(String.class).optional();
    }

    /** The query code in clear, for the notice to the applicant only; empty for imported cases. */
    Optional<String> queryCode(String caseNumber) {
        if (!CaseNumbers.wellFormed(caseNumber)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT query_code_enc FROM services_case WHERE case_number = :n").param("n", caseNumber)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).list().stream().flatMap(Optional::stream)
                .map(cipher::decrypt).filter(s -> !s.isBlank()).findFirst();
    }

    Optional<Station> station(String code) {
        if (code == null || code.isBlank() || code.length() > 40) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id, code, name, unit_id, agent_name, active FROM services_station WHERE code = :c")
                .param("c", code.strip()).query(ServiceCaseRepository::station).optional();
    }

    Optional<Station> station(long id) {
        return jdbc.sql("SELECT id, code, name, unit_id, agent_name, active FROM services_station WHERE id = :id")
                .param("id", id).query(ServiceCaseRepository::station).optional();
    }

    /** The levels of the unit's active stations (a township government's centre, a village committee's station). */
    List<org.gongkai.services.ServiceLevel> stationLevels(long unitId) {
        return jdbc.sql("SELECT DISTINCT level FROM services_station WHERE unit_id = :u AND active").param("u", unitId)
                .query(String.class).list().stream().map(org.gongkai.services.ServiceLevel::valueOf).toList();
    }

    private static Station station(ResultSet rs, int n) throws SQLException {
        return new Station(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getLong("unit_id"),
                rs.getString("agent_name"), rs.getBoolean("active"));
    }

    /** Accepted cases not yet completed, county-wide (the sweeper filters by light itself). */
    List<OpenCase> open() {
        return jdbc.sql("SELECT id, case_number, due_on FROM services_case WHERE status IN ('ACCEPTED', 'SUSPENDED') "
                        + "ORDER BY due_on, id")
                .query((rs, n) -> new OpenCase(rs.getLong("id"), rs.getString("case_number"),
                        rs.getObject("due_on", LocalDate.class)))
                .list();
    }

    private ServiceCase.State withEvents(ServiceCase.State s) {
        List<CaseEvent> events = jdbc.sql("SELECT seq, event_type, on_date, procedure, until_date, detail "
                        + "FROM services_case_event WHERE case_id = :id ORDER BY seq")
                .param("id", s.id())
                .query((rs, n) -> new CaseEvent(rs.getInt("seq"), CaseEventType.valueOf(rs.getString("event_type")),
                        rs.getObject("on_date", LocalDate.class),
                        rs.getString("procedure") == null ? null : SuspensionProcedure.valueOf(rs.getString("procedure")),
                        rs.getObject("until_date", LocalDate.class), rs.getString("detail")))
                .list();
        return new ServiceCase.State(s.id(), s.caseNumber(), s.itemId(), s.itemCode(), s.unitId(), s.acceptingUnitId(),
                s.stationId(), s.channel(), s.agentName(), s.applicant(), s.terms(), s.receivedOn(), s.imported(),
                s.createdAt(), s.status(), s.acceptedOn(), s.dueOn(), s.refusedOn(), s.completedOn(), s.completedAt(),
                s.deliveredOn(), s.deliveryMethod(), s.result(), s.refusalReason(), s.refusalBasis(), s.version(),
                events);
    }

    private ServiceCase.State state(ResultSet rs, int n) throws SQLException {
        Applicant applicant = new Applicant(ApplicantType.valueOf(rs.getString("applicant_type")),
                rs.getString("applicant_name"), cipher.decrypt(rs.getString("applicant_id_enc")),
                cipher.decrypt(rs.getString("applicant_phone_enc")), cipher.decrypt(rs.getString("applicant_email_enc")));
        String method = rs.getString("delivery_method");
        return new ServiceCase.State(rs.getLong("id"), rs.getString("case_number"), rs.getLong("item_id"),
                rs.getString("item_code"), rs.getLong("unit_id"), rs.getLong("accepting_unit_id"),
                (Long) rs.getObject("station_id", Long.class), CaseChannel.valueOf(rs.getString("channel")),
                rs.getString("agent_name"), applicant,
                new ClockTerms(ItemKind.valueOf(rs.getString("kind")), ClockUnit.valueOf(rs.getString("clock_unit")),
                        rs.getInt("limit_days")),
                rs.getObject("received_on", LocalDate.class), rs.getBoolean("imported"), instant(rs, "created_at"),
                CaseStatus.valueOf(rs.getString("status")), rs.getObject("accepted_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class), rs.getObject("refused_on", LocalDate.class),
                rs.getObject("completed_on", LocalDate.class), instant(rs, "completed_at"),
                rs.getObject("delivered_on", LocalDate.class), method == null ? null : DeliveryMethod.valueOf(method),
                rs.getString("result"), rs.getString("refusal_reason"), rs.getString("refusal_basis"),
                rs.getLong("version"), List.of());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime ts(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
