package org.gongkai.hotline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gongkai.catalogue.PersonalDataGuard;
import org.gongkai.common.FieldCipher;
import org.gongkai.common.PersonalData;
import org.gongkai.organisation.UnitDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tickets as the public may see them (Open311 GeoReport v2 and the portal's list of closed tickets, issue #12): never a
 * {@code REPORT} ticket or one whose caller asked to stay anonymous; no caller name or phone; the caller's text and the
 * reply with ID, mobile and bank card numbers masked ({@link PersonalDataGuard}) and the caller's own name masked
 * wherever it occurs in them.
 */
@Service
@Transactional(readOnly = true)
public class PublicTickets {

    /** The most rows one query returns (Open311's own ceiling, FixMyStreet's too). */
    public static final int MAX_ROWS = 1000;

    /** One ticket as published. {@code updatedAt} is the last ledger entry. */
    public record PublicTicket(String number, String category, String categoryLabel, TicketStatus status,
            String title, String description, String topic, String address, Double lat, Double lon, String unitName,
            Instant receivedAt, Instant updatedAt, LocalDate dueOn, Instant closedAt, String reply) {

        /** Open311's two states: still counting against its limit, or not (closed, called back, merged). */
        public boolean open() {
            return status.open();
        }
    }

    /**
     * What to list. Null members do not filter; {@code numbers} (non-empty) overrides every other filter but the
     * publication rule, as Open311's {@code service_request_id}.
     */
    public record Filter(Collection<String> numbers, Collection<String> categories, Instant from, Instant to,
            Boolean open, String topic) {

        public static Filter closed(String category, String topic) {
            return new Filter(null, category == null ? null : List.of(category), null, null, false, topic);
        }
    }

    private static final String PUBLISHED = " t.category <> 'REPORT' AND t.anonymous = FALSE ";
    private static final List<String> OPEN = java.util.Arrays.stream(TicketStatus.values()).filter(TicketStatus::open)
            .map(Enum::name).toList();

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final HotlineSettings settings;
    private final UnitDirectory units;
    private final PersonalDataGuard guard = new PersonalDataGuard();

    PublicTickets(JdbcClient jdbc, FieldCipher cipher, HotlineSettings settings, UnitDirectory units) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.settings = settings;
        this.units = units;
    }

    public boolean listEnabled() {
        return settings.publicList();
    }

    /** Matching tickets, newest received first, at most {@code limit} (capped at {@link #MAX_ROWS}). */
    public List<PublicTicket> search(Filter f, int offset, int limit) {
        StringBuilder where = new StringBuilder(PUBLISHED);
        var params = new java.util.LinkedHashMap<String, Object>();
        where(f, where, params);
        var spec = jdbc.sql("SELECT t.*, (SELECT MAX(e.at) FROM hotline_event e WHERE e.ticket_id = t.id) AS updated_at "
                + "FROM hotline_ticket t WHERE" + where + " ORDER BY t.received_at DESC, t.id DESC LIMIT "
                + Math.max(0, Math.min(limit, MAX_ROWS)) + " OFFSET " + Math.max(0, offset));
        for (var p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.query(this::row).list();
    }

    /** How many match (for a paginated list). */
    public int count(Filter f) {
        StringBuilder where = new StringBuilder(PUBLISHED);
        var params = new java.util.LinkedHashMap<String, Object>();
        where(f, where, params);
        var spec = jdbc.sql("SELECT COUNT(*) FROM hotline_ticket t WHERE" + where);
        for (var p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.query(Integer.class).single();
    }

    /** One published ticket by number; empty for an unknown, REPORT or anonymous one alike. */
    public Optional<PublicTicket> find(String number) {
        if (number == null || number.isBlank() || number.length() > HotlineCommands.NUMBER_MAX) {
            return Optional.empty();
        }
        return search(new Filter(List.of(number.trim()), null, null, null, null, null), 0, 1).stream().findFirst();
    }

    /** The topics of closed published tickets, for the list's filter. */
    public List<String> closedTopics() {
        return jdbc.sql("SELECT DISTINCT t.topic FROM hotline_ticket t WHERE" + PUBLISHED
                + " AND t.topic IS NOT NULL AND t.status NOT IN (:open) ORDER BY t.topic LIMIT 200")
                .param("open", OPEN).query(String.class).list();
    }

    private static void where(Filter f, StringBuilder where, java.util.Map<String, Object> params) {
        if (f.numbers() != null && !f.numbers().isEmpty()) {
            where.append(" AND t.ticket_number IN (:numbers)");
            params.put("numbers", List.copyOf(f.numbers()));
            return;
        }
        if (f.categories() != null && !f.categories().isEmpty()) {
            where.append(" AND t.category IN (:categories)");
            params.put("categories", List.copyOf(f.categories()));
        }
        if (f.from() != null) {
            where.append(" AND t.received_at >= :from");
            params.put("from", TicketRepository.ts(f.from()));
        }
        if (f.to() != null) {
            where.append(" AND t.received_at <= :to");
            params.put("to", TicketRepository.ts(f.to()));
        }
        if (f.open() != null) {
            where.append(f.open() ? " AND t.status IN (:open)" : " AND t.status NOT IN (:open)");
            params.put("open", OPEN);
        }
        if (f.topic() != null && !f.topic().isBlank()) {
            where.append(" AND t.topic = :topic");
            params.put("topic", f.topic().trim());
        }
    }

    private PublicTicket row(ResultSet rs, int i) throws SQLException {
        String callerName = cipher.decrypt(rs.getString("caller_name_enc"));
        String category = rs.getString("category");
        Long unitId = rs.getObject("unit_id", Long.class);
        TicketStatus status = TicketStatus.valueOf(rs.getString("status"));
        boolean answered = status == TicketStatus.CLOSED || status == TicketStatus.CALLED_BACK;
        return new PublicTicket(rs.getString("ticket_number"), category, settings.label(category), status,
                scrub(rs.getString("title"), callerName), scrub(rs.getString("content"), callerName),
                rs.getString("topic"), rs.getString("address"), rs.getObject("lat", Double.class),
                rs.getObject("lon", Double.class),
                unitId == null ? null : units.findById(unitId).map(UnitDirectory.UnitView::name).orElse(null),
                TicketRepository.instant(rs, "received_at"), TicketRepository.instant(rs, "updated_at"),
                rs.getObject("due_on", LocalDate.class), TicketRepository.instant(rs, "closed_at"),
                answered ? scrub(rs.getString("reply"), callerName) : null);
    }

    /** The text with personal numbers masked and the caller's name (when given) masked wherever it occurs. */
    String scrub(String text, String callerName) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        List<PersonalDataGuard.Match> found = new ArrayList<>(guard.scan(text));
        for (PersonalDataGuard.Match m : found) {
            if (!m.kind().maskable() || m.start() < at) {
                continue;
            }
            out.append(text, at, m.start()).append(m.masked());
            at = m.end();
        }
        out.append(text.substring(at));
        String scrubbed = out.toString();
        String name = callerName == null ? "" : callerName.strip();
        if (name.codePointCount(0, name.length()) >= 2) {
            scrubbed = scrubbed.replace(name, PersonalData.maskName(name));
        }
        return scrubbed;
    }
}
