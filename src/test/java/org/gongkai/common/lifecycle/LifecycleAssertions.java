package org.gongkai.common.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one test helper for lifecycle tables: given the edges a test expects (written out independently of the
 * production table), it checks EVERY state × action pair — allowed pairs lead to the expected state, all others
 * are refused — so a new state or action cannot slip in unchecked.
 */
public final class LifecycleAssertions<S extends Enum<S>, A extends Enum<A>> {

    private final Lifecycle<S, A> lifecycle;
    private final Map<List<Object>, S> expected = new HashMap<>();

    private LifecycleAssertions(Lifecycle<S, A> lifecycle) {
        this.lifecycle = lifecycle;
    }

    public static <S extends Enum<S>, A extends Enum<A>> LifecycleAssertions<S, A> assertThatLifecycle(
            Lifecycle<S, A> lifecycle) {
        return new LifecycleAssertions<>(lifecycle);
    }

    public LifecycleAssertions<S, A> allows(S from, A action, S to) {
        expected.put(List.of(from, action), to);
        return this;
    }

    /** Checks all pairs; call last. */
    public void andNothingElse() {
        List<String> wrong = new ArrayList<>();
        for (S from : lifecycle.states().getEnumConstants()) {
            for (A action : lifecycle.actions().getEnumConstants()) {
                S want = expected.get(List.of(from, action));
                S got = lifecycle.next(from, action).orElse(null);
                if (want != got) {
                    wrong.add(from + " × " + action + ": expected " + (want == null ? "refused" : want)
                            + ", table says " + (got == null ? "refused" : got));
                }
                assertThat(lifecycle.allowedActions(from).contains(action)).isEqualTo(got != null);
            }
        }
        assertThat(wrong).as("lifecycle pairs that differ from the expected table").isEmpty();
    }
}
