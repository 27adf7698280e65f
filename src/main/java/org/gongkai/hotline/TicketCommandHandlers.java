package org.gongkai.hotline;

import java.util.function.BiConsumer;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.commands.CommandHandler;
import org.gongkai.commands.CommandHandlers;
import org.gongkai.hotline.HotlineCommands.AcceptTicket;
import org.gongkai.hotline.HotlineCommands.ArbitrateReturn;
import org.gongkai.hotline.HotlineCommands.CloseTicket;
import org.gongkai.hotline.HotlineCommands.ContributePart;
import org.gongkai.hotline.HotlineCommands.DecideExtension;
import org.gongkai.hotline.HotlineCommands.DispatchTicket;
import org.gongkai.hotline.HotlineCommands.MergeTicket;
import org.gongkai.hotline.HotlineCommands.RecordCallback;
import org.gongkai.hotline.HotlineCommands.ReopenTicket;
import org.gongkai.hotline.HotlineCommands.ReplyTicket;
import org.gongkai.hotline.HotlineCommands.RequestExtension;
import org.gongkai.hotline.HotlineCommands.ReturnTicket;
import org.gongkai.hotline.HotlineCommands.SubmitTicket;
import org.gongkai.hotline.HotlineCommands.TakeTicket;
import org.gongkai.hotline.HotlineCommands.Taken;
import org.gongkai.hotline.HotlineCommands.TicketCommand;
import org.gongkai.hotline.HotlineCommands.UrgeTicket;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One handler per ticket command. Each authorises (the ticket must be in the actor's scope, else 404; then the centre
 * or the unit holding the ticket, else 403), and the aggregate checks the lifecycle (409) and its own rules.
 */
@Configuration(proxyBeanMethods = false)
class TicketCommandHandlers {

    private final TicketActions actions;
    private final HotlineScope scope;
    private final TicketRepository tickets;
    private final HotlineSettings settings;

    TicketCommandHandlers(TicketActions actions, HotlineScope scope, TicketRepository tickets,
            HotlineSettings settings) {
        this.actions = actions;
        this.scope = scope;
        this.tickets = tickets;
        this.settings = settings;
    }

    private <C extends TicketCommand> BiConsumer<C, Actor> centre() {
        return (c, actor) -> {
            actions.visible(actor, c.ticketNumber());
            scope.requireCentre(actor);
        };
    }

    private <C extends TicketCommand> BiConsumer<C, Actor> holder() {
        return (c, actor) -> scope.requireHolder(actor, actions.visible(actor, c.ticketNumber()));
    }

    @Bean
    CommandHandler<SubmitTicket, Taken> submitTicketHandler(HotlineIntake intake) {
        return CommandHandlers.handle(SubmitTicket.class, (c, context) -> {
            HotlineIntake.Created created = intake.take(c.input(), c.channel(), false, actions.now(), "citizen");
            context.publish(created.received());
            return created.taken();
        }).describedBy((c, r) -> c.channel().label() + "，" + settings.label(c.input().category()))
                .objectId((c, r) -> r == null ? null : r.ticketNumber()).build();
    }

    @Bean
    CommandHandler<TakeTicket, Taken> takeTicketHandler(HotlineIntake intake) {
        return CommandHandlers.handle(TakeTicket.class, (c, context) -> {
            HotlineIntake.Created created = intake.take(c.input(), c.channel(), true, actions.now(),
                    context.requireActor().username());
            context.publish(created.received());
            return created.taken();
        }).authorisedBy((c, actor) -> scope.requireCentre(actor))
                .describedBy((c, r) -> c.channel().label() + "，" + settings.label(c.input().category()))
                .objectId((c, r) -> r == null ? null : r.ticketNumber()).build();
    }

    @Bean
    CommandHandler<DispatchTicket, Ticket> dispatchTicketHandler() {
        return CommandHandlers.handle(DispatchTicket.class, (c, context) -> {
            long unit = scope.unit(c.unitCode(), "unitCode");
            java.util.List<Long> coUnits = c.coUnitCodes().stream().map(code -> scope.unit(code, "coUnitCodes"))
                    .toList();
            Ticket t = actions.apply(context, c.ticketNumber(), (ticket, by) -> ticket.dispatch(unit, coUnits,
                    actions.now(), c.note(), by));
            context.publish(new HotlineEvents.TicketDispatched(t.number(), unit, actions.now()));
            for (long co : coUnits) {
                context.publish(new HotlineEvents.TicketCoDispatched(t.number(), co, unit, actions.now()));
            }
            return t;
        }).authorisedBy(centre()).describedBy((c, t) -> "派单至 " + c.unitCode()
                + (c.coUnitCodes().isEmpty() ? "" : "，协办 " + String.join("、", c.coUnitCodes()))).build();
    }

    @Bean
    CommandHandler<ContributePart, Ticket> contributePartHandler() {
        return CommandHandlers.handle(ContributePart.class, (c, context) -> {
            java.util.Set<Long> own = scope.handlingUnits(context.requireActor());
            return actions.apply(context, c.ticketNumber(), (t, by) -> {
                Long unit = scope.pendingCoUnit(t, own).orElseThrow(() -> new GongkaiException(
                        ErrorCode.HOTLINE_PART_ALREADY_GIVEN, "本单位已提交协办意见", "part"));
                t.contribute(unit, c.part().trim(), actions.now(), by);
            });
        }).authorisedBy((c, actor) -> scope.requireCoUnit(actor, actions.visible(actor, c.ticketNumber())))
                .describedBy((c, t) -> "提交协办意见").build();
    }

    @Bean
    CommandHandler<AcceptTicket, Ticket> acceptTicketHandler() {
        return CommandHandlers.handle(AcceptTicket.class, (c, context) -> actions.apply(context, c.ticketNumber(),
                (t, by) -> t.accept(actions.now(), by))).authorisedBy(holder()).build();
    }

    @Bean
    CommandHandler<ReturnTicket, Ticket> returnTicketHandler() {
        return CommandHandlers.handle(ReturnTicket.class, (c, context) -> {
            Ticket t = actions.apply(context, c.ticketNumber(), (ticket, by) -> ticket.giveBack(c.reason().trim(),
                    actions.now(), by));
            context.publish(new HotlineEvents.TicketReturned(t.number(), t.unitId(), actions.now()));
            return t;
        }).authorisedBy(holder()).describedBy((c, t) -> "退单理由：" + c.reason()).build();
    }

    @Bean
    CommandHandler<ArbitrateReturn, Ticket> arbitrateReturnHandler() {
        return CommandHandlers.handle(ArbitrateReturn.class, (c, context) -> {
            long unit = scope.unit(c.unitCode(), "unitCode");
            Ticket t = actions.apply(context, c.ticketNumber(), (ticket, by) -> ticket.arbitrate(unit,
                    c.decision().trim(), actions.now(), by));
            context.publish(new HotlineEvents.TicketDispatched(t.number(), unit, actions.now()));
            return t;
        }).authorisedBy(centre()).describedBy((c, t) -> "仲裁后派单至 " + c.unitCode()).build();
    }

    @Bean
    CommandHandler<RequestExtension, Ticket> requestExtensionHandler() {
        return CommandHandlers.handle(RequestExtension.class, (c, context) -> actions.apply(context, c.ticketNumber(),
                (t, by) -> {
                    if (c.days() > settings.maxExtensionDays()) {
                        throw new GongkaiException(ErrorCode.HOTLINE_EXTENSION_TOO_LONG, "延期最多 "
                                + settings.maxExtensionDays() + " 个工作日", "days");
                    }
                    t.requestExtension(c.days(), c.reason().trim(), actions.now(), by);
                })).authorisedBy(holder()).describedBy((c, t) -> "申请延期 " + c.days() + " 个工作日").build();
    }

    @Bean
    CommandHandler<DecideExtension, Ticket> decideExtensionHandler() {
        return CommandHandlers.handle(DecideExtension.class, (c, context) -> actions.apply(context, c.ticketNumber(),
                (t, by) -> {
                    int days = c.days() > 0 ? c.days() : t.extensionRequested() == null ? 0 : t.extensionRequested();
                    if (c.approved() && (days < 1 || days > settings.maxExtensionDays())) {
                        throw new GongkaiException(ErrorCode.HOTLINE_EXTENSION_TOO_LONG, "批准的延期应为 1 至 "
                                + settings.maxExtensionDays() + " 个工作日", "days");
                    }
                    t.decideExtension(c.approved(), days, c.note(), actions.now(), by);
                })).authorisedBy(centre())
                .describedBy((c, t) -> c.approved() ? "批准延期" : "不同意延期").build();
    }

    @Bean
    CommandHandler<UrgeTicket, Ticket> urgeTicketHandler() {
        return CommandHandlers.handle(UrgeTicket.class, (c, context) -> {
            Ticket t = actions.apply(context, c.ticketNumber(), (ticket, by) -> ticket.urge(c.note(), actions.now(),
                    by));
            context.publish(new HotlineEvents.TicketUrged(t.number(), t.unitId(), t.urgeCount(), actions.now()));
            return t;
        }).authorisedBy(centre()).describedBy((c, t) -> t == null ? null : "第 " + t.urgeCount() + " 次催办").build();
    }

    @Bean
    CommandHandler<ReplyTicket, Ticket> replyTicketHandler() {
        return CommandHandlers.handle(ReplyTicket.class, (c, context) -> {
            Ticket t = actions.apply(context, c.ticketNumber(), (ticket, by) -> ticket.reply(c.reply().trim(),
                    actions.now(), by));
            context.publish(new HotlineEvents.TicketReplied(t.number(), t.unitId(), actions.now()));
            return t;
        }).authorisedBy((c, actor) -> {
            Ticket t = actions.visible(actor, c.ticketNumber());
            if (t.status() == TicketStatus.RECEIVED) {
                scope.requireCentre(actor); // the centre answers a consultation itself
            } else {
                scope.requireHolder(actor, t);
            }
        }).build();
    }

    @Bean
    CommandHandler<CloseTicket, Ticket> closeTicketHandler() {
        return CommandHandlers.handle(CloseTicket.class, (c, context) -> {
            Ticket t = actions.apply(context, c.ticketNumber(), (ticket, by) -> ticket.close(actions.dueNow(ticket),
                    actions.now(), by));
            boolean onTime = !Ticket.day(t.closedAt()).isAfter(t.closedDueOn());
            context.publish(new HotlineEvents.TicketClosed(t.number(), t.unitId(), t.closedAt(), onTime));
            return t;
        }).authorisedBy(centre()).build();
    }

    @Bean
    CommandHandler<RecordCallback, Ticket> recordCallbackHandler() {
        return CommandHandlers.handle(RecordCallback.class, (c, context) -> {
            Ticket t = actions.apply(context, c.ticketNumber(), (ticket, by) -> ticket.callback(c.satisfaction(),
                    c.solved(), c.note(), actions.now(), by));
            context.publish(new HotlineEvents.TicketCalledBack(t.number(), t.unitId(), c.satisfaction(), c.solved(),
                    actions.now()));
            return t;
        }).authorisedBy(centre())
                .describedBy((c, t) -> "满意度 " + c.satisfaction() + "，" + (c.solved() ? "已解决" : "未解决")).build();
    }

    @Bean
    CommandHandler<ReopenTicket, Ticket> reopenTicketHandler() {
        return CommandHandlers.handle(ReopenTicket.class, (c, context) -> {
            Ticket t = actions.apply(context, c.ticketNumber(), (ticket, by) -> ticket.reopen(settings.reopenLimit(),
                    c.reason().trim(), actions.now(), by));
            context.publish(new HotlineEvents.TicketReopened(t.number(), actions.now()));
            return t;
        }).authorisedBy(centre()).build();
    }

    @Bean
    CommandHandler<MergeTicket, Ticket> mergeTicketHandler() {
        return CommandHandlers.handle(MergeTicket.class, (c, context) -> {
            Ticket target = tickets.find(c.into().trim())
                    .orElseThrow(() -> GongkaiException.invalid("into", "未找到要合并到的工单"));
            return actions.apply(context, c.ticketNumber(), (ticket, by) -> ticket.mergeInto(target, actions.now(),
                    by));
        }).authorisedBy(centre()).describedBy((c, t) -> "合并到 " + c.into()).build();
    }
}
