package org.gongkai.hotline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.TimeConfiguration;

/**
 * A 12345 ticket (工单): what the caller asked, where it stands in the loop and its ledger. State changes only through
 * the named methods below, each checking {@link HotlineLifecycle#TABLE} and appending its ledger entry; the repository
 * saves the row and the new entries.
 */
public final class Ticket {

    /** What was asked and by whom (the caller's name and phone are encrypted at rest). */
    public record Intake(String category, Urgency urgency, TicketChannel channel, String title, String content,
            String topic, String address, Double lat, Double lon, String callerName, String callerPhone,
            boolean anonymous) {}

    private final Long id;
    private final String number;
    private final Intake intake;
    private final Instant receivedAt;
    private final boolean imported;
    private final long version;
    private TicketStatus status;
    private Long unitId;
    private LocalDate cycleStartedOn;
    private LocalDate dueOn;
    private Integer extensionRequested;
    private int urgeCount;
    private int reopenCount;
    private String reply;
    private Instant closedAt;
    private LocalDate closedDueOn;
    private Long mergedIntoId;
    private final List<TicketEvent> events;
    private final List<TicketEvent> added = new ArrayList<>();

    Ticket(Long id, String number, Intake intake, Instant receivedAt, boolean imported, long version,
            TicketStatus status, Long unitId, LocalDate cycleStartedOn, LocalDate dueOn, Integer extensionRequested,
            int urgeCount, int reopenCount, String reply, Instant closedAt, LocalDate closedDueOn, Long mergedIntoId,
            List<TicketEvent> events) {
        this.id = id;
        this.number = number;
        this.intake = intake;
        this.receivedAt = receivedAt;
        this.imported = imported;
        this.version = version;
        this.status = status;
        this.unitId = unitId;
        this.cycleStartedOn = cycleStartedOn;
        this.dueOn = dueOn;
        this.extensionRequested = extensionRequested;
        this.urgeCount = urgeCount;
        this.reopenCount = reopenCount;
        this.reply = reply;
        this.closedAt = closedAt;
        this.closedDueOn = closedDueOn;
        this.mergedIntoId = mergedIntoId;
        this.events = new ArrayList<>(events);
    }

    /** A ticket just taken in. */
    static Ticket received(String number, Intake intake, Instant at, boolean imported, String by) {
        LocalDate on = day(at);
        Ticket t = new Ticket(null, number, intake, at, imported, 0, TicketStatus.RECEIVED, null, on, null, null, 0, 0,
                null, null, null, null, List.of());
        t.record(TicketEvent.Type.RECEIVED, at, null, null, null, by);
        return t;
    }

    static LocalDate day(Instant at) {
        return at.atZone(TimeConfiguration.ZONE).toLocalDate();
    }

    private TicketStatus move(TicketAction action) {
        return HotlineLifecycle.TABLE.require(status, action);
    }

    private void record(TicketEvent.Type type, Instant at, Long unit, Integer days, String detail, String by) {
        append(new TicketEvent(type, at, unit, days, detail, by));
    }

    private void append(TicketEvent e) {
        if (!events.isEmpty() && e.at().isBefore(events.get(events.size() - 1).at())) {
            throw new GongkaiException(ErrorCode.DATE_BEFORE_PREVIOUS_EVENT,
                    "“" + e.type().label() + "”的时间早于上一办理事项的时间", "at");
        }
        events.add(e);
        added.add(e);
    }

    void dispatch(long toUnit, Instant at, String note, String by) {
        dispatch(toUnit, List.of(), at, note, by);
    }

    /** The most co-units one dispatch may name. */
    static final int CO_UNITS_MAX = 5;

    /** Dispatches to a lead unit and, for joint handling (联合办理), to co-units that each give their part. */
    void dispatch(long toUnit, List<Long> coUnits, Instant at, String note, String by) {
        TicketStatus next = move(TicketAction.DISPATCH);
        if (coUnits.size() > CO_UNITS_MAX || coUnits.contains(toUnit)
                || coUnits.stream().distinct().count() != coUnits.size()) {
            throw GongkaiException.invalid("coUnitCodes",
                    "协办单位最多 " + CO_UNITS_MAX + " 个，不能重复，也不能是主办单位");
        }
        status = next;
        unitId = toUnit;
        record(TicketEvent.Type.DISPATCHED, at, toUnit, null, note, by);
        for (long co : coUnits) {
            record(TicketEvent.Type.CO_DISPATCHED, at, co, null, null, by);
        }
    }

    /** A co-unit's part (协办意见): once per co-unit of the current cycle, while the lead unit holds the ticket. */
    void contribute(long coUnit, String part, Instant at, String by) {
        TicketStatus next = move(TicketAction.CONTRIBUTE);
        Map<Long, TicketEvent> parts = coUnitParts();
        if (!parts.containsKey(coUnit)) {
            throw new GongkaiException(ErrorCode.FORBIDDEN, "只有本工单的协办单位可以提交协办意见");
        }
        if (parts.get(coUnit) != null) {
            throw new GongkaiException(ErrorCode.HOTLINE_PART_ALREADY_GIVEN, "本单位已提交协办意见", "part");
        }
        status = next;
        record(TicketEvent.Type.CO_PART, at, coUnit, null, part, by);
    }

    /**
     * The co-units of the current cycle (since the last reopening) in the order named, each with its part (the
     * CO_PART entry) or null while it is missing.
     */
    public Map<Long, TicketEvent> coUnitParts() {
        Map<Long, TicketEvent> out = new LinkedHashMap<>();
        for (TicketEvent e : events) {
            switch (e.type()) {
                case REOPENED -> out.clear();
                case CO_DISPATCHED -> out.putIfAbsent(e.unitId(), null);
                case CO_PART -> out.put(e.unitId(), e);
                default -> { }
            }
        }
        return out;
    }

    /** Whether a co-unit's part is still missing (the lead unit cannot reply yet). */
    boolean partsMissing() {
        return coUnitParts().containsValue(null);
    }

    void accept(Instant at, String by) {
        status = move(TicketAction.ACCEPT);
        record(TicketEvent.Type.ACCEPTED, at, unitId, null, null, by);
    }

    void giveBack(String reason, Instant at, String by) {
        status = move(TicketAction.RETURN);
        record(TicketEvent.Type.RETURNED, at, unitId, null, reason, by);
    }

    void arbitrate(long toUnit, String decision, Instant at, String by) {
        status = move(TicketAction.ARBITRATE);
        unitId = toUnit;
        record(TicketEvent.Type.ARBITRATED, at, toUnit, null, decision, by);
        record(TicketEvent.Type.DISPATCHED, at, toUnit, null, "仲裁后派单", by);
    }

    void requestExtension(int days, String reason, Instant at, String by) {
        status = move(TicketAction.REQUEST_EXTENSION);
        if (extensionRequested != null) {
            throw new GongkaiException(ErrorCode.HOTLINE_EXTENSION_PENDING, "已有待中心审批的延期申请", "days");
        }
        extensionRequested = days;
        record(TicketEvent.Type.EXTENSION_REQUESTED, at, unitId, days, reason, by);
    }

    /** The centre decides the unit's request: approves (with the days it grants) or refuses it. */
    void decideExtension(boolean approved, int days, String note, Instant at, String by) {
        status = move(TicketAction.EXTEND);
        if (extensionRequested == null) {
            throw new GongkaiException(ErrorCode.HOTLINE_NO_EXTENSION_REQUESTED, "承办单位没有申请延期，不能批准", "approved");
        }
        extensionRequested = null;
        record(approved ? TicketEvent.Type.EXTENDED : TicketEvent.Type.EXTENSION_REFUSED, at, unitId,
                approved ? days : null, note, by);
    }

    void urge(String note, Instant at, String by) {
        status = move(TicketAction.URGE);
        urgeCount++;
        record(TicketEvent.Type.URGED, at, unitId, urgeCount, note, by);
    }

    void reply(String text, Instant at, String by) {
        TicketStatus from = status;
        TicketStatus next = move(TicketAction.REPLY);
        if (from == TicketStatus.RECEIVED && !"CONSULTATION".equals(intake.category())) {
            throw new GongkaiException(ErrorCode.HOTLINE_CENTRE_ANSWERS_CONSULTATIONS_ONLY,
                    "中心只能直接答复咨询类工单，其他工单须派单办理", "reply");
        }
        if (partsMissing()) {
            throw new GongkaiException(ErrorCode.HOTLINE_CO_UNIT_PARTS_MISSING,
                    "还有协办单位未提交协办意见，主办单位汇总后再答复", "reply");
        }
        status = next; // a refused reply leaves the ticket as it was
        if (from == TicketStatus.RECEIVED) {
            unitId = null;
        }
        reply = text;
        extensionRequested = null;
        record(TicketEvent.Type.REPLIED, at, unitId, null, text, by);
    }

    void close(LocalDate dueWhenClosed, Instant at, String by) {
        status = move(TicketAction.CLOSE);
        closedAt = at;
        closedDueOn = dueWhenClosed;
        record(TicketEvent.Type.CLOSED, at, unitId, null, null, by);
    }

    void callback(int satisfaction, boolean solved, String note, Instant at, String by) {
        status = move(TicketAction.CALLBACK);
        append(new TicketEvent(TicketEvent.Type.CALLBACK, at, unitId, null, satisfaction, solved, note, by));
    }

    /** Reopens for an unsatisfied citizen, at most {@code limit} times; the ticket goes back to the centre. */
    void reopen(int limit, String reason, Instant at, String by) {
        status = move(TicketAction.REOPEN);
        TicketEvent last = lastCallback();
        if (last != null && last.satisfaction() > 2 && Boolean.TRUE.equals(last.solved())) {
            throw new GongkaiException(ErrorCode.HOTLINE_NOT_UNSATISFIED,
                    "回访结果为满意且已解决，不能重新办理", "reason");
        }
        if (reopenCount >= limit) {
            throw new GongkaiException(ErrorCode.HOTLINE_REOPEN_LIMIT, "该工单已重新办理过 " + reopenCount + " 次，达到上限", "reason");
        }
        reopenCount++;
        cycleStartedOn = day(at);
        closedAt = null;
        closedDueOn = null;
        reply = null;
        record(TicketEvent.Type.REOPENED, at, unitId, null, reason, by);
    }

    void mergeInto(Ticket target, Instant at, String by) {
        status = move(TicketAction.MERGE);
        if (target.id == null || target.id.equals(id) || !target.status.open()) {
            throw new GongkaiException(ErrorCode.HOTLINE_MERGE_TARGET, "只能合并到另一张未办结的工单", "into");
        }
        mergedIntoId = target.id;
        record(TicketEvent.Type.MERGED, at, unitId, null, "合并到 " + target.number, by);
    }

    void dueOn(LocalDate due) {
        this.dueOn = due;
    }

    /** Approved extensions of the current cycle (after the last reopening), for the clock. */
    List<HotlineClock.Extension> extensions() {
        List<HotlineClock.Extension> out = new ArrayList<>();
        for (TicketEvent e : events) {
            if (e.type() == TicketEvent.Type.REOPENED) {
                out.clear();
            } else if (e.type() == TicketEvent.Type.EXTENDED) {
                out.add(new HotlineClock.Extension(day(e.at()), e.days()));
            }
        }
        return out;
    }

    /** The last callback's satisfaction and solved flag, or null when none. */
    TicketEvent lastCallback() {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).type() == TicketEvent.Type.CALLBACK) {
                return events.get(i);
            }
        }
        return null;
    }

    public Long id() { return id; }
    public String number() { return number; }
    public Intake intake() { return intake; }
    public Instant receivedAt() { return receivedAt; }
    public LocalDate receivedOn() { return day(receivedAt); }
    public boolean imported() { return imported; }
    long version() { return version; }
    public TicketStatus status() { return status; }
    public Long unitId() { return unitId; }
    public LocalDate cycleStartedOn() { return cycleStartedOn; }
    public LocalDate dueOn() { return dueOn; }
    public Integer extensionRequested() { return extensionRequested; }
    public int urgeCount() { return urgeCount; }
    public int reopenCount() { return reopenCount; }
    public String reply() { return reply; }
    public Instant closedAt() { return closedAt; }
    public LocalDate closedDueOn() { return closedDueOn; }
    public Long mergedIntoId() { return mergedIntoId; }
    public List<TicketEvent> events() { return List.copyOf(events); }
    List<TicketEvent> added() { return List.copyOf(added); }
}
