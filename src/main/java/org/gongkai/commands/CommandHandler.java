package org.gongkai.commands;

import org.gongkai.common.Actor;

/**
 * Handles one command type. The dispatcher calls {@link #authorise} then (after Bean Validation of the
 * command) {@link #handle}, inside one transaction; the handler loads the aggregate, asks its lifecycle
 * table for the transition, saves, and hands events to {@link CommandContext#publish} (they are published
 * after the audit record). A refusal is a {@link org.gongkai.common.GongkaiException} with a specific code
 * and, where one input caused it, its field.
 *
 * @param <C> the command
 * @param <R> the result (use {@link Void} and return null when there is none)
 */
public interface CommandHandler<C extends Command, R> {

    Class<C> commandType();

    /**
     * Refuses (FORBIDDEN, or NOT_FOUND for a record outside the actor's data scope) when the actor may not
     * run this command. {@code actor} is null for the system (sweeps, imports run by the platform).
     */
    void authorise(C command, Actor actor);

    R handle(C command, CommandContext context);

    /** The audit record's detail for a successful command (never personal data in clear). */
    default String describe(C command, R result) {
        return null;
    }

    /** The audited object id once known (for commands that create their object). */
    default String objectId(C command, R result) {
        return command.objectId();
    }
}
