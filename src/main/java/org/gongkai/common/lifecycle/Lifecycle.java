package org.gongkai.common.lifecycle;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;

/**
 * THE transition table of one lifecycle: state × action → next state, typed and declared in one place per
 * lifecycle (a {@code static final} field next to the state enum). Anything not in the table is refused with
 * {@link ErrorCode#TRANSITION_NOT_ALLOWED}. Pages ask {@link #allowedActions} to show only what can be done now;
 * the test helper {@code LifecycleAssertions} checks every state × action pair of a table against the
 * expected edges.
 *
 * <pre>{@code
 * static final Lifecycle<ReportStatus, ReportAction> LIFECYCLE = Lifecycle.of(ReportStatus.class, ReportAction.class)
 *         .edge(DRAFT, SUBMIT, SUBMITTED)
 *         .edge(SUBMITTED, APPROVE, APPROVED)
 *         .build();
 * }</pre>
 *
 * @param <S> the states
 * @param <A> the actions (commands name their action)
 */
public final class Lifecycle<S extends Enum<S>, A extends Enum<A>> {

    /** One allowed transition. */
    public record Edge<S, A>(S from, A action, S to) {}

    private final Class<S> states;
    private final Class<A> actions;
    private final Map<S, Map<A, S>> table;
    private final Set<Edge<S, A>> edges;

    private Lifecycle(Class<S> states, Class<A> actions, Map<S, Map<A, S>> table, Set<Edge<S, A>> edges) {
        this.states = states;
        this.actions = actions;
        this.table = table;
        this.edges = Collections.unmodifiableSet(edges);
    }

    public static <S extends Enum<S>, A extends Enum<A>> Builder<S, A> of(Class<S> states, Class<A> actions) {
        return new Builder<>(states, actions);
    }

    public Class<S> states() {
        return states;
    }

    public Class<A> actions() {
        return actions;
    }

    /** The state that {@code action} leads to from {@code from}, or empty when the table forbids it. */
    public Optional<S> next(S from, A action) {
        Map<A, S> out = table.get(from);
        return Optional.ofNullable(out == null ? null : out.get(action));
    }

    public boolean allows(S from, A action) {
        return next(from, action).isPresent();
    }

    /** The next state, or a refusal ({@code TRANSITION_NOT_ALLOWED}, HTTP 409) naming the current state. */
    public S require(S from, A action) {
        return next(from, action).orElseThrow(() -> new GongkaiException(ErrorCode.TRANSITION_NOT_ALLOWED,
                "当前状态（" + label(from) + "）下不能执行此操作"));
    }

    /** Whether some action leads directly from {@code from} to {@code to}. */
    public boolean connects(S from, S to) {
        Map<A, S> out = table.get(from);
        return out != null && out.containsValue(to);
    }

    /** The actions allowed in {@code state}, in declaration order of the action enum. */
    public Set<A> allowedActions(S state) {
        Map<A, S> out = table.get(state);
        return out == null ? EnumSet.noneOf(actions) : EnumSet.copyOf(out.keySet());
    }

    /** Every edge, in declaration order. */
    public Set<Edge<S, A>> edges() {
        return edges;
    }

    private static String label(Enum<?> state) {
        return state instanceof Labelled l ? l.label() : state.name();
    }

    /** States (or actions) that carry a Chinese label for users. */
    public interface Labelled {
        String label();
    }

    /** Declares the edges; a duplicate (same state and action) is a programming error. */
    public static final class Builder<S extends Enum<S>, A extends Enum<A>> {
        private final Class<S> states;
        private final Class<A> actions;
        private final Map<S, Map<A, S>> table;
        private final Set<Edge<S, A>> edges = new LinkedHashSet<>();

        private Builder(Class<S> states, Class<A> actions) {
            this.states = states;
            this.actions = actions;
            this.table = new EnumMap<>(states);
        }

        public Builder<S, A> edge(S from, A action, S to) {
            Objects.requireNonNull(from);
            Objects.requireNonNull(action);
            Objects.requireNonNull(to);
            S previous = table.computeIfAbsent(from, k -> new EnumMap<>(actions)).putIfAbsent(action, to);
            if (previous != null) {
                throw new IllegalStateException("duplicate edge " + from + " × " + action);
            }
            edges.add(new Edge<>(from, action, to));
            return this;
        }

        /** The same action from each of several states to one state (e.g. a decision that ends any open step). */
        public Builder<S, A> edges(Set<S> from, A action, S to) {
            for (S s : EnumSet.copyOf(from)) {
                edge(s, action, to);
            }
            return this;
        }

        public Lifecycle<S, A> build() {
            Map<S, Map<A, S>> frozen = new EnumMap<>(states);
            table.forEach((k, v) -> frozen.put(k, Collections.unmodifiableMap(new EnumMap<>(v))));
            return new Lifecycle<>(states, actions, Collections.unmodifiableMap(frozen), edges);
        }
    }
}
