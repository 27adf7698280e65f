package org.gongkai.services.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.services.CaseChannel;

/**
 * A service case (办件): taken in for one item at a window, online or by a village agent, then accepted or refused,
 * suspended for special procedures, completed and delivered. Its state changes only through the named methods, each
 * checked against {@link ServiceCaseLifecycle#TABLE} and appending one ledger event; the due date is the
 * {@link ServiceClock}'s reading of that ledger, cached in {@link #dueOn()} for queues and KPIs.
 */
public final class ServiceCase {

    private Long id;
    private final String caseNumber;
    private final long itemId;
    private final String itemCode;
    private final long unitId;
    private final long acceptingUnitId;
    private final Long stationId;
    private final CaseChannel channel;
    private final String agentName;
    private final Applicant applicant;
    private final ClockTerms terms;
    private final LocalDate receivedOn;
    private final boolean imported;
    private final Instant createdAt;
    private CaseStatus status;
    private LocalDate acceptedOn;
    private LocalDate dueOn;
    private LocalDate refusedOn;
    private LocalDate completedOn;
    private Instant completedAt;
    private LocalDate deliveredOn;
    private DeliveryMethod deliveryMethod;
    private String result;
    private String refusalReason;
    private String refusalBasis;
    private long version;
    private final List<CaseEvent> events;
    private int savedEvents;

    /** Everything a stored case is made of (the repository's reading). */
    record State(Long id, String caseNumber, long itemId, String itemCode, long unitId, long acceptingUnitId,
            Long stationId, CaseChannel channel, String agentName, Applicant applicant, ClockTerms terms,
            LocalDate receivedOn, boolean imported, Instant createdAt, CaseStatus status, LocalDate acceptedOn,
            LocalDate dueOn, LocalDate refusedOn, LocalDate completedOn, Instant completedAt, LocalDate deliveredOn,
            DeliveryMethod deliveryMethod, String result, String refusalReason, String refusalBasis, long version,
            List<CaseEvent> events) {}

    ServiceCase(State s) {
        this.id = s.id();
        this.caseNumber = s.caseNumber();
        this.itemId = s.itemId();
        this.itemCode = s.itemCode();
        this.unitId = s.unitId();
        this.acceptingUnitId = s.acceptingUnitId();
        this.stationId = s.stationId();
        this.channel = s.channel();
        this.agentName = s.agentName();
        this.applicant = s.applicant();
        this.terms = s.terms();
        this.receivedOn = s.receivedOn();
        this.imported = s.imported();
        this.createdAt = s.createdAt();
        this.status = s.status();
        this.acceptedOn = s.acceptedOn();
        this.dueOn = s.dueOn();
        this.refusedOn = s.refusedOn();
        this.completedOn = s.completedOn();
        this.completedAt = s.completedAt();
        this.deliveredOn = s.deliveredOn();
        this.deliveryMethod = s.deliveryMethod();
        this.result = s.result();
        this.refusalReason = s.refusalReason();
        this.refusalBasis = s.refusalBasis();
        this.version = s.version();
        this.events = new ArrayList<>(s.events());
        this.savedEvents = s.id() == null ? 0 : this.events.size();
    }

    /** A case just taken in (收件) on {@code receivedOn}; not yet stored. */
    static ServiceCase received(String caseNumber, long itemId, String itemCode, long unitId, long acceptingUnitId,
            Long stationId, CaseChannel channel, String agentName, Applicant applicant, ClockTerms terms,
            LocalDate receivedOn, boolean imported, Instant createdAt) {
        ServiceCase c = new ServiceCase(new State(null, caseNumber, itemId, itemCode, unitId, acceptingUnitId,
                stationId, channel, agentName, applicant, terms, receivedOn, imported, createdAt, CaseStatus.RECEIVED,
                null, null, null, null, null, null, null, null, null, null, 0, List.of()));
        c.append(CaseEventType.RECEIVED, receivedOn, null, null, channel.label() + "收件"
                + (agentName == null ? "" : "（代办员 " + agentName + "）"));
        return c;
    }

    // --- transitions -------------------------------------------------------------------------------------

    /** 受理 on {@code on}: the promised limit starts counting the next day. */
    void accept(LocalDate on, ServiceClock clock, LocalDate today) {
        transition(CaseAction.ACCEPT, on, today, "on");
        acceptedOn = on;
        append(CaseEventType.ACCEPTED, on, null, null, terms.words());
        refresh(clock, today);
    }

    /** 不予受理 with the reason and the legal basis. */
    void refuse(LocalDate on, String reason, String basis, LocalDate today) {
        transition(CaseAction.REFUSE, on, today, "on");
        refusedOn = on;
        refusalReason = reason;
        refusalBasis = basis;
        append(CaseEventType.REFUSED, on, null, null, reason + "（依据：" + basis + "）");
    }

    /** A special procedure starts on {@code start}, planned to end on {@code plannedEnd} (may be unknown: null). */
    void suspend(SuspensionProcedure procedure, LocalDate start, LocalDate plannedEnd, ServiceClock clock,
            LocalDate today) {
        transition(CaseAction.SUSPEND, start, today, "start");
        if (plannedEnd != null && plannedEnd.isBefore(start)) {
            throw new GongkaiException(ErrorCode.VALIDATION_FAILED, "计划结束日期不能早于开始日期", "plannedEnd");
        }
        append(CaseEventType.SUSPENDED, start, procedure, plannedEnd,
                (procedure == null ? "特别程序" : procedure.label()) + (plannedEnd == null ? "" : "，计划至 " + plannedEnd));
        refresh(clock, today);
    }

    /** The special procedure ended on {@code end}: the days after its start up to and including {@code end} are excluded. */
    void resume(LocalDate end, ServiceClock clock, LocalDate today) {
        transition(CaseAction.RESUME, end, today, "end");
        append(CaseEventType.RESUMED, end, null, null, null);
        refresh(clock, today);
    }

    /** 办结 with the result. */
    void complete(LocalDate on, String resultText, Instant at, ServiceClock clock, LocalDate today) {
        transition(CaseAction.COMPLETE, on, today, "on");
        completedOn = on;
        completedAt = at;
        result = resultText;
        append(CaseEventType.COMPLETED, on, null, null, resultText);
        refresh(clock, today);
    }

    /** 送达 by {@code method}. */
    void deliver(LocalDate on, DeliveryMethod method, LocalDate today) {
        transition(CaseAction.DELIVER, on, today, "on");
        deliveredOn = on;
        deliveryMethod = method;
        append(CaseEventType.DELIVERED, on, null, null, method.label());
    }

    /** A reminder or the overdue mark of the sweeper (no change of state); false when it was already recorded. */
    boolean mark(CaseEventType type, LocalDate on, LocalDate due, String words) {
        if (type != CaseEventType.REMINDED && type != CaseEventType.OVERDUE) {
            throw new IllegalArgumentException(type.name());
        }
        boolean seen = events.stream().anyMatch(e -> e.type() == type && due.equals(e.until()));
        if (seen) {
            return false;
        }
        append(type, on, null, due, words);
        return true;
    }

    /** Replays the ledger and caches the due date. */
    ServiceClock.Reading refresh(ServiceClock clock, LocalDate today) {
        ServiceClock.Reading reading = clock.read(terms, events, today);
        dueOn = reading.dueOn();
        return reading;
    }

    public ServiceClock.Reading reading(ServiceClock clock, LocalDate today) {
        return clock.read(terms, events, today);
    }

    private void transition(CaseAction action, LocalDate on, LocalDate today, String field) {
        CaseStatus next = ServiceCaseLifecycle.TABLE.require(status, action);
        if (on == null) {
            throw GongkaiException.invalid(field, "请填写日期");
        }
        if (on.isAfter(today)) {
            throw new GongkaiException(ErrorCode.DATE_IN_FUTURE, "日期 " + on + " 晚于今天（" + today + "）", field);
        }
        CaseEvent last = lastStep();
        if (last != null && on.isBefore(last.on())) {
            throw new GongkaiException(ErrorCode.DATE_BEFORE_PREVIOUS_EVENT, "日期 " + on + " 早于上一事项“"
                    + last.type().label() + "”的日期 " + last.on() + "：办理事项须按时间先后登记", field);
        }
        status = next;
    }

    /** The last event of the lifecycle (reminders and overdue marks do not count). */
    private CaseEvent lastStep() {
        for (int i = events.size() - 1; i >= 0; i--) {
            CaseEventType t = events.get(i).type();
            if (t != CaseEventType.REMINDED && t != CaseEventType.OVERDUE) {
                return events.get(i);
            }
        }
        return null;
    }

    private void append(CaseEventType type, LocalDate on, SuspensionProcedure procedure, LocalDate until,
            String detail) {
        events.add(new CaseEvent(events.size() + 1, type, on, procedure, until, detail));
    }

    // --- persistence ---------------------------------------------------------------------------------------

    /** Events appended since the case was loaded or saved. */
    List<CaseEvent> unsavedEvents() {
        return List.copyOf(events.subList(savedEvents, events.size()));
    }

    void saved(long newId, long newVersion) {
        id = newId;
        version = newVersion;
        savedEvents = events.size();
    }

    // --- reading -------------------------------------------------------------------------------------------

    public Long id() { return id; }
    public String caseNumber() { return caseNumber; }
    public long itemId() { return itemId; }
    public String itemCode() { return itemCode; }
    public long unitId() { return unitId; }
    public long acceptingUnitId() { return acceptingUnitId; }
    public Long stationId() { return stationId; }
    public CaseChannel channel() { return channel; }
    public String agentName() { return agentName; }
    public Applicant applicant() { return applicant; }
    public ClockTerms terms() { return terms; }
    public LocalDate receivedOn() { return receivedOn; }
    public boolean imported() { return imported; }
    public Instant createdAt() { return createdAt; }
    public CaseStatus status() { return status; }
    public LocalDate acceptedOn() { return acceptedOn; }
    public LocalDate dueOn() { return dueOn; }
    public LocalDate refusedOn() { return refusedOn; }
    public LocalDate completedOn() { return completedOn; }
    public Instant completedAt() { return completedAt; }
    public LocalDate deliveredOn() { return deliveredOn; }
    public DeliveryMethod deliveryMethod() { return deliveryMethod; }
    public String result() { return result; }
    public String refusalReason() { return refusalReason; }
    public String refusalBasis() { return refusalBasis; }
    public long version() { return version; }
    public List<CaseEvent> events() { return List.copyOf(events); }
}
