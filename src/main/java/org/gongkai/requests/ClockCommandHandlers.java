package org.gongkai.requests;

import static org.gongkai.requests.RequestActions.describe;

import org.gongkai.commands.CommandHandler;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.requests.RequestCommands.AcceptRequest;
import org.gongkai.requests.RequestCommands.ArchiveRequest;
import org.gongkai.requests.RequestCommands.DecideRequest;
import org.gongkai.requests.RequestCommands.DeliverReply;
import org.gongkai.requests.RequestCommands.EndConsultation;
import org.gongkai.requests.RequestCommands.ExtendRequest;
import org.gongkai.requests.RequestCommands.RecordCorrection;
import org.gongkai.requests.RequestCommands.RecordPayment;
import org.gongkai.requests.RequestCommands.RequestCorrection;
import org.gongkai.requests.RequestCommands.ReviewRequest;
import org.gongkai.requests.RequestCommands.SendFeeNotice;
import org.gongkai.requests.RequestCommands.StartConsultation;
import org.gongkai.requests.RequestCommands.WithdrawRequest;
import org.gongkai.requests.fees.FeeSchedule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The handlers of the commands that move a request along its lifecycle and its statutory clock (accept, review,
 * correction, consultation, extension, fee, decision, withdrawal, delivery, archive). Each checks
 * {@link RequestLifecycle} first (through {@link RequestActions#apply}); the clock then checks the dates.
 */
@Configuration(proxyBeanMethods = false)
class ClockCommandHandlers {

    private final RequestActions actions;

    ClockCommandHandlers(RequestActions actions) {
        this.actions = actions;
    }

    @Bean
    CommandHandler<AcceptRequest, ClockState> acceptRequestHandler() {
        return actions.handler(AcceptRequest.class, (c, context) -> actions.apply(context, c.trackingNumber(),
                RequestAction.ACCEPT, request -> {
                    if (request.clock(actions.clock, actions.today()).receivedOn() == null) {
                        ClockEvent received = ClockEvent.of(ClockEventType.RECEIVED, actions.date(c.on()),
                                request.channel().receiptRule());
                        actions.requireDate(request, received.on(), "on");
                        actions.append(request, received);
                    }
                    return null;
                }), (c, state) -> describe(state));
    }

    @Bean
    CommandHandler<ReviewRequest, ClockState> reviewRequestHandler() {
        return actions.handler(ReviewRequest.class,
                (c, context) -> actions.apply(context, c.trackingNumber(), RequestAction.REVIEW, request -> null),
                (c, state) -> "审核完成");
    }

    @Bean
    CommandHandler<RequestCorrection, ClockState> requestCorrectionHandler() {
        return actions.handler(RequestCorrection.class, (c, context) -> {
            java.time.LocalDate on = actions.date(c.on());
            if (c.deadline() != null && c.deadline().isAfter(on.plusYears(1))) {
                throw new GongkaiException(ErrorCode.OUT_OF_RANGE, "补正期限不能晚于发出日期后一年", "deadline");
            }
            return actions.record(context, c.trackingNumber(), RequestAction.REQUEST_CORRECTION,
                    new ClockEvent(ClockEventType.CORRECTION_REQUESTED, on, null, c.deadline(), null, c.what().trim()));
        }, (c, state) -> describe(state));
    }

    @Bean
    CommandHandler<RecordCorrection, ClockState> recordCorrectionHandler() {
        return actions.handler(RecordCorrection.class, (c, context) -> actions.record(context, c.trackingNumber(),
                RequestAction.RECORD_CORRECTION, ClockEvent.of(ClockEventType.CORRECTION_RECEIVED, actions.date(c.on()))),
                (c, state) -> describe(state));
    }

    @Bean
    CommandHandler<StartConsultation, ClockState> startConsultationHandler() {
        return actions.handler(StartConsultation.class, (c, context) -> actions.record(context, c.trackingNumber(),
                RequestAction.START_CONSULTATION,
                ClockEvent.of(ClockEventType.CONSULTATION_STARTED, actions.date(c.on()), c.consultee().trim())),
                (c, state) -> describe(state));
    }

    @Bean
    CommandHandler<EndConsultation, ClockState> endConsultationHandler() {
        return actions.handler(EndConsultation.class, (c, context) -> actions.record(context, c.trackingNumber(),
                RequestAction.END_CONSULTATION, ClockEvent.of(ClockEventType.CONSULTATION_ENDED, actions.date(c.on()))),
                (c, state) -> describe(state));
    }

    @Bean
    CommandHandler<ExtendRequest, ClockState> extendRequestHandler() {
        return actions.handler(ExtendRequest.class, (c, context) -> actions.record(context, c.trackingNumber(),
                RequestAction.EXTEND, new ClockEvent(ClockEventType.EXTENDED, actions.date(c.on()), c.days(), null, null,
                        c.approver().trim())),
                (c, state) -> describe(state));
    }

    @Bean
    CommandHandler<SendFeeNotice, ClockState> sendFeeNoticeHandler(ObjectProvider<FeeSchedule> fees) {
        return actions.handler(SendFeeNotice.class, (c, context) -> actions.apply(context, c.trackingNumber(),
                RequestAction.SEND_FEE_NOTICE, request -> {
                    java.time.LocalDate on = actions.date(c.on());
                    actions.requireDate(request, on, "on");
                    long fen = amount(fees, request, c, on);
                    request.feeAmountFen(fen);
                    return actions.append(request, ClockEvent.of(ClockEventType.FEE_NOTICE, on, "金额 "
                            + RequestService.yuan(fen) + " 元（" + ("PER_PAGE".equals(c.method()) ? "按量" : "按件") + "计收）"));
                }), (c, state) -> describe(state));
    }

    /** Per application (this applicant's ordinal in the calendar month) or per page, never both. */
    private long amount(ObjectProvider<FeeSchedule> fees, DisclosureRequest request, SendFeeNotice c,
            java.time.LocalDate on) {
        long fen;
        if ("PER_APPLICATION".equals(c.method())) {
            ClockState now = request.clock(actions.clock, actions.today());
            int ordinal = actions.repository.ordinalInMonth(actions.repository.identityIndexOf(request.id()),
                    request.id(), now.receivedOn() == null ? on : now.receivedOn());
            fen = schedule(fees).perApplicationFen(ordinal);
        } else if ("PER_PAGE".equals(c.method())) {
            if (c.pages() == null || c.pages() < 1) {
                throw GongkaiException.invalid("pages", "请填写页数");
            }
            fen = schedule(fees).perPageFen(c.pages());
        } else {
            throw GongkaiException.invalid("method", "请选择计费方式：按件或按量（二者只能选一）");
        }
        if (fen <= 0) {
            throw GongkaiException.invalid("method", "按此方式计算不收费，无需发出收费通知");
        }
        return fen;
    }

    private static FeeSchedule schedule(ObjectProvider<FeeSchedule> fees) {
        FeeSchedule schedule = fees.getIfAvailable();
        if (schedule == null) {
            throw new GongkaiException(ErrorCode.FEE_SCHEDULE_NOT_CONFIGURED, "收费标准尚未配置");
        }
        return schedule;
    }

    @Bean
    CommandHandler<RecordPayment, ClockState> recordPaymentHandler() {
        return actions.handler(RecordPayment.class, (c, context) -> actions.record(context, c.trackingNumber(),
                RequestAction.RECORD_PAYMENT, ClockEvent.of(ClockEventType.FEE_PAID, actions.date(c.on()))),
                (c, state) -> describe(state));
    }

    @Bean
    CommandHandler<DecideRequest, ClockState> decideRequestHandler() {
        return actions.handler(DecideRequest.class, (c, context) -> actions.apply(context, c.trackingNumber(),
                RequestAction.DECIDE, request -> {
                    java.time.LocalDate on = actions.date(c.on());
                    actions.requireDate(request, on, "on");
                    ClockState state = actions.append(request,
                            new ClockEvent(ClockEventType.DECIDED, on, null, null, c.decisionCode(), null));
                    request.decisionReasons(c.reasons().trim());
                    return state;
                }), (c, state) -> c.decisionCode().label());
    }

    @Bean
    CommandHandler<WithdrawRequest, ClockState> withdrawRequestHandler() {
        return actions.handler(WithdrawRequest.class, (c, context) -> actions.apply(context, c.trackingNumber(),
                RequestAction.WITHDRAW, request -> {
                    java.time.LocalDate on = actions.date(c.on());
                    actions.requireDate(request, on, "on");
                    ClockState state = actions.append(request, new ClockEvent(ClockEventType.DECIDED, on, null, null,
                            DecisionCode.OTHER, "申请人撤回申请"));
                    request.decisionReasons("申请人撤回申请"
                            + (c.reason() == null || c.reason().isBlank() ? "" : "：" + c.reason().trim()));
                    return state;
                }), (c, state) -> describe(state));
    }

    @Bean
    CommandHandler<DeliverReply, ClockState> deliverReplyHandler() {
        return actions.handler(DeliverReply.class, (c, context) -> {
            ClockState state = actions.record(context, c.trackingNumber(), RequestAction.DELIVER,
                    ClockEvent.of(ClockEventType.DELIVERED, actions.date(c.on()), c.channel().trim()));
            context.publish(new RequestNotices.ReplyDelivered(c.trackingNumber().trim().toUpperCase(),
                    state.deliveredOn())); // notify mails the applicant who chose an electronic reply
            return state;
        }, (c, state) -> describe(state));
    }

    @Bean
    CommandHandler<ArchiveRequest, ClockState> archiveRequestHandler() {
        return actions.handler(ArchiveRequest.class,
                (c, context) -> actions.apply(context, c.trackingNumber(), RequestAction.ARCHIVE, request -> null),
                (c, state) -> "归档");
    }
}
