package org.gongkai.services.cases;

import java.util.List;
import org.gongkai.commands.CommandHandler;
import org.gongkai.commands.CommandHandlers;
import org.gongkai.common.GongkaiException;
import org.gongkai.services.cases.ServiceCaseCommands.AcceptServiceCase;
import org.gongkai.services.cases.ServiceCaseCommands.CompleteServiceCase;
import org.gongkai.services.cases.ServiceCaseCommands.CreateServiceCase;
import org.gongkai.services.cases.ServiceCaseCommands.Created;
import org.gongkai.services.cases.ServiceCaseCommands.DeliverServiceCase;
import org.gongkai.services.cases.ServiceCaseCommands.RefuseServiceCase;
import org.gongkai.services.cases.ServiceCaseCommands.ResumeServiceCase;
import org.gongkai.services.cases.ServiceCaseCommands.SuspendServiceCase;
import org.gongkai.services.cases.ServiceCaseEvents.*;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One handler per service case command: intake, then each transition with the event it publishes. Acceptance runs the
 * {@link AcceptanceCheck}s first (the materials check of the desk).
 */
@Configuration(proxyBeanMethods = false)
class ServiceCaseHandlers {

    private final CaseActions actions;

    ServiceCaseHandlers(CaseActions actions) {
        this.actions = actions;
    }

    @Bean
    CommandHandler<CreateServiceCase, Created> createServiceCaseHandler(ServiceIntake intake) {
        return CommandHandlers.handle(CreateServiceCase.class, intake::create)
                .describedBy((c, created) -> c.channel() + " 收件，事项 " + c.itemCode())
                .objectId((c, created) -> created == null ? null : created.caseNumber())
                .build();
    }

    @Bean
    CommandHandler<AcceptServiceCase, ServiceCase> acceptServiceCaseHandler(List<AcceptanceCheck> checks) {
        return actions.handler(AcceptServiceCase.class, (c, context) -> {
            ServiceCase sc = actions.apply(context, c.caseNumber(), x -> {
                if (x.status() == CaseStatus.RECEIVED) {
                    checks.forEach(check -> check.beforeAccept(x.id(), x.itemId()));
                }
                x.accept(actions.date(c.on()), actions.clock, actions.today());
            });
            context.publish(new ServiceCaseAccepted(sc.caseNumber(), sc.unitId(), sc.acceptedOn(), sc.dueOn()));
            return sc;
        }, (c, sc) -> "受理 " + sc.acceptedOn() + "，期限 " + sc.dueOn());
    }

    @Bean
    CommandHandler<RefuseServiceCase, ServiceCase> refuseServiceCaseHandler() {
        return actions.handler(RefuseServiceCase.class, (c, context) -> {
            ServiceCase sc = actions.apply(context, c.caseNumber(), x -> x.refuse(actions.date(c.on()),
                    c.reason().strip(), c.legalBasis().strip(), actions.today()));
            context.publish(new ServiceCaseRefused(sc.caseNumber(), sc.unitId(), sc.refusedOn()));
            return sc;
        }, (c, sc) -> "不予受理 " + sc.refusedOn());
    }

    @Bean
    CommandHandler<SuspendServiceCase, ServiceCase> suspendServiceCaseHandler() {
        return actions.handler(SuspendServiceCase.class, (c, context) -> {
            SuspensionProcedure procedure = SuspensionProcedure.parse(c.procedure()).orElseThrow(() ->
                    GongkaiException.invalid("procedure", "特别程序应为 公示、检测、专家评审、听证 或 现场勘查"));
            ServiceCase sc = actions.apply(context, c.caseNumber(), x -> x.suspend(procedure, actions.date(c.start()),
                    c.plannedEnd(), actions.clock, actions.today()));
            context.publish(new ServiceCaseSuspended(sc.caseNumber(), sc.unitId(), procedure.label(),
                    actions.date(c.start()), c.plannedEnd()));
            return sc;
        }, (c, sc) -> c.procedure() + "，" + c.start() + " 至 " + c.plannedEnd());
    }

    @Bean
    CommandHandler<ResumeServiceCase, ServiceCase> resumeServiceCaseHandler() {
        return actions.handler(ResumeServiceCase.class, (c, context) -> {
            ServiceCase sc = actions.apply(context, c.caseNumber(),
                    x -> x.resume(actions.date(c.end()), actions.clock, actions.today()));
            context.publish(new ServiceCaseResumed(sc.caseNumber(), sc.unitId(), actions.date(c.end()), sc.dueOn()));
            return sc;
        }, (c, sc) -> "特别程序结束，期限 " + sc.dueOn());
    }

    @Bean
    CommandHandler<CompleteServiceCase, ServiceCase> completeServiceCaseHandler() {
        return actions.handler(CompleteServiceCase.class, (c, context) -> {
            ServiceCase sc = actions.apply(context, c.caseNumber(), x -> x.complete(actions.date(c.on()),
                    c.result().strip(), actions.time.instant(), actions.clock, actions.today()));
            context.publish(new ServiceCaseCompleted(sc.caseNumber(), sc.unitId(), sc.completedOn(), sc.dueOn(),
                    sc.completedOn().isAfter(sc.dueOn())));
            return sc;
        }, (c, sc) -> "办结 " + sc.completedOn() + "，期限 " + sc.dueOn());
    }

    @Bean
    CommandHandler<DeliverServiceCase, ServiceCase> deliverServiceCaseHandler() {
        return actions.handler(DeliverServiceCase.class, (c, context) -> {
            DeliveryMethod method = ServiceIntake.parse(DeliveryMethod.class, c.method());
            if (method == null) {
                throw GongkaiException.invalid("method", "送达方式应为 COLLECT（窗口领取）、POST（邮寄）或 ONLINE（网上送达）");
            }
            ServiceCase sc = actions.apply(context, c.caseNumber(),
                    x -> x.deliver(actions.date(c.on()), method, actions.today()));
            context.publish(new ServiceCaseDelivered(sc.caseNumber(), sc.unitId(), sc.deliveredOn(), method));
            return sc;
        }, (c, sc) -> sc.deliveryMethod().label() + " " + sc.deliveredOn());
    }

}
