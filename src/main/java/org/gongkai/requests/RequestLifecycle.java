package org.gongkai.requests;

import static org.gongkai.requests.RequestAction.*;
import static org.gongkai.requests.Step.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.lifecycle.Lifecycle;

/**
 * THE request lifecycle, in one place: the handling steps (《条例》第四十五条 登记 → 审核 → 办理 → 答复 → 归档) ×
 * {@link RequestAction}, plus what the statutory clock's state allows now (an extension only once, a payment only
 * while a fee is awaited, …). Commands ask {@link #require} before they change anything; the request page shows
 * the forms of {@link #available} only. The clock itself ({@link RequestClock}) still checks the dates of every
 * event when it replays the ledger.
 */
public final class RequestLifecycle {

    private static final Set<Step> OPEN = EnumSet.of(REGISTERED, REVIEWING, PROCESSING);
    private static final Set<Step> DECIDED = EnumSet.of(REPLIED, ARCHIVED);

    /** Step × action → next step; anything else is refused. */
    public static final Lifecycle<Step, RequestAction> TABLE = table();

    private static Lifecycle<Step, RequestAction> table() {
        Lifecycle.Builder<Step, RequestAction> b = Lifecycle.of(Step.class, RequestAction.class)
                .edge(REGISTERED, ACCEPT, REVIEWING)
                .edge(REVIEWING, REVIEW, PROCESSING)
                .edges(OPEN, DECIDE, REPLIED)
                .edges(OPEN, WITHDRAW, REPLIED)
                .edge(REPLIED, DELIVER, REPLIED)
                .edge(REPLIED, ARCHIVE, ARCHIVED);
        for (RequestAction clockAction : List.of(REQUEST_CORRECTION, RECORD_CORRECTION, START_CONSULTATION,
                END_CONSULTATION, EXTEND, SEND_FEE_NOTICE, RECORD_PAYMENT, ASSIGN, TRANSFER)) {
            for (Step s : OPEN) {
                b.edge(s, clockAction, s);
            }
        }
        for (Step s : DECIDED) {
            b.edge(s, RECORD_REVIEW, s).edge(s, CONCLUDE_REVIEW, s);
        }
        for (Step s : Step.values()) {
            b.edge(s, ADD_NOTE, s).edge(s, ADD_ATTACHMENT, s);
        }
        return b.build();
    }

    private RequestLifecycle() {}

    /** A refusal with a stable code, its Chinese reason and the input it concerns (null: the whole form). */
    public record Refusal(ErrorCode code, String message, String field) {

        GongkaiException exception() {
            return new GongkaiException(code, message, field);
        }
    }

    /** The actions the step and the clock allow now (the request page shows only these forms). */
    public static Set<RequestAction> available(DisclosureRequest request, ClockState clock) {
        Set<RequestAction> out = EnumSet.noneOf(RequestAction.class);
        for (RequestAction action : RequestAction.values()) {
            if (refusal(request, clock, action).isEmpty()) {
                out.add(action);
            }
        }
        return out;
    }

    /**
     * What the step asks for next among the {@code available} actions: whatever the clock waits for first (a
     * correction, the consultee's opinion, the payment), then the step's own move — 受理 when registered, 审核完成
     * while reviewing, 作出答复 while processing, 送达 then 归档 once replied, the pending review's result when
     * archived. Empty when none of these is available (the page then shows only the folded list).
     */
    public static Optional<RequestAction> next(DisclosureRequest request, Set<RequestAction> available) {
        List<RequestAction> preference = switch (request.step()) {
            case REGISTERED -> List.of(ACCEPT);
            case REVIEWING -> List.of(RECORD_CORRECTION, END_CONSULTATION, RECORD_PAYMENT, REVIEW);
            case PROCESSING -> List.of(RECORD_CORRECTION, END_CONSULTATION, RECORD_PAYMENT, DECIDE);
            case REPLIED -> List.of(DELIVER, ARCHIVE, CONCLUDE_REVIEW);
            case ARCHIVED -> List.of(CONCLUDE_REVIEW);
        };
        return preference.stream().filter(available::contains).findFirst();
    }

    /** Refuses (with a specific code) what the step table or the clock's state does not allow; else the next step. */
    public static Step require(DisclosureRequest request, ClockState clock, RequestAction action) {
        Optional<Refusal> refused = refusal(request, clock, action);
        if (refused.isPresent()) {
            throw refused.get().exception();
        }
        return TABLE.require(request.step(), action);
    }

    static Optional<Refusal> refusal(DisclosureRequest request, ClockState clock, RequestAction action) {
        Step step = request.step();
        if (!TABLE.allows(step, action)) {
            if (!step.isOpen() && TABLE.allows(REGISTERED, action)) {
                return refuse(ErrorCode.ALREADY_DECIDED, "申请已答复，不能再" + action.label(), "step");
            }
            if (step.isOpen() && TABLE.allows(REPLIED, action)) {
                return refuse(ErrorCode.NOT_YET_DECIDED, "尚未作出答复，不能" + action.label(), "step");
            }
            return refuse(ErrorCode.TRANSITION_NOT_ALLOWED,
                    "办理环节为“" + step.label() + "”时不能" + action.label(), "step");
        }
        ClockState.Status status = clock.status();
        boolean received = clock.receivedOn() != null;
        return switch (action) {
            case REQUEST_CORRECTION -> !received ? unconfirmed()
                    : has(request, ClockEventType.CORRECTION_REQUESTED)
                            ? refuse(ErrorCode.CORRECTION_ALREADY_REQUESTED,
                                    "补正通知只能发出一次（《条例》第三十条：一次性告知申请人作出补正）", null)
                            : status != ClockState.Status.RUNNING ? paused(status) : none();
            case RECORD_CORRECTION -> status == ClockState.Status.AWAITING_CORRECTION ? none()
                    : refuse(ErrorCode.NO_CORRECTION_AWAITED, "没有待补正的通知，不能登记补正到达", null);
            case START_CONSULTATION -> !received ? unconfirmed()
                    : status != ClockState.Status.RUNNING ? paused(status) : none();
            case END_CONSULTATION -> status == ClockState.Status.IN_CONSULTATION ? none()
                    : refuse(ErrorCode.NO_CONSULTATION_OPEN, "没有进行中的征求意见，不能登记收到意见", null);
            case EXTEND -> !received ? unconfirmed()
                    : has(request, ClockEventType.EXTENDED)
                            ? refuse(ErrorCode.EXTENSION_ALREADY_USED, "答复期限只能延长一次（《条例》第三十三条）", null)
                            : status == ClockState.Status.AWAITING_CORRECTION ? paused(status) : none();
            case SEND_FEE_NOTICE -> !received ? unconfirmed()
                    : has(request, ClockEventType.FEE_NOTICE)
                            ? refuse(ErrorCode.FEE_NOTICE_ALREADY_SENT, "收费通知只能发出一次", null)
                            : status != ClockState.Status.RUNNING ? paused(status) : none();
            case RECORD_PAYMENT -> status == ClockState.Status.AWAITING_PAYMENT ? none()
                    : refuse(ErrorCode.NO_PAYMENT_AWAITED, "没有待缴的费用，不能登记缴费", null);
            case DECIDE, WITHDRAW -> received ? none() : unconfirmed();
            case DELIVER -> clock.deliveredOn() == null ? none()
                    : refuse(ErrorCode.ALREADY_DELIVERED, "答复已于 " + clock.deliveredOn() + " 送达", null);
            case ARCHIVE -> clock.deliveredOn() != null ? none()
                    : refuse(ErrorCode.NOT_DELIVERED, "答复送达后才能归档", "step");
            case CONCLUDE_REVIEW -> request.reviews().stream().anyMatch(r -> r.result() == ReviewResult.PENDING)
                    ? none() : refuse(ErrorCode.NO_PENDING_REVIEW, "没有尚未审结的行政复议或行政诉讼", null);
            default -> none();
        };
    }

    private static boolean has(DisclosureRequest request, ClockEventType type) {
        return request.events().stream().anyMatch(e -> e.type() == type);
    }

    private static Optional<Refusal> unconfirmed() {
        return refuse(ErrorCode.RECEIPT_NOT_CONFIRMED,
                "尚未确认收到申请：请先受理（答复期限自收到申请之日起算，《条例》第三十一条）", null);
    }

    private static Optional<Refusal> paused(ClockState.Status status) {
        return refuse(ErrorCode.CLOCK_PAUSED, "申请" + status.label() + "，此时不能执行该操作", null);
    }

    private static Optional<Refusal> refuse(ErrorCode code, String message, String field) {
        return Optional.of(new Refusal(code, message, field));
    }

    private static Optional<Refusal> none() {
        return Optional.empty();
    }
}
