package org.gongkai.hotline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.calendar.ClockReading;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.organisation.UnitDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hotline's read side for pages and the API: a ticket as staff see it (caller masked; 匿名 to units when the
 * reporter asked), the citizen's status by query code, queues, the caller's history and the suggested unit.
 */
@Service
@Transactional(readOnly = true)
public class HotlineService {

    /** One ledger line. */
    public record EventView(String type, String label, Instant at, String unitCode, String unitName, Integer days,
            Integer satisfaction, Boolean solved, String detail, String by) {

        static final java.time.format.DateTimeFormatter MINUTES =
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

        /** The moment in Asia/Shanghai, to the minute. */
        public String when() {
            return at.atZone(org.gongkai.common.TimeConfiguration.ZONE).format(MINUTES);
        }
    }

    /** A ticket for staff. */
    public record TicketView(String ticketNumber, String category, String categoryLabel, String urgency,
            String urgencyLabel, String channel, String status, String statusLabel, String title, String content,
            String topic, String address, Double lat, Double lon, String callerName, String callerPhone,
            boolean anonymous, String unitCode, String unitName, Instant receivedAt, LocalDate dueDate,
            boolean overdue, String dueExplanation, int urgeCount, int reopenCount, Integer extensionRequested,
            String reply, List<EventView> events, List<String> allowedActions, List<CoUnitView> coUnits) {}

    /** A co-unit of joint handling (协办单位) with its part (协办意见), null while missing. */
    public record CoUnitView(String unitCode, String unitName, String part, Instant partAt) {

        /** When the part came in, Asia/Shanghai to the minute; null while missing. */
        public String when() {
            return partAt == null ? null : partAt.atZone(org.gongkai.common.TimeConfiguration.ZONE)
                    .format(EventView.MINUTES);
        }
    }

    /** What the citizen sees with the query code: no staff names, the reply once closed. */
    public record PublicStatus(String ticketNumber, String categoryLabel, String title, String status,
            String statusLabel, Instant receivedAt, LocalDate dueDate, List<EventView> events, String reply) {}

    private final TicketRepository tickets;
    private final TicketActions actions;
    private final HotlineScope scope;
    private final HotlineIntake intake;
    private final HotlineSettings settings;
    private final UnitDirectory units;
    private final SimilarTickets similar;
    private final org.gongkai.search.DocumentSearch documents;
    private final org.gongkai.calendar.WorkingDayCalendar calendar;

    HotlineService(TicketRepository tickets, TicketActions actions, HotlineScope scope, HotlineIntake intake,
            HotlineSettings settings, UnitDirectory units, SimilarTickets similar,
            org.gongkai.search.DocumentSearch documents, org.gongkai.calendar.WorkingDayCalendar calendar) {
        this.calendar = calendar;
        this.similar = similar;
        this.documents = documents;
        this.tickets = tickets;
        this.actions = actions;
        this.scope = scope;
        this.intake = intake;
        this.settings = settings;
        this.units = units;
    }

    public HotlineSettings settings() {
        return settings;
    }

    public boolean isCentre(Actor actor) {
        return scope.isCentre(actor);
    }

    public TicketView view(Actor actor, String number) {
        Ticket t = actions.visible(actor, number);
        boolean centre = scope.isCentre(actor);
        return view(t, centre, centre ? TicketPermissions.centre(t, settings)
                : TicketPermissions.unit(t, scope.handlingUnits(actor)));
    }

    TicketView view(Ticket t, boolean centre, Set<TicketAction> allowed) {
        Ticket.Intake in = t.intake();
        ClockReading reading = actions.reading(t, actions.today());
        boolean hidden = in.anonymous() && !centre;
        Optional<UnitDirectory.UnitView> unit = scope.view(t.unitId());
        return new TicketView(t.number(), in.category(), settings.label(in.category()), in.urgency().name(),
                in.urgency().label(), in.channel().name(), t.status().name(), t.status().label(), in.title(),
                in.content(), in.topic(), in.address(), in.lat(), in.lon(),
                hidden ? "匿名" : HotlineMasks.name(in.callerName()), hidden ? "匿名" : HotlineMasks.phone(in.callerPhone()),
                in.anonymous(), unit.map(UnitDirectory.UnitView::creditCode).orElse(null),
                unit.map(UnitDirectory.UnitView::name).orElse(null), t.receivedAt(), t.dueOn(), overdue(t),
                t.status() == TicketStatus.MERGED ? null : reading.explanation(), t.urgeCount(), t.reopenCount(),
                t.extensionRequested(), t.reply(), events(t, true),
                allowed.stream().map(TicketAction::path).toList(), coUnits(t));
    }

    private List<CoUnitView> coUnits(Ticket t) {
        return t.coUnitParts().entrySet().stream().map(e -> {
            Optional<UnitDirectory.UnitView> u = scope.view(e.getKey());
            TicketEvent part = e.getValue();
            return new CoUnitView(u.map(UnitDirectory.UnitView::creditCode).orElse(null),
                    u.map(UnitDirectory.UnitView::name).orElse(null), part == null ? null : part.detail(),
                    part == null ? null : part.at());
        }).toList();
    }

    boolean overdue(Ticket t) {
        if (t.status().open()) {
            return t.dueOn() != null && actions.today().isAfter(t.dueOn());
        }
        return t.closedAt() != null && t.closedDueOn() != null && Ticket.day(t.closedAt()).isAfter(t.closedDueOn());
    }

    private List<EventView> events(Ticket t, boolean staff) {
        return t.events().stream().map(e -> {
            Optional<UnitDirectory.UnitView> u = scope.view(e.unitId());
            return new EventView(e.type().name(), e.type().label(), e.at(),
                    u.map(UnitDirectory.UnitView::creditCode).orElse(null), u.map(UnitDirectory.UnitView::name)
                            .orElse(null), staff ? e.days() : null, staff ? e.satisfaction() : null,
                    staff ? e.solved() : null, staff ? e.detail() : null, staff ? e.by() : null);
        }).toList();
    }

    /** The citizen's view; a wrong or missing query code answers exactly as an unknown ticket (404). */
    public PublicStatus publicStatus(String number, String queryCode) {
        String n = number == null ? "" : number.trim();
        if (queryCode == null || queryCode.isBlank() || n.length() > HotlineCommands.NUMBER_MAX
                || queryCode.length() > 32) {
            throw GongkaiException.notFound();
        }
        String expected = tickets.queryCodeHash(n).orElseThrow(GongkaiException::notFound);
        if (!java.security.MessageDigest.isEqual(expected.getBytes(), intake.queryHash(n, queryCode).getBytes())) {
            throw GongkaiException.notFound();
        }
        Ticket t = tickets.find(n).orElseThrow(GongkaiException::notFound);
        boolean answered = t.status() == TicketStatus.CLOSED || t.status() == TicketStatus.CALLED_BACK;
        List<EventView> events = events(t, false).stream()
                .map(e -> new EventView(e.type(), e.label(), e.at(), null, e.unitName(), null, null, null, null, null))
                .toList();
        return new PublicStatus(t.number(), settings.label(t.intake().category()), t.intake().title(),
                t.status().name(), t.status().label(), t.receivedAt(), t.dueOn(), events, answered ? t.reply() : null);
    }

    /** A queue: the centre's (every unit) or the actor's units'. */
    public List<TicketLine> queue(Actor actor, Set<TicketStatus> statuses) {
        Set<Long> own = scope.isCentre(actor) ? null : scope.handlingUnits(actor);
        return tickets.queue(own, statuses, 200);
    }

    /** The overdue list: open tickets past their due date, the centre's (every unit) or the actor's units'. */
    public List<TicketLine> overdue(Actor actor) {
        Set<Long> own = scope.isCentre(actor) ? null : scope.handlingUnits(actor);
        return tickets.overdue(own, actions.today(), 200);
    }

    /** The light of a ticket in a queue; null when it no longer counts against its limit. */
    public TicketLight light(TicketLine line) {
        if (!line.status().open() || line.dueOn() == null) {
            return null;
        }
        java.time.LocalDate today = actions.today();
        if (today.isAfter(line.dueOn())) {
            return TicketLight.RED;
        }
        return calendar.workingDaysBetween(today, line.dueOn()) <= HotlineSweep.REMIND_WORKING_DAYS
                ? TicketLight.YELLOW : TicketLight.GREEN;
    }

    /** The unit suggested for a topic by the responsibility list (a setting), if any. */
    public Optional<UnitDirectory.UnitView> suggestedUnit(String topic) {
        if (topic == null || topic.isBlank()) {
            return Optional.empty();
        }
        String key = topic.trim().toLowerCase(Locale.ROOT);
        return settings.responsibilities().entrySet().stream()
                .filter(e -> e.getKey().trim().toLowerCase(Locale.ROOT).equals(key))
                .map(Map.Entry::getValue).findFirst().flatMap(units::findByCreditCode);
    }

    /** An open ticket like the one being taken in (a hint at intake). */
    public record SimilarTicket(String ticketNumber, String title, String statusLabel, String address,
            Instant receivedAt) {}

    /** Open tickets similar by text and address to what the operator typed (centre only), best first. */
    public List<SimilarTicket> similarOpen(Actor actor, String text, String address) {
        scope.requireCentre(actor);
        return similar.similar(text, address, 5).stream().map(h -> new SimilarTicket(h.ticketNumber(), h.title(),
                h.status().label(), h.address(), h.receivedAt())).toList();
    }

    /** A published document that may answer a consultation: the knowledge base at intake. */
    public record KnowledgeAnswer(String title, String publisher, String url, String snippet) {}

    /**
     * The knowledge base (centre only): the published documents the portal's search ranks first for the caller's
     * question — the search module's own ranking, raised by similar answered questions (decision 018) — so that the
     * operator can answer a consultation at once. An internal look-up: not logged among citizens' zero results.
     */
    public List<KnowledgeAnswer> knowledge(Actor actor, String question) {
        scope.requireCentre(actor);
        if (question == null || question.isBlank()) {
            return List.of();
        }
        return documents.lookup(new org.gongkai.search.SearchQuery(asked(question), null, null, null, null, null, null,
                null, org.gongkai.search.SearchQuery.Sort.RELEVANCE, 1, 3)).items().stream()
                .map(h -> new KnowledgeAnswer(h.title(), h.publisher(), h.url(),
                        h.snippet() == null ? "" : org.jsoup.Jsoup.parse(h.snippet()).text()))
                .toList();
    }

    /**
     * A published service guide (办事指南) that may answer a consultation, with the key facts a caller asks for: 即办件
     * or 承诺件, the promised limit, where and when it is handled, the consultation phone, and the guide's page.
     */
    public record KnowledgeGuide(String code, String name, String unit, String kind, String promisedLimit,
            String place, String hours, String phone, String url) {}

    /**
     * The knowledge base's service guides (centre only, issue #12): the published guides the site search ranks first
     * for the caller's question (decision 032), so that a consultation about a service is answered at once.
     */
    public List<KnowledgeGuide> knowledgeGuides(Actor actor, String question) {
        scope.requireCentre(actor);
        if (question == null || question.isBlank()) {
            return List.of();
        }
        return documents.guides(new org.gongkai.search.SearchQuery(asked(question), null, null, null, null, null,
                null, null, org.gongkai.search.SearchQuery.Sort.RELEVANCE, 1, 3)).items().stream()
                .filter(h -> h.guide() != null)
                .map(h -> new KnowledgeGuide(h.guide().code(), h.title(), h.publisher(), h.guide().kind(),
                        h.guide().promisedLimit(), h.guide().place(), h.guide().hours(), h.guide().phone(), h.url()))
                .toList();
    }

    /** The caller's question as the knowledge base looks it up: stripped, at most 200 characters. */
    private static String asked(String question) {
        String q = question.strip();
        return q.codePointCount(0, q.length()) <= 200 ? q : q.substring(0, q.offsetByCodePoints(0, 200));
    }

    /** The caller's earlier tickets (centre only), newest first. */
    public List<String> callerHistory(Actor actor, String phone) {
        scope.requireCentre(actor);
        return tickets.byCaller(phone == null ? null : phone.replace(" ", "").trim(), 20); // as intake stores it
    }
}
