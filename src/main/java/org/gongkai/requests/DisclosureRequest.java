package org.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;

/**
 * The disclosure request aggregate (依申请公开申请): who asked what of which unit, its clock ledger and its
 * handling step. State changes only through the named methods; the clock rules live in {@link RequestClock}
 * and the step table in {@link RequestLifecycle}.
 */
public class DisclosureRequest {

    private Long id;
    private final String trackingNumber;
    private long unitId;
    private final Channel channel;
    private final Applicant applicant;
    private final String description;
    private final DeliveryForm deliveryForm;
    private final DeliveryChannel deliveryChannel;
    private final Instant submittedAt;
    private final boolean imported;
    private Step step;
    private Long assigneeId;
    private String decisionReasons;
    private Long feeAmountFen;
    private long version;
    private final List<ClockEvent> events;
    private final List<Review> reviews;
    private int savedEvents;

    DisclosureRequest(Long id, String trackingNumber, long unitId, Channel channel, Applicant applicant,
            String description, DeliveryForm deliveryForm, DeliveryChannel deliveryChannel, Instant submittedAt,
            boolean imported, Step step, Long assigneeId, String decisionReasons, Long feeAmountFen, long version,
            List<ClockEvent> events, List<Review> reviews) {
        this.id = id;
        this.trackingNumber = trackingNumber;
        this.unitId = unitId;
        this.channel = channel;
        this.applicant = applicant;
        this.description = description;
        this.deliveryForm = deliveryForm;
        this.deliveryChannel = deliveryChannel;
        this.submittedAt = submittedAt;
        this.imported = imported;
        this.step = step;
        this.assigneeId = assigneeId;
        this.decisionReasons = decisionReasons;
        this.feeAmountFen = feeAmountFen;
        this.version = version;
        this.events = new ArrayList<>(events);
        this.reviews = new ArrayList<>(reviews);
        this.savedEvents = events.size();
    }

    static DisclosureRequest submitted(String trackingNumber, long unitId, Channel channel, Applicant applicant,
            String description, DeliveryForm form, DeliveryChannel deliveryChannel, Instant at, boolean imported) {
        return new DisclosureRequest(null, trackingNumber, unitId, channel, applicant, description, form,
                deliveryChannel, at, imported, Step.REGISTERED, null, null, null, 0, List.of(), List.of());
    }

    /**
     * Appends an event to the clock ledger after replaying the whole ledger with it; a refused event leaves
     * the request unchanged. A decision moves the step to 答复.
     */
    ClockState record(ClockEvent event, RequestClock clock, LocalDate today) {
        List<ClockEvent> next = new ArrayList<>(events);
        next.add(event);
        ClockState state = clock.replay(next, today);
        if (event.type() == ClockEventType.DECIDED && step.isOpen()) {
            step = RequestLifecycle.TABLE.require(step, RequestAction.DECIDE);
        }
        events.add(event);
        return state;
    }

    ClockState clock(RequestClock clock, LocalDate today) {
        return clock.replay(events, today);
    }

    /** Moves along the lifecycle table ({@link RequestLifecycle#TABLE}); anything else is refused. */
    void perform(RequestAction action) {
        step = RequestLifecycle.TABLE.require(step, action);
    }

    void assignTo(long staffId) {
        requireOpen("指派承办人");
        assigneeId = staffId;
    }

    void transferTo(long newUnitId) {
        requireOpen("转办");
        if (newUnitId == unitId) {
            throw GongkaiException.invalid("unitCode", "申请已在该单位办理，无需转办");
        }
        unitId = newUnitId;
        assigneeId = null;
    }

    void decisionReasons(String reasons) {
        this.decisionReasons = reasons;
    }

    void feeAmountFen(long fen) {
        this.feeAmountFen = fen;
    }

    void addReview(Review review) {
        if (events.stream().noneMatch(e -> e.type() == ClockEventType.DECIDED)) {
            throw new GongkaiException(ErrorCode.NOT_YET_DECIDED, "尚未作出答复，不能登记行政复议或行政诉讼", "kind");
        }
        LocalDate decided = decidedOn();
        if (review.filedOn().isBefore(decided)) {
            throw GongkaiException.invalid("filedOn", "提起日期不得早于答复日期 " + decided);
        }
        reviews.add(review);
    }

    /** Records the final result of a pending review, known on {@code resultOn}; returns the updated review. */
    Review concludeReview(ReviewKind kind, LocalDate filedOn, ReviewResult result, LocalDate resultOn, LocalDate today) {
        if (result == null || result == ReviewResult.PENDING) {
            throw GongkaiException.invalid("result", "请选择审结结果（维持、纠正或其他）");
        }
        if (resultOn == null || resultOn.isBefore(filedOn) || resultOn.isAfter(today)) {
            throw GongkaiException.invalid("resultOn", "审结日期应在提起日期 " + filedOn + " 与今天之间");
        }
        for (int i = 0; i < reviews.size(); i++) {
            Review r = reviews.get(i);
            if (r.kind() == kind && r.filedOn().equals(filedOn) && r.result() == ReviewResult.PENDING) {
                Review concluded = new Review(kind, filedOn, result, resultOn);
                reviews.set(i, concluded);
                return concluded;
            }
        }
        throw new GongkaiException(ErrorCode.NO_PENDING_REVIEW, "没有该日期提起且尚未审结的" + kind.label(), "filedOn");
    }

    private void requireOpen(String action) {
        if (!step.isOpen()) {
            throw new GongkaiException(ErrorCode.ALREADY_DECIDED, "申请已答复，不能再" + action, "step");
        }
    }

    LocalDate decidedOn() {
        return events.stream().filter(e -> e.type() == ClockEventType.DECIDED).map(ClockEvent::on).findFirst()
                .orElse(null);
    }

    /** Events appended since load (the repository inserts them). */
    List<ClockEvent> unsavedEvents() {
        return List.copyOf(events.subList(savedEvents, events.size()));
    }

    void saved(long id, long version) {
        this.id = id;
        this.version = version;
        this.savedEvents = events.size();
    }

    public Long id() {
        return id;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public long unitId() {
        return unitId;
    }

    public Channel channel() {
        return channel;
    }

    public Applicant applicant() {
        return applicant;
    }

    public String description() {
        return description;
    }

    public DeliveryForm deliveryForm() {
        return deliveryForm;
    }

    public DeliveryChannel deliveryChannel() {
        return deliveryChannel;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public boolean imported() {
        return imported;
    }

    public Step step() {
        return step;
    }

    public Long assigneeId() {
        return assigneeId;
    }

    public String decisionReasons() {
        return decisionReasons;
    }

    public Long feeAmountFen() {
        return feeAmountFen;
    }

    public long version() {
        return version;
    }

    public List<ClockEvent> events() {
        return List.copyOf(events);
    }

    public List<Review> reviews() {
        return List.copyOf(reviews);
    }
}
