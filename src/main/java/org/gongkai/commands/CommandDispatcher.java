package org.gongkai.commands;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.audit.AuditLog;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs commands: authorisation → validation → the handler's transition → audit record → events, in one
 * transaction per command (joining the caller's, if there is one). A refusal rolls the command back and is
 * audited with outcome {@code REFUSED} in a transaction of its own ({@link AuditLog#recordSurvivingRollback}: after the
 * caller's transaction has ended if that one holds the audit chain's head), then re-thrown for the page or API to
 * show at its field.
 */
@Service
public class CommandDispatcher {

    private final Map<Class<?>, CommandHandler<?, ?>> handlers = new HashMap<>();
    private final AuditLog audit;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;

    public CommandDispatcher(List<CommandHandler<?, ?>> handlers, AuditLog audit, Validator validator,
            ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        for (CommandHandler<?, ?> handler : handlers) {
            if (this.handlers.put(handler.commandType(), handler) != null) {
                throw new IllegalStateException("two handlers for " + handler.commandType().getName());
            }
        }
        this.audit = audit;
        this.validator = validator;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Runs the command as the signed-in staff member (or the system when nobody is signed in). */
    public <R> R dispatch(Command command) {
        return run(command, Actor.current().orElse(null), false);
    }

    /**
     * Runs the command as the given staff member (programmatic callers that hold an actor, e.g. a module's
     * service facade or a test); null means the system.
     */
    public <R> R dispatchAs(Actor actor, Command command) {
        return run(command, actor, actor == null);
    }

    /** Runs the command as the platform itself (sweeps, scheduled publication); audited as "system". */
    public <R> R dispatchAsSystem(Command command) {
        return run(command, null, true);
    }

    /**
     * Whether {@code actor} would pass the command's authorisation now: the handler's own {@code authorise}, run in
     * a read-only transaction without handling, validating or auditing anything. Pages ask this before they show a
     * button, so a button is shown exactly when the server would let its POST through the authorisation (the
     * lifecycle and the input may still refuse it, with their reasons at the form).
     */
    @SuppressWarnings("unchecked")
    public <C extends Command> boolean permits(Actor actor, Command command) {
        CommandHandler<C, ?> handler = (CommandHandler<C, ?>) handlers.get(command.getClass());
        if (handler == null || actor == null) {
            return false;
        }
        Boolean allowed = readOnly.execute(status -> {
            try {
                handler.authorise((C) command, actor);
                return true;
            } catch (GongkaiException refused) {
                return false;
            }
        });
        return Boolean.TRUE.equals(allowed);
    }

    @SuppressWarnings("unchecked")
    private <C extends Command, R> R run(Command command, Actor actor, boolean system) {
        CommandHandler<C, R> handler = (CommandHandler<C, R>) handlers.get(command.getClass());
        if (handler == null) {
            throw new IllegalStateException("no handler for " + command.getClass().getName());
        }
        C typed = (C) command;
        String action = CommandNames.auditAction(command.getClass());
        try {
            return transaction.execute(status -> {
                handler.authorise(typed, actor);
                validate(typed);
                CommandContext context = new CommandContext(actor);
                R result = handler.handle(typed, context);
                record(system, actor, action, command.objectType(), handler.objectId(typed, result),
                        AuditLog.Outcome.SUCCESS,
                        handler.describe(typed, result));
                context.events().forEach(events::publishEvent);
                return result;
            });
        } catch (GongkaiException refused) {
            audit.recordSurvivingRollback(actorName(system, actor), action, command.objectType(), command.objectId(),
                    AuditLog.Outcome.REFUSED, refusal(refused));
            refused.markRefusalRecorded(); // recorded here, individually: the web edge's refusal audit skips it
            throw refused;
        }
    }

    private void validate(Command command) {
        Set<ConstraintViolation<Command>> violations = validator.validate(command);
        violations.stream()
                .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .ifPresent(v -> {
                    String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
                    throw new GongkaiException(constraint.equals("Size") ? ErrorCode.TOO_LONG : ErrorCode.VALIDATION_FAILED,
                            v.getMessage(), v.getPropertyPath().toString());
                });
    }

    private void record(boolean system, Actor actor, String action, String type, String id,
            AuditLog.Outcome outcome, String detail) {
        String name = actorName(system, actor);
        if (name == null) {
            audit.record(action, type, id, outcome, detail);
        } else {
            audit.recordAs(name, action, type, id, outcome, detail);
        }
    }

    /** "system", the actor's name when the actor is not the signed-in one, or null for the signed-in actor. */
    private static String actorName(boolean system, Actor actor) {
        if (system) {
            return "system";
        }
        return actor != null && Actor.current().isEmpty() ? actor.username() : null;
    }

    private static String refusal(GongkaiException e) {
        return e.code().name() + (e.field() == null ? "" : " [" + e.field() + "]") + ": " + e.getMessage();
    }
}
