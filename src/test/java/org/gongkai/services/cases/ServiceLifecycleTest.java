package org.gongkai.services.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.services.cases.CaseAction.*;
import static org.gongkai.services.cases.CaseStatus.*;

import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.lifecycle.LifecycleAssertions;
import org.junit.jupiter.api.Test;

/** The service case lifecycle: every state × action pair, written out independently of the table. */
class ServiceLifecycleTest {

    @Test
    void everyStateAndActionPairIsAllowedExactlyWhenTheTableSaysSo() {
        LifecycleAssertions.assertThatLifecycle(ServiceCaseLifecycle.TABLE)
                .allows(RECEIVED, ACCEPT, ACCEPTED)
                .allows(RECEIVED, REFUSE, REFUSED)
                .allows(ACCEPTED, SUSPEND, SUSPENDED)
                .allows(SUSPENDED, RESUME, ACCEPTED)
                .allows(ACCEPTED, COMPLETE, COMPLETED)
                .allows(COMPLETED, DELIVER, DELIVERED)
                .andNothingElse();
    }

    @Test
    void refusedAndDeliveredCasesAreFinalAndNothingGoesBackToReceipt() {
        for (CaseStatus s : CaseStatus.values()) {
            assertThat(ServiceCaseLifecycle.TABLE.allowedActions(REFUSED)).isEmpty();
            assertThat(ServiceCaseLifecycle.TABLE.allowedActions(DELIVERED)).isEmpty();
            assertThat(ServiceCaseLifecycle.TABLE.connects(s, RECEIVED)).isFalse();
        }
    }

    @Test
    void aSuspendedCaseCannotBeCompletedBeforeItsProcedureEnds() {
        assertThatThrownBy(() -> ServiceCaseLifecycle.TABLE.require(SUSPENDED, COMPLETE))
                .isInstanceOf(GongkaiException.class).extracting("code")
                .isEqualTo(ErrorCode.TRANSITION_NOT_ALLOWED);
        assertThat(ServiceCaseLifecycle.TABLE.require(SUSPENDED, RESUME)).isEqualTo(ACCEPTED);
    }

    @Test
    void onlyAcceptedAndSuspendedCasesAreOpen() {
        for (CaseStatus s : CaseStatus.values()) {
            assertThat(s.isOpen()).as(s.name()).isEqualTo(s == ACCEPTED || s == SUSPENDED);
        }
    }
}
