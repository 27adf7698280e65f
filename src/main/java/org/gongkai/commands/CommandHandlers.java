package org.gongkai.commands;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.gongkai.common.Actor;

/**
 * Builds a {@link CommandHandler} from functions, so a module can declare all its handlers in one
 * configuration class (one {@code @Bean} per command) instead of one class per command:
 *
 * <pre>{@code
 * @Bean CommandHandler<SubmitReport, ReportView> submitReport() {
 *     return CommandHandlers.handle(SubmitReport.class, (c, ctx) -> workflow.submit(c, ctx))
 *             .authorisedBy((c, actor) -> access.preparable(actor, c.unitCode()))
 *             .describedBy((c, view) -> "报送审核")
 *             .build();
 * }
 * }</pre>
 */
public final class CommandHandlers {

    private CommandHandlers() {}

    public static <C extends Command, R> Builder<C, R> handle(Class<C> type, BiFunction<C, CommandContext, R> body) {
        return new Builder<>(type, body);
    }

    /** The optional parts; without {@code authorisedBy} a handler lets every caller through to {@code handle}. */
    public static final class Builder<C extends Command, R> {
        private final Class<C> type;
        private final BiFunction<C, CommandContext, R> body;
        private BiConsumer<C, Actor> authoriser = (c, a) -> { };
        private BiFunction<C, R, String> describer = (c, r) -> null;
        private BiFunction<C, R, String> objectId = (c, r) -> c.objectId();

        private Builder(Class<C> type, BiFunction<C, CommandContext, R> body) {
            this.type = Objects.requireNonNull(type);
            this.body = Objects.requireNonNull(body);
        }

        public Builder<C, R> authorisedBy(BiConsumer<C, Actor> authoriser) {
            this.authoriser = authoriser;
            return this;
        }

        public Builder<C, R> describedBy(BiFunction<C, R, String> describer) {
            this.describer = describer;
            return this;
        }

        public Builder<C, R> objectId(BiFunction<C, R, String> objectId) {
            this.objectId = objectId;
            return this;
        }

        public CommandHandler<C, R> build() {
            BiConsumer<C, Actor> a = authoriser;
            BiFunction<C, R, String> d = describer;
            BiFunction<C, R, String> id = objectId;
            return new CommandHandler<>() {
                @Override
                public Class<C> commandType() {
                    return type;
                }

                @Override
                public void authorise(C command, Actor actor) {
                    a.accept(command, actor);
                }

                @Override
                public R handle(C command, CommandContext context) {
                    return body.apply(command, context);
                }

                @Override
                public String describe(C command, R result) {
                    return d.apply(command, result);
                }

                @Override
                public String objectId(C command, R result) {
                    return id.apply(command, result);
                }
            };
        }
    }
}
