package org.gongkai.trading.experts;

import org.gongkai.commands.CommandHandler;
import org.gongkai.commands.CommandHandlers;
import org.gongkai.trading.TradingScope;
import org.gongkai.trading.draws.Draws;
import org.gongkai.trading.experts.ExpertCommands.EditExpert;
import org.gongkai.trading.experts.ExpertCommands.RateExpert;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The expert pool's commands: the edit by the expert-pool administrator (its audit record names the fields changed),
 * the rating by a trading officer of the project's unit (404 outside it).
 */
@Configuration(proxyBeanMethods = false)
class ExpertCommandHandlers {

    @Bean
    CommandHandler<EditExpert, String> editExpertHandler(ExpertPool pool, TradingScope scope) {
        return CommandHandlers.handle(EditExpert.class, (c, context) -> pool.edit(c))
                .authorisedBy((c, actor) -> scope.requireExpertAdmin(actor))
                .describedBy((c, changes) -> changes)
                .build();
    }

    @Bean
    CommandHandler<RateExpert, Void> rateExpertHandler(ExpertPool pool, Draws draws) {
        return CommandHandlers.handle(RateExpert.class, (c, context) -> {
            pool.rate(c, context.requireActor());
            return (Void) null;
        }).authorisedBy((c, actor) -> draws.project(actor, c.projectCode()))
                .describedBy((c, r) -> "评价专家在项目 " + c.projectCode() + " 中的表现：" + c.score() + " 分")
                .build();
    }
}
