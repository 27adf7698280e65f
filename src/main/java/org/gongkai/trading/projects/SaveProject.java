package org.gongkai.trading.projects;

import jakarta.validation.constraints.NotNull;
import org.gongkai.commands.Command;
import org.gongkai.commands.CommandHandler;
import org.gongkai.commands.CommandHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Creates ({@code update} false) or updates one project; audited as {@code SAVE_PROJECT}. The fields are checked by
 * {@link ProjectChecks}, each refusal at its JSON field.
 */
public record SaveProject(@NotNull ProjectInput input, boolean update) implements Command {

    @Override
    public String objectType() {
        return "TradingProject";
    }

    @Override
    public String objectId() {
        return input == null ? null : input.projectCode();
    }

    @Configuration(proxyBeanMethods = false)
    static class Handler {

        @Bean
        CommandHandler<SaveProject, String> saveProjectHandler(ProjectImport projects,
                org.gongkai.trading.TradingScope scope) {
            return CommandHandlers.handle(SaveProject.class, (c, context) -> projects.saveOne(context.requireActor(),
                    c.input(), c.update()))
                    .authorisedBy((c, actor) -> scope.officerUnits(actor))
                    .describedBy((c, r) -> (c.update() ? "修改" : "登记") + "交易项目 " + r).build();
        }
    }
}
