package org.gongkai.requests;

import java.util.Map;
import java.util.Optional;

/**
 * The ONE table of allowed step transitions, each edge labelled with the event it records. Anything not in
 * the table is refused. A decision (including a withdrawal or an automatic （六）1/（六）2) may end any open step.
 */
public final class StepTransitions {

    /** An allowed edge. */
    public record Edge(Step from, Step to) {}

    static final Map<Edge, String> ALLOWED = Map.of(
            new Edge(Step.REGISTERED, Step.REVIEWING), "ACCEPTED",
            new Edge(Step.REVIEWING, Step.PROCESSING), "REVIEWED",
            new Edge(Step.REGISTERED, Step.REPLIED), "DECIDED",
            new Edge(Step.REVIEWING, Step.REPLIED), "DECIDED",
            new Edge(Step.PROCESSING, Step.REPLIED), "DECIDED",
            new Edge(Step.REPLIED, Step.ARCHIVED), "ARCHIVED");

    private StepTransitions() {}

    /** The event label of an allowed transition, or empty when the table forbids it. */
    public static Optional<String> event(Step from, Step to) {
        return Optional.ofNullable(ALLOWED.get(new Edge(from, to)));
    }

    public static boolean allowed(Step from, Step to) {
        return ALLOWED.containsKey(new Edge(from, to));
    }
}
