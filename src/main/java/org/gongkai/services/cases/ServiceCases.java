package org.gongkai.services.cases;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.PersonalData;
import org.gongkai.services.ItemTerms;
import org.gongkai.services.ItemTermsLookup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of service cases, for the console pages (desk), the staff API and the public status: the officer's
 * view of one case, the staff queue by unit and station with data scope and due-date filters, and the public status by
 * case number and query code (a wrong code answers exactly like an unknown case: 404).
 */
@Service
@Transactional(readOnly = true)
public class ServiceCases {

    private final CaseActions actions;
    private final ItemTermsLookup items;
    private final CaseNumbers numbers;
    private final WorkingDayCalendar calendar;
    private final ServiceCaseSettings settings;
    private final JdbcClient jdbc;

    ServiceCases(CaseActions actions, ItemTermsLookup items, CaseNumbers numbers, WorkingDayCalendar calendar,
            ServiceCaseSettings settings, JdbcClient jdbc) {
        this.actions = actions;
        this.items = items;
        this.numbers = numbers;
        this.calendar = calendar;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    /** The clock the cases count with (the desk's page explains it). */
    public ServiceClock clock() {
        return actions.clock;
    }

    /** One case for a staff member who may read it; 404 otherwise. */
    public CaseView view(Actor actor, String caseNumber) {
        ServiceCase c = actions.find(caseNumber);
        CaseAccess.Scope scope = actions.access.scope(actor);
        if (!scope.mayRead(c)) {
            throw GongkaiException.outOfScope("ServiceCase", c.caseNumber());
        }
        LocalDate today = actions.today();
        ServiceClock.Reading r = c.reading(actions.clock, today);
        ServiceCaseRepository.Station station = c.stationId() == null ? null
                : actions.repository.station(c.stationId()).orElse(null);
        Applicant a = c.applicant();
        Set<CaseAction> allowed = scope.mayAct(c) ? ServiceCaseLifecycle.TABLE.allowedActions(c.status())
                : EnumSet.noneOf(CaseAction.class);
        return new CaseView(c.caseNumber(), c.itemCode(), itemName(c), c.status(), c.channel(),
                station == null ? null : station.code(), station == null ? null : station.name(), c.agentName(),
                c.unitId(), c.acceptingUnitId(), a.type(), PersonalData.maskName(a.name()),
                PersonalData.maskKeeping(a.identity(), 2, 3), PersonalData.maskMobile(a.phone()), c.receivedOn(),
                r.acceptedOn(), r.dueOn(), r.provisional(), r.overdue(), r.light(), r.daysLeft(), c.terms().words(),
                r.explanation(), lines(c, r, true), allowed, c.refusalReason(), c.refusalBasis(), c.refusedOn(),
                c.result(), c.completedOn(), c.deliveredOn(), c.deliveryMethod(), c.imported());
    }

    /** What the public status page and API show. */
    public record PublicStatus(String caseNumber, String itemCode, String itemName, CaseStatus status,
            String applicantName, LocalDate receivedOn, LocalDate acceptedOn, LocalDate dueDate, boolean overdue,
            List<CaseView.Line> events, String refusalReason, String refusalBasis, String result,
            LocalDate completedOn, LocalDate deliveredOn, DeliveryMethod deliveryMethod) {}

    /** The status for whoever holds the case number and its query code; a wrong code is 404 like a missing case. */
    public PublicStatus status(String caseNumber, String queryCode) {
        String n = caseNumber == null ? "" : caseNumber.strip().toUpperCase();
        if (queryCode == null || queryCode.isBlank() || queryCode.length() > 32) {
            throw GongkaiException.notFound();
        }
        String stored = actions.repository.queryCodeHash(n).orElseThrow(GongkaiException::notFound);
        String given = numbers.queryCodeHash(n, queryCode);
        if (!MessageDigest.isEqual(stored.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            throw GongkaiException.notFound();
        }
        ServiceCase c = actions.find(n);
        ServiceClock.Reading r = c.reading(actions.clock, actions.today());
        return new PublicStatus(c.caseNumber(), c.itemCode(), itemName(c), c.status(),
                PersonalData.maskName(c.applicant().name()), c.receivedOn(), r.acceptedOn(), r.dueOn(), r.overdue(),
                lines(c, r, false), c.refusalReason(), c.refusalBasis(), c.result(), c.completedOn(), c.deliveredOn(),
                c.deliveryMethod());
    }

    /** The queue of the viewer's scope (deciding or accepting unit, or the agent's stations), newest first. */
    public CaseQueue.Page queue(Actor actor, CaseQueue.Filter filter) {
        CaseAccess.Scope scope = actions.access.scope(actor);
        Set<Long> units = scope.units();
        Set<Long> stations = scope.agentStations();
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new java.util.HashMap<>();
        if (filter.unitId() != null) {
            if (!units.contains(filter.unitId())) {
                throw GongkaiException.outOfScope("Unit", filter.unitId());
            }
            where.append("(c.unit_id = :unit OR c.accepting_unit_id = :unit)");
            params.put("unit", filter.unitId());
        } else {
            List<String> parts = new ArrayList<>();
            if (!units.isEmpty()) {
                parts.add("c.unit_id IN (:units) OR c.accepting_unit_id IN (:units)");
                params.put("units", units);
            }
            if (!stations.isEmpty()) {
                parts.add("c.station_id IN (:stations)");
                params.put("stations", stations);
            }
            if (parts.isEmpty()) {
                return new CaseQueue.Page(0, filter.page(), filter.size(), List.of());
            }
            where.append("(").append(String.join(" OR ", parts)).append(")");
        }
        if (filter.stationCode() != null && !filter.stationCode().isBlank()) {
            where.append(" AND s.code = :station");
            params.put("station", filter.stationCode().strip());
        }
        if (filter.status() != null) {
            where.append(" AND c.status = :status");
            params.put("status", filter.status().name());
        }
        LocalDate today = actions.today();
        switch (filter.due()) {
            case OPEN -> where.append(" AND c.status IN ('ACCEPTED', 'SUSPENDED')");
            case DUE_SOON -> {
                where.append(" AND c.status IN ('ACCEPTED', 'SUSPENDED') AND c.due_on >= :today AND c.due_on <= :soon");
                params.put("today", today);
                params.put("soon", lastYellowDay(today));
            }
            case OVERDUE -> {
                where.append(" AND c.status IN ('ACCEPTED', 'SUSPENDED') AND c.due_on < :today");
                params.put("today", today);
            }
            default -> { }
        }
        String from = " FROM services_case c JOIN services_item i ON i.id = c.item_id "
                + "LEFT JOIN services_station s ON s.id = c.station_id WHERE " + where;
        long total = jdbc.sql("SELECT COUNT(*)" + from).params(params).query(Long.class).single();
        String order = filter.due() == CaseQueue.Due.ALL ? " ORDER BY c.id DESC" : " ORDER BY c.due_on, c.id";
        List<CaseQueue.Row> rows = jdbc.sql("SELECT c.case_number, i.code, i.name, c.applicant_name, c.channel, "
                        + "s.name AS station_name, c.status, c.received_on, c.accepted_on, c.due_on" + from + order
                        + " LIMIT :limit OFFSET :offset")
                .params(params).param("limit", filter.size()).param("offset", (filter.page() - 1) * filter.size())
                .query((rs, n) -> {
                    CaseStatus status = CaseStatus.valueOf(rs.getString("status"));
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    return new CaseQueue.Row(rs.getString("case_number"), rs.getString("code"), rs.getString("name"),
                            PersonalData.maskName(rs.getString("applicant_name")),
                            org.gongkai.services.CaseChannel.valueOf(rs.getString("channel")),
                            rs.getString("station_name"), status, rs.getObject("received_on", LocalDate.class),
                            rs.getObject("accepted_on", LocalDate.class), due,
                            status.isOpen() && due != null ? light(today, due) : null);
                })
                .list();
        return new CaseQueue.Page(total, filter.page(), filter.size(), rows);
    }

    /** The light of an open case due on {@code due}, from the cached due date. */
    CaseLight light(LocalDate today, LocalDate due) {
        if (today.isAfter(due)) {
            return CaseLight.RED;
        }
        return calendar.workingDaysBetween(today, due) <= settings.yellowWorkingDays() ? CaseLight.YELLOW
                : CaseLight.GREEN;
    }

    /** The last due date that is yellow today: the day before the (threshold + 1)-th working day after today. */
    LocalDate lastYellowDay(LocalDate today) {
        return calendar.addWorkingDays(today, settings.yellowWorkingDays() + 1).date().minusDays(1);
    }

    private String itemName(ServiceCase c) {
        return items.byId(c.itemId()).map(ItemTerms::name).orElse(c.itemCode());
    }

    /** Each event explained; the public view leaves out the internal reminders and overdue marks. */
    private static List<CaseView.Line> lines(ServiceCase c, ServiceClock.Reading r, boolean staff) {
        List<CaseView.Line> out = new ArrayList<>();
        for (CaseEvent e : c.events()) {
            if (!staff && (e.type() == CaseEventType.REMINDED || e.type() == CaseEventType.OVERDUE)) {
                continue;
            }
            String clockWords = r.words().get(e.seq());
            String detail = e.detail() == null || e.detail().isBlank() ? null : e.detail();
            String words = clockWords != null ? clockWords + (detail != null && e.type() == CaseEventType.COMPLETED
                    ? "；办理结果：" + detail : "")
                    : e.on() + " " + e.type().label() + (detail == null ? "" : "：" + detail);
            out.add(new CaseView.Line(e.type(), e.on(), words));
        }
        return out;
    }
}
