package org.gongkai.common.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    enum State implements Lifecycle.Labelled {
        OPEN("待办"), DONE("已办"), CLOSED("已关闭");

        private final String label;

        State(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    enum Action { FINISH, CLOSE, REOPEN }

    static final Lifecycle<State, Action> TABLE = Lifecycle.of(State.class, Action.class)
            .edge(State.OPEN, Action.FINISH, State.DONE)
            .edges(EnumSet.of(State.OPEN, State.DONE), Action.CLOSE, State.CLOSED)
            .edge(State.CLOSED, Action.REOPEN, State.OPEN)
            .build();

    @Test
    void everyPairIsCheckedAgainstTheExpectedEdges() {
        LifecycleAssertions.assertThatLifecycle(TABLE)
                .allows(State.OPEN, Action.FINISH, State.DONE)
                .allows(State.OPEN, Action.CLOSE, State.CLOSED)
                .allows(State.DONE, Action.CLOSE, State.CLOSED)
                .allows(State.CLOSED, Action.REOPEN, State.OPEN)
                .andNothingElse();
    }

    @Test
    void theHelperFailsWhenTheTableHasAnEdgeTheTestDoesNotExpect() {
        assertThatThrownBy(() -> LifecycleAssertions.assertThatLifecycle(TABLE)
                .allows(State.OPEN, Action.FINISH, State.DONE)
                .andNothingElse()).isInstanceOf(AssertionError.class);
    }

    @Test
    void aRefusedActionNamesTheCurrentStateInChinese() {
        assertThatThrownBy(() -> TABLE.require(State.DONE, Action.FINISH))
                .isInstanceOf(GongkaiException.class)
                .hasMessageContaining("已办")
                .extracting(e -> ((GongkaiException) e).code()).isEqualTo(ErrorCode.TRANSITION_NOT_ALLOWED);
        assertThat(TABLE.require(State.OPEN, Action.FINISH)).isEqualTo(State.DONE);
    }

    @Test
    void allowedActionsAndConnections() {
        assertThat(TABLE.allowedActions(State.OPEN)).containsExactly(Action.FINISH, Action.CLOSE);
        assertThat(TABLE.allowedActions(State.CLOSED)).containsExactly(Action.REOPEN);
        assertThat(TABLE.connects(State.DONE, State.CLOSED)).isTrue();
        assertThat(TABLE.connects(State.DONE, State.OPEN)).isFalse();
    }

    @Test
    void aDuplicateEdgeIsAProgrammingError() {
        assertThatThrownBy(() -> Lifecycle.of(State.class, Action.class)
                .edge(State.OPEN, Action.FINISH, State.DONE)
                .edge(State.OPEN, Action.FINISH, State.CLOSED))
                .isInstanceOf(IllegalStateException.class);
    }
}
