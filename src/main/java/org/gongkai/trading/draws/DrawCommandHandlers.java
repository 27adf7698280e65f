package org.gongkai.trading.draws;

import org.gongkai.commands.CommandHandler;
import org.gongkai.commands.CommandHandlers;
import org.gongkai.trading.draws.DrawCommands.DrawExperts;
import org.gongkai.trading.draws.DrawCommands.Drawn;
import org.gongkai.trading.draws.DrawCommands.RecordDecline;
import org.gongkai.trading.draws.DrawCommands.StartEvaluation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The draw operator's commands. The draw's audit record names the draw id, its commitment and pool digest (issue #14,
 * step 3: recorded at once, before any name is shown); authorisation is the project's scope (404 outside it).
 */
@Configuration(proxyBeanMethods = false)
class DrawCommandHandlers {

    @Bean
    CommandHandler<DrawExperts, Drawn> drawExpertsHandler(Draws draws) {
        return CommandHandlers.handle(DrawExperts.class, (c, context) -> draws.draw(c, context.requireActor()))
                .authorisedBy((c, actor) -> draws.project(actor, c.projectCode()))
                .describedBy((c, r) -> (c.replacement() ? "补抽" : "抽取") + "专家 " + c.count() + " 名，专业 "
                        + c.specialty() + "；抽取编号 " + r.drawId() + "，commitment " + r.commitment()
                        + "，poolDigest " + r.poolDigest() + "，候选 " + r.poolSize() + " 名")
                .build();
    }

    @Bean
    CommandHandler<StartEvaluation, Void> startEvaluationHandler(Draws draws) {
        return CommandHandlers.handle(StartEvaluation.class, (c, context) -> {
            draws.startEvaluation(c.projectCode(), context.requireActor());
            return (Void) null;
        }).authorisedBy((c, actor) -> draws.project(actor, c.projectCode()))
                .describedBy((c, r) -> "评标开始，抽取记录公开").build();
    }

    @Bean
    CommandHandler<RecordDecline, Void> recordDeclineHandler(Draws draws) {
        return CommandHandlers.handle(RecordDecline.class, (c, context) -> {
            draws.decline(c, context.requireActor());
            return (Void) null;
        }).authorisedBy((c, actor) -> draws.staffDraw(actor, c.drawId()))
                .describedBy((c, r) -> "专家 " + c.expertId() + " 拒绝或缺席").build();
    }
}
