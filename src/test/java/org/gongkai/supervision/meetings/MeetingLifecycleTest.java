package org.gongkai.supervision.meetings;

import static org.gongkai.supervision.meetings.MeetingLifecycle.Action.*;
import static org.gongkai.supervision.meetings.MeetingLifecycle.Status.*;

import org.gongkai.common.lifecycle.LifecycleAssertions;
import org.junit.jupiter.api.Test;

/** The briefing meeting's lifecycle: every status × action pair. */
class MeetingLifecycleTest {

    @Test
    void everyStatusAndActionPairIsAllowedExactlyWhenTheTableSaysSo() {
        LifecycleAssertions.assertThatLifecycle(MeetingLifecycle.TABLE)
                .allows(SCHEDULED, SUBMIT_ITEM, SCHEDULED)
                .allows(SCHEDULED, HOLD, HELD)
                .allows(SCHEDULED, CANCEL, CANCELLED)
                .allows(HELD, RECORD_DECISION, HELD)
                .allows(HELD, CLOSE, CLOSED)
                .andNothingElse();
    }
}
