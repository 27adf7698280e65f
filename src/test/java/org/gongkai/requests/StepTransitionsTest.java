package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Walks every pair of steps: exactly the table's edges are allowed, each labelled with its event. */
class StepTransitionsTest {

    static final Set<String> EXPECTED = Set.of(
            "REGISTERED->REVIEWING:ACCEPTED", "REVIEWING->PROCESSING:REVIEWED",
            "REGISTERED->REPLIED:DECIDED", "REVIEWING->REPLIED:DECIDED", "PROCESSING->REPLIED:DECIDED",
            "REPLIED->ARCHIVED:ARCHIVED");

    @Test
    void everyPairIsAllowedExactlyWhenTheTableSaysSo() {
        int allowed = 0;
        for (Step from : Step.values()) {
            for (Step to : Step.values()) {
                var event = StepTransitions.event(from, to);
                String key = from + "->" + to + ":" + event.orElse("");
                boolean expected = EXPECTED.contains(key);
                assertThat(event.isPresent()).as(from + " → " + to).isEqualTo(expected);
                assertThat(StepTransitions.allowed(from, to)).as(from + " → " + to).isEqualTo(expected);
                allowed += expected ? 1 : 0;
            }
        }
        assertThat(allowed).isEqualTo(EXPECTED.size());
    }

    @Test
    void nothingLeavesTheArchiveAndNothingGoesBack() {
        for (Step to : Step.values()) {
            assertThat(StepTransitions.allowed(Step.ARCHIVED, to)).isFalse();
            assertThat(StepTransitions.allowed(to, Step.REGISTERED)).isFalse();
        }
    }
}
