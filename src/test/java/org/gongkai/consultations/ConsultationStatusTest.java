package org.gongkai.consultations;

import static org.gongkai.consultations.ConsultationStatus.CLOSED;
import static org.gongkai.consultations.ConsultationStatus.DRAFT;
import static org.gongkai.consultations.ConsultationStatus.FEEDBACK_PUBLISHED;
import static org.gongkai.consultations.ConsultationStatus.OPEN;
import static org.gongkai.consultations.ConsultationStatus.SCHEDULED;

import org.gongkai.common.lifecycle.LifecycleAssertions;
import org.gongkai.consultations.ConsultationStatus.Action;
import org.junit.jupiter.api.Test;

class ConsultationStatusTest {

    @Test
    void everyStatusAndActionPairIsAllowedExactlyWhenTheTableSaysSo() {
        LifecycleAssertions.assertThatLifecycle(ConsultationStatus.LIFECYCLE)
                .allows(DRAFT, Action.EDIT, DRAFT)
                .allows(SCHEDULED, Action.EDIT, SCHEDULED)
                .allows(DRAFT, Action.ATTACH, DRAFT)
                .allows(SCHEDULED, Action.ATTACH, SCHEDULED)
                .allows(DRAFT, Action.SCHEDULE, SCHEDULED)
                .allows(SCHEDULED, Action.OPEN, OPEN)
                .allows(OPEN, Action.COMMENT, OPEN)
                .allows(OPEN, Action.MODERATE, OPEN)
                .allows(OPEN, Action.DECIDE, OPEN)
                .allows(OPEN, Action.CLOSE, CLOSED)
                .allows(CLOSED, Action.MODERATE, CLOSED)
                .allows(CLOSED, Action.DECIDE, CLOSED)
                .allows(CLOSED, Action.GENERATE_FEEDBACK, CLOSED)
                .allows(CLOSED, Action.APPROVE_FEEDBACK, CLOSED)
                .allows(CLOSED, Action.PUBLISH_FEEDBACK, FEEDBACK_PUBLISHED)
                .allows(CLOSED, Action.LINK_FINAL_DOCUMENT, CLOSED)
                .allows(FEEDBACK_PUBLISHED, Action.LINK_FINAL_DOCUMENT, FEEDBACK_PUBLISHED)
                .andNothingElse();
    }
}
