package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The index feed's cursor (decision 015): it passes an id only when done, and a gap only after the timeout. */
class FeedCursorTest {

    static final long TIMEOUT = 1_000;
    long now;

    FeedCursor cursor(long at) {
        return new FeedCursor(at, TIMEOUT, () -> now);
    }

    void read(FeedCursor c, long lastSeen, long at) {
        now = at;
        c.read(lastSeen);
    }

    @Test
    void passesDoneIdsInOrderOnly() {
        FeedCursor c = cursor(10);
        c.done(List.of(12L, 13L));
        assertThat(c.cursor()).isEqualTo(10); // 11 not done: a transaction may still be committing it
        c.done(List.of(11L));
        assertThat(c.cursor()).isEqualTo(13);
        assertThat(c.movedSinceLastAsked()).isTrue();
        assertThat(c.movedSinceLastAsked()).isFalse();
    }

    @Test
    void skipsAGapOfOthersOnlyAfterTheTimeout() {
        FeedCursor c = cursor(0);
        c.done(List.of(5L, 6L)); // 1–4 missing: rolled back elsewhere, or still committing
        read(c, 6, 0);
        assertThat(c.cursor()).isZero();
        read(c, 6, TIMEOUT - 1);
        assertThat(c.cursor()).isZero();
        read(c, 6, TIMEOUT);
        assertThat(c.cursor()).isEqualTo(6);
    }

    @Test
    void neverSkipsItsOwnRowsWhileTheyAreIndexedOrFailed() {
        FeedCursor c = cursor(0);
        c.written(List.of(1L, 2L));
        c.done(List.of(3L));
        read(c, 3, 0);
        read(c, 3, 10 * TIMEOUT);
        assertThat(c.cursor()).isZero();
        assertThat(c.open(1)).isFalse(); // being indexed by its writer: the follower leaves it alone
        c.failed(List.of(1L, 2L));
        assertThat(c.open(1)).isTrue();
        assertThat(c.retrying(1)).isTrue();
        read(c, 3, 20 * TIMEOUT);
        assertThat(c.cursor()).isZero();
        c.done(List.of(1L, 2L));
        assertThat(c.cursor()).isEqualTo(3);
        assertThat(c.retrying(1)).isFalse();
    }

    @Test
    void skipsAGapOnlyUpToItsOwnPendingRows() {
        FeedCursor c = cursor(0);
        c.written(List.of(4L));
        c.done(List.of(6L));
        read(c, 6, 0);
        read(c, 6, TIMEOUT);
        assertThat(c.cursor()).isEqualTo(3); // 1–3 skipped as a gap; 4 is this instance's and not indexed yet
        c.done(List.of(4L));
        read(c, 6, 2 * TIMEOUT);
        read(c, 6, 4 * TIMEOUT);
        assertThat(c.cursor()).isEqualTo(6); // 5 skipped after its own timeout
    }
}
