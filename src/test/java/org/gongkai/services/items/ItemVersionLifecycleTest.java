package org.gongkai.services.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.services.items.VersionAction.APPROVE;
import static org.gongkai.services.items.VersionAction.REJECT;
import static org.gongkai.services.items.VersionAction.SAVE;
import static org.gongkai.services.items.VersionAction.SUBMIT;
import static org.gongkai.services.items.VersionStatus.APPROVED;
import static org.gongkai.services.items.VersionStatus.DRAFT;
import static org.gongkai.services.items.VersionStatus.IN_REVIEW;
import static org.gongkai.services.items.VersionStatus.REJECTED;

import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.lifecycle.LifecycleAssertions;
import org.junit.jupiter.api.Test;

/** The review of an item's versions: every status × action pair. */
class ItemVersionLifecycleTest {

    @Test
    void everyStatusAndActionPairIsAllowedExactlyWhenTheTableSaysSo() {
        LifecycleAssertions.assertThatLifecycle(ItemVersionLifecycle.TABLE)
                .allows(DRAFT, SAVE, DRAFT)
                .allows(DRAFT, SUBMIT, IN_REVIEW)
                .allows(IN_REVIEW, APPROVE, APPROVED)
                .allows(IN_REVIEW, REJECT, REJECTED)
                .allows(APPROVED, SAVE, DRAFT)
                .allows(REJECTED, SAVE, DRAFT)
                .andNothingElse();
    }

    @Test
    void aVersionInReviewIsNotEditedAndTheRefusalNamesItsStatus() {
        assertThatThrownBy(() -> ItemVersionLifecycle.TABLE.require(IN_REVIEW, SAVE))
                .isInstanceOfSatisfying(GongkaiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.TRANSITION_NOT_ALLOWED);
                    assertThat(e.getMessage()).contains("待审核");
                });
    }
}
