package org.gongkai.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.common.Actor;

/** What a handler sees of the dispatch: the actor (empty for the system) and a place to put events. */
public final class CommandContext {

    private final Actor actor;
    private final List<Object> events = new ArrayList<>();

    CommandContext(Actor actor) {
        this.actor = actor;
    }

    public Optional<Actor> actor() {
        return Optional.ofNullable(actor);
    }

    /** The acting staff member; refuses with UNAUTHENTICATED when the system runs the command. */
    public Actor requireActor() {
        return actor().orElseThrow(() -> new org.gongkai.common.GongkaiException(
                org.gongkai.common.ErrorCode.UNAUTHENTICATED));
    }

    /** Queues an event; it is published (and persisted by Spring Modulith) after the audit record. */
    public void publish(Object event) {
        events.add(event);
    }

    List<Object> events() {
        return events;
    }
}
