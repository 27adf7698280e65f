package org.gongkai.hotline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.FieldCipher;
import org.gongkai.common.GongkaiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Stores tickets with their ledger and keeps the tables the KPIs count (dispatches, urgings, callbacks) in step with
 * the ledger entries a save appends. The caller's name and phone are SM4-encrypted; the phone also as a blind index.
 */
@Repository
class TicketRepository {

    /** When a dispatch to a unit at a moment must be accepted by. */
    interface AcceptDue {
        Instant of(long unitId, Instant dispatchedAt);
    }

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    TicketRepository(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    String phoneIndex(String phone) {
        return phone == null || phone.isBlank() ? null : cipher.blindIndex("hotline-caller:" + phone.trim());
    }

    boolean numberTaken(String number) {
        return jdbc.sql("SELECT COUNT(*) FROM hotline_ticket WHERE ticket_number = :n").param("n", number)
                .query(Integer.class).single() > 0;
    }

    /** Inserts a new ticket with its ledger; returns it as stored (with its id). */
    Ticket insert(Ticket t, String queryCodeHash, AcceptDue acceptDue, Instant now) {
        return insert(t, queryCodeHash, null, acceptDue, now);
    }

    /** As above, keeping the query code encrypted for the receipt message (live tickets; imported ones have none). */
    Ticket insert(Ticket t, String queryCodeHash, String queryCode, AcceptDue acceptDue, Instant now) {
        Ticket.Intake in = t.intake();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO hotline_ticket (ticket_number, query_code_hash, category, urgency, channel, status, title,
                  content, topic, address, lat, lon, caller_name_enc, caller_phone_enc, caller_phone_index, anonymous,
                  unit_id, received_at, received_on, due_on, cycle_started_on, imported, created_at, version,
                  query_code_enc)
                VALUES (:n, :hash, :category, :urgency, :channel, :status, :title, :content, :topic, :address, :lat,
                  :lon, :name, :phone, :phoneIndex, :anonymous, :unit, :receivedAt, :receivedOn, :due, :cycle,
                  :imported, :now, 0, :codeEnc)""")
                .param("n", t.number()).param("hash", queryCodeHash).param("category", in.category())
                .param("urgency", in.urgency().name()).param("channel", in.channel().name())
                .param("status", t.status().name()).param("title", in.title()).param("content", in.content())
                .param("topic", in.topic()).param("address", in.address()).param("lat", in.lat())
                .param("lon", in.lon()).param("name", cipher.encrypt(blankToNull(in.callerName())))
                .param("phone", cipher.encrypt(blankToNull(in.callerPhone())))
                .param("phoneIndex", phoneIndex(in.callerPhone())).param("anonymous", in.anonymous())
                .param("unit", t.unitId()).param("receivedAt", ts(t.receivedAt())).param("receivedOn", t.receivedOn())
                .param("due", t.dueOn()).param("cycle", t.cycleStartedOn()).param("imported", t.imported())
                .param("now", ts(now)).param("codeEnc", queryCode == null ? null : cipher.encrypt(queryCode))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        updateRow(id, 0, t); // the state a ticket may already have when it is stored (an imported one: closed, …)
        appendEvents(id, 0, t.added(), acceptDue);
        return find(t.number()).orElseThrow();
    }

    /** Saves the ticket's state (optimistically: a concurrent change refuses) and appends its new ledger entries. */
    void save(Ticket t, AcceptDue acceptDue) {
        if (updateRow(t.id(), t.version(), t) != 1) {
            throw new GongkaiException(ErrorCode.VERSION_CONFLICT);
        }
        appendEvents(t.id(), t.events().size() - t.added().size(), t.added(), acceptDue);
    }

    private int updateRow(long id, long version, Ticket t) {
        return jdbc.sql("""
                UPDATE hotline_ticket SET status = :status, unit_id = :unit, due_on = :due,
                  cycle_started_on = :cycle, extension_requested = :extReq, urge_count = :urges,
                  reopen_count = :reopens, reply = :reply, closed_at = :closedAt, closed_on = :closedOn,
                  closed_due_on = :closedDue, merged_into_id = :merged, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("status", t.status().name()).param("unit", t.unitId()).param("due", t.dueOn())
                .param("cycle", t.cycleStartedOn()).param("extReq", t.extensionRequested())
                .param("urges", t.urgeCount()).param("reopens", t.reopenCount()).param("reply", t.reply())
                .param("closedAt", ts(t.closedAt()))
                .param("closedOn", t.closedAt() == null ? null : Ticket.day(t.closedAt()))
                .param("closedDue", t.closedDueOn()).param("merged", t.mergedIntoId()).param("id", id)
                .param("version", version)
                .update();
    }

    private void appendEvents(long ticketId, int firstSeq, List<TicketEvent> added, AcceptDue acceptDue) {
        int seq = firstSeq;
        for (TicketEvent e : added) {
            seq++;
            jdbc.sql("""
                    INSERT INTO hotline_event (ticket_id, seq, event_type, at, unit_id, days, satisfaction, solved,
                      detail, recorded_by)
                    VALUES (:t, :seq, :type, :at, :unit, :days, :sat, :solved, :detail, :by)""")
                    .param("t", ticketId).param("seq", seq).param("type", e.type().name()).param("at", ts(e.at()))
                    .param("unit", e.unitId()).param("days", e.days()).param("sat", e.satisfaction())
                    .param("solved", e.solved()).param("detail", e.detail()).param("by", e.by())
                    .update();
            sideTables(ticketId, e, acceptDue);
        }
    }

    private void sideTables(long ticketId, TicketEvent e, AcceptDue acceptDue) {
        switch (e.type()) {
            case DISPATCHED -> jdbc.sql("""
                    INSERT INTO hotline_dispatch (ticket_id, unit_id, dispatched_at, dispatched_on, accept_due_at, note,
                      dispatched_by)
                    VALUES (:t, :unit, :at, :on, :due, :note, :by)""")
                    .param("t", ticketId).param("unit", e.unitId()).param("at", ts(e.at()))
                    .param("on", Ticket.day(e.at())).param("due", ts(acceptDue.of(e.unitId(), e.at())))
                    .param("note", e.detail()).param("by", e.by()).update();
            case CO_DISPATCHED -> jdbc.sql("""
                    INSERT INTO hotline_co_unit (ticket_id, unit_id, assigned_at) VALUES (:t, :unit, :at)""")
                    .param("t", ticketId).param("unit", e.unitId()).param("at", ts(e.at())).update();
            case CO_PART -> jdbc.sql("""
                    UPDATE hotline_co_unit SET part = :part, part_at = :at, part_by = :by
                    WHERE ticket_id = :t AND unit_id = :unit""")
                    .param("part", e.detail()).param("at", ts(e.at())).param("by", e.by()).param("t", ticketId)
                    .param("unit", e.unitId()).update();
            case REOPENED -> jdbc.sql("DELETE FROM hotline_co_unit WHERE ticket_id = :t").param("t", ticketId)
                    .update(); // a reopened ticket is dispatched afresh; the ledger keeps the earlier parts
            case ACCEPTED -> updateLastDispatch(ticketId, "accepted_at = :at", e, null);
            case RETURNED -> updateLastDispatch(ticketId, "returned_at = :at, return_reason = :text", e, e.detail());
            case ARBITRATED -> updateLastDispatch(ticketId, "arbitration = :text", e, e.detail());
            case URGED -> jdbc.sql("""
                    INSERT INTO hotline_urging (ticket_id, unit_id, urged_at, note, urged_by)
                    VALUES (:t, :unit, :at, :note, :by)""")
                    .param("t", ticketId).param("unit", e.unitId()).param("at", ts(e.at())).param("note", e.detail())
                    .param("by", e.by()).update();
            case CALLBACK -> jdbc.sql("""
                    INSERT INTO hotline_callback (ticket_id, unit_id, called_at, called_on, satisfaction, solved, note,
                      called_by)
                    VALUES (:t, :unit, :at, :on, :sat, :solved, :note, :by)""")
                    .param("t", ticketId).param("unit", e.unitId()).param("at", ts(e.at()))
                    .param("on", Ticket.day(e.at())).param("sat", e.satisfaction()).param("solved", e.solved())
                    .param("note", e.detail()).param("by", e.by()).update();
            default -> {
                // the ledger row is all
            }
        }
    }

    private void updateLastDispatch(long ticketId, String set, TicketEvent e, String text) {
        jdbc.sql("UPDATE hotline_dispatch SET " + set + " WHERE id = (SELECT MAX(id) FROM hotline_dispatch "
                + "WHERE ticket_id = :t)")
                .param("t", ticketId).param("at", ts(e.at())).param("text", text).update();
    }

    /** The numbers of the tickets still counting against their answer limit, for the sweeper. */
    List<String> openNumbers() {
        return jdbc.sql("SELECT ticket_number FROM hotline_ticket WHERE status IN (:s) ORDER BY id")
                .param("s", java.util.Arrays.stream(TicketStatus.values()).filter(TicketStatus::open).map(Enum::name)
                        .toList())
                .query(String.class).list();
    }

    /** Sets the cached due date (the sweeper's refresh; the ledger is unchanged). */
    void updateDue(long id, LocalDate due) {
        jdbc.sql("UPDATE hotline_ticket SET due_on = :due WHERE id = :id").param("due", due).param("id", id).update();
    }

    /** Records a reminder or overdue mark once per ticket, kind and due date; false when it was already there. */
    boolean remind(long ticketId, String kind, LocalDate due, Long unitId, Instant at) {
        return jdbc.sql("""
                INSERT INTO hotline_reminder (ticket_id, kind, due_on, unit_id, created_at)
                SELECT :t, :kind, :due, :unit, :at FROM (VALUES (1)) one
                WHERE NOT EXISTS (SELECT 1 FROM hotline_reminder WHERE ticket_id = :t AND kind = :kind AND due_on = :due)""")
                .param("t", ticketId).param("kind", kind).param("due", due).param("unit", unitId).param("at", ts(at))
                .update() == 1;
    }

    /** A dispatch still waiting for 签收 after its accept limit, not yet reminded. */
    record LateAccept(long dispatchId, String ticketNumber, long unitId, Instant acceptDueAt) {}

    /**
     * The current dispatches of tickets still waiting for the unit (DISPATCHED) whose accept limit passed before
     * {@code now} and that were not reminded yet, oldest limit first.
     */
    List<LateAccept> lateAccepts(Instant now) {
        return jdbc.sql("""
                SELECT d.id, t.ticket_number, d.unit_id, d.accept_due_at FROM hotline_dispatch d
                JOIN hotline_ticket t ON t.id = d.ticket_id
                WHERE t.status = 'DISPATCHED' AND d.accepted_at IS NULL AND d.returned_at IS NULL
                  AND d.accept_reminded_at IS NULL AND d.accept_due_at < :now
                  AND d.id = (SELECT MAX(d2.id) FROM hotline_dispatch d2 WHERE d2.ticket_id = d.ticket_id)
                ORDER BY d.accept_due_at, d.id""").param("now", ts(now))
                .query((rs, i) -> new LateAccept(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        instant(rs, "accept_due_at"))).list();
    }

    /** Marks a dispatch reminded of its late acceptance; false when another sweep (or instance) did already. */
    boolean markAcceptReminded(long dispatchId, Instant at) {
        return jdbc.sql("UPDATE hotline_dispatch SET accept_reminded_at = :at WHERE id = :id AND accepted_at IS NULL"
                + " AND returned_at IS NULL AND accept_reminded_at IS NULL").param("at", ts(at)).param("id", dispatchId)
                .update() == 1;
    }

    Optional<Ticket> find(String number) {
        return jdbc.sql("SELECT * FROM hotline_ticket WHERE ticket_number = :n").param("n", number)
                .query((rs, i) -> ticket(rs)).optional();
    }

    /** The query code in clear (for the receipt message only); empty for imported tickets. */
    Optional<String> queryCode(String number) {
        return jdbc.sql("SELECT query_code_enc FROM hotline_ticket WHERE ticket_number = :n").param("n", number)
                .query(String.class).optional().filter(java.util.Objects::nonNull).map(cipher::decrypt);
    }

    Optional<String> queryCodeHash(String number) {
        return jdbc.sql("SELECT query_code_hash FROM hotline_ticket WHERE ticket_number = :n").param("n", number)
                .query(String.class).optional();
    }

    /** Whether a unit in {@code units} ever had the ticket dispatched to it, as lead unit or as co-unit. */
    boolean dispatchedToAny(long ticketId, Collection<Long> units) {
        if (units.isEmpty()) {
            return false;
        }
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM hotline_dispatch WHERE ticket_id = :t AND unit_id IN (:units))"
                + " + (SELECT COUNT(*) FROM hotline_event WHERE ticket_id = :t AND event_type = 'CO_DISPATCHED'"
                + " AND unit_id IN (:units))")
                .param("t", ticketId).param("units", units).query(Integer.class).single() > 0;
    }

    private Ticket ticket(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Ticket.Intake intake = new Ticket.Intake(rs.getString("category"), Urgency.valueOf(rs.getString("urgency")),
                TicketChannel.valueOf(rs.getString("channel")), rs.getString("title"), rs.getString("content"),
                rs.getString("topic"), rs.getString("address"), (Double) rs.getObject("lat", Double.class),
                rs.getObject("lon", Double.class), cipher.decrypt(rs.getString("caller_name_enc")),
                cipher.decrypt(rs.getString("caller_phone_enc")), rs.getBoolean("anonymous"));
        long unit = rs.getLong("unit_id");
        Long unitId = rs.wasNull() ? null : unit;
        long merged = rs.getLong("merged_into_id");
        Long mergedInto = rs.wasNull() ? null : merged;
        return new Ticket(id, rs.getString("ticket_number"), intake, instant(rs, "received_at"),
                rs.getBoolean("imported"), rs.getLong("version"), TicketStatus.valueOf(rs.getString("status")), unitId,
                rs.getObject("cycle_started_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                rs.getObject("extension_requested", Integer.class), rs.getInt("urge_count"), rs.getInt("reopen_count"),
                rs.getString("reply"), instant(rs, "closed_at"), rs.getObject("closed_due_on", LocalDate.class),
                mergedInto, events(id));
    }

    List<TicketEvent> events(long ticketId) {
        return jdbc.sql("SELECT * FROM hotline_event WHERE ticket_id = :t ORDER BY seq").param("t", ticketId)
                .query((rs, i) -> new TicketEvent(TicketEvent.Type.valueOf(rs.getString("event_type")),
                        instant(rs, "at"), rs.getObject("unit_id", Long.class), rs.getObject("days", Integer.class),
                        rs.getObject("satisfaction", Integer.class), rs.getObject("solved", Boolean.class),
                        rs.getString("detail"), rs.getString("recorded_by")))
                .list();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime ts(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /**
     * Tickets in a queue: the unit's (null = every unit) in some statuses, oldest due first; a unit's queue also
     * holds the tickets whose co-unit it is while its part is missing.
     */
    List<TicketLine> queue(Set<Long> units, Set<TicketStatus> statuses, int limit) {
        return queue(units, statuses, null, limit);
    }

    /** The open tickets (of the units; null = every unit) whose due date is before {@code today}, oldest due first. */
    List<TicketLine> overdue(Set<Long> units, LocalDate today, int limit) {
        return queue(units, java.util.EnumSet.copyOf(java.util.Arrays.stream(TicketStatus.values())
                .filter(TicketStatus::open).toList()), today, limit);
    }

    private List<TicketLine> queue(Set<Long> units, Set<TicketStatus> statuses, LocalDate dueBefore, int limit) {
        String where = units == null ? "" : units.isEmpty() ? " AND 1 = 0" : " AND (unit_id IN (:units) OR id IN ("
                + "SELECT ticket_id FROM hotline_co_unit WHERE unit_id IN (:units) AND part_at IS NULL))";
        var spec = jdbc.sql("SELECT ticket_number, category, urgency, status, title, unit_id, received_at, due_on, "
                + "urge_count, caller_phone_enc, anonymous FROM hotline_ticket WHERE status IN (:statuses)" + where
                + (dueBefore == null ? "" : " AND due_on < :today") + " ORDER BY due_on, id LIMIT " + limit)
                .param("statuses", statuses.stream().map(Enum::name).toList());
        if (dueBefore != null) {
            spec = spec.param("today", dueBefore);
        }
        if (units != null && !units.isEmpty()) {
            spec = spec.param("units", units);
        }
        return spec.query((rs, i) -> new TicketLine(rs.getString("ticket_number"), rs.getString("category"),
                Urgency.valueOf(rs.getString("urgency")), TicketStatus.valueOf(rs.getString("status")),
                rs.getString("title"), rs.getObject("unit_id", Long.class), instant(rs, "received_at"),
                rs.getObject("due_on", LocalDate.class), rs.getInt("urge_count"),
                rs.getBoolean("anonymous") ? "匿名" : HotlineMasks.phone(cipher.decrypt(rs.getString("caller_phone_enc")))))
                .list();
    }


    /** Tickets (by number) with the same caller phone, newest first. */
    List<String> byCaller(String phone, int limit) {
        String index = phoneIndex(phone);
        if (index == null) {
            return List.of();
        }
        return jdbc.sql("SELECT ticket_number FROM hotline_ticket WHERE caller_phone_index = :i ORDER BY received_at DESC "
                + "LIMIT " + limit).param("i", index).query(String.class).list();
    }

}
