package org.gongkai.supervision.submissions;

import static org.gongkai.supervision.submissions.SubmissionLifecycle.Action.*;
import static org.gongkai.supervision.submissions.SubmissionLifecycle.Status.*;

import org.gongkai.common.lifecycle.LifecycleAssertions;
import org.junit.jupiter.api.Test;

/** The submission lifecycle: every status × action pair. */
class SubmissionLifecycleTest {

    @Test
    void everyStatusAndActionPairIsAllowedExactlyWhenTheTableSaysSo() {
        LifecycleAssertions.assertThatLifecycle(SubmissionLifecycle.TABLE)
                .allows(SUBMITTED, ATTACH, SUBMITTED)
                .allows(SUBMITTED, EDIT, EDITED)
                .allows(EDITED, EDIT, EDITED)
                .allows(SUBMITTED, ADOPT, ADOPTED)
                .allows(EDITED, ADOPT, ADOPTED)
                .allows(ADOPTED, ADOPT, ADOPTED)
                .allows(ADOPTED, INSTRUCT, ADOPTED)
                .allows(ADOPTED, INCLUDE_IN_ISSUE, ADOPTED)
                .allows(SUBMITTED, DECLINE, DECLINED)
                .allows(EDITED, DECLINE, DECLINED)
                .andNothingElse();
    }
}
