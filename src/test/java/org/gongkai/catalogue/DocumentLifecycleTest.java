package org.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.catalogue.DocumentStatus.DRAFT;
import static org.gongkai.catalogue.DocumentStatus.PUBLISHED;
import static org.gongkai.catalogue.DocumentStatus.REVIEWED;
import static org.gongkai.catalogue.DocumentStatus.SCHEDULED;
import static org.gongkai.catalogue.DocumentStatus.SIGNED_OFF;
import static org.gongkai.catalogue.DocumentStatus.SUBMITTED;
import static org.gongkai.catalogue.DocumentStatus.WITHDRAWN;
import static org.gongkai.common.lifecycle.LifecycleAssertions.assertThatLifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.commands.CommandNames;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.junit.jupiter.api.Test;

/** Walks every (status, action) pair of the one workflow table, and the aggregate that follows it. */
class DocumentLifecycleTest {

    static Document in(DocumentStatus status) {
        DocumentContent c = new DocumentContent("标题", null, null, LocalDate.of(2026, 1, 5), "综合政务\\政务公开",
                InformationCategory.A20_15_OTHER, null, List.of(), null, null, null, null, null, "<p>x</p>");
        return new Document(1L, 1, status, c, null, null, null, null, null, null, null, false, null, null, "t",
                Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void theTableIsTheWorkflowOfTheIssueAndNothingElse() {
        assertThatLifecycle(DocumentLifecycle.TABLE)
                .allows(DRAFT, WorkflowAction.SUBMIT, SUBMITTED)
                .allows(SUBMITTED, WorkflowAction.REVIEW, REVIEWED)
                .allows(SUBMITTED, WorkflowAction.RETURN, DRAFT)
                .allows(REVIEWED, WorkflowAction.SIGN_OFF, SIGNED_OFF)
                .allows(REVIEWED, WorkflowAction.RETURN, DRAFT)
                .allows(SIGNED_OFF, WorkflowAction.PUBLISH, PUBLISHED)
                .allows(SIGNED_OFF, WorkflowAction.SCHEDULE, SCHEDULED)
                .allows(SCHEDULED, WorkflowAction.PUBLISH, PUBLISHED)
                .allows(SCHEDULED, WorkflowAction.UNSCHEDULE, SIGNED_OFF)
                .allows(PUBLISHED, WorkflowAction.REVISE, DRAFT)
                .allows(PUBLISHED, WorkflowAction.WITHDRAW, WITHDRAWN)
                .andNothingElse();
    }

    @Test
    void theDocumentFollowsTheTableAndRefusesEveryOtherPairWithTransitionNotAllowed() {
        int checked = 0;
        for (DocumentStatus from : DocumentStatus.values()) {
            for (WorkflowAction action : WorkflowAction.values()) {
                Document d = in(from);
                var expected = DocumentLifecycle.TABLE.next(from, action);
                if (expected.isEmpty()) {
                    assertThatThrownBy(() -> d.apply(action, Instant.EPOCH))
                            .as("%s --%s--> must be refused", from, action)
                            .isInstanceOfSatisfying(GongkaiException.class, e -> {
                                assertThat(e.code()).isEqualTo(ErrorCode.TRANSITION_NOT_ALLOWED);
                                assertThat(e.getMessage()).contains(from.label(), action.label());
                            });
                    assertThat(d.status()).isEqualTo(from);
                } else {
                    assertThat(d.apply(action, Instant.EPOCH)).isEqualTo(expected.get());
                    assertThat(d.status()).as("%s --%s-->", from, action).isEqualTo(expected.get());
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(DocumentStatus.values().length * WorkflowAction.values().length);
    }

    @Test
    void aStatusLeadsToAnotherExactlyWhenSomeActionConnectsThem() {
        assertThat(DocumentLifecycle.TABLE.connects(DRAFT, SUBMITTED)).isTrue();
        assertThat(DocumentLifecycle.TABLE.connects(SCHEDULED, SIGNED_OFF)).isTrue();
        assertThat(DocumentLifecycle.TABLE.connects(DRAFT, PUBLISHED)).isFalse();
        assertThat(DocumentLifecycle.TABLE.connects(WITHDRAWN, PUBLISHED)).isFalse();
        assertThat(DocumentLifecycle.TABLE.allowedActions(WITHDRAWN)).isEmpty();
    }

    @Test
    void everyActionIsACommandWhoseAuditActionIsItsNameInUpperSnake() {
        Set<String> actions = java.util.Arrays.stream(WorkflowAction.values())
                .map(a -> CommandNames.auditAction(DocumentCommands.of(a, 1, "r", Instant.EPOCH).getClass()))
                .collect(Collectors.toSet());
        assertThat(actions).containsExactlyInAnyOrder("SUBMIT_DOCUMENT", "REVIEW_DOCUMENT", "RETURN_DOCUMENT",
                "SIGN_OFF_DOCUMENT", "PUBLISH_DOCUMENT", "SCHEDULE_DOCUMENT", "UNSCHEDULE_DOCUMENT",
                "REVISE_DOCUMENT", "WITHDRAW_DOCUMENT");
        assertThat(CommandNames.auditAction(DocumentCommands.OverrideFinding.class)).isEqualTo("OVERRIDE_FINDING");
        assertThat(CommandNames.auditAction(DocumentCommands.DraftDocument.class)).isEqualTo("DRAFT_DOCUMENT");
    }

    @Test
    void onlyDraftsCanBeEdited() {
        for (DocumentStatus s : DocumentStatus.values()) {
            Document d = in(s);
            if (s == DRAFT) {
                d.edit(d.content(), Instant.EPOCH);
            } else {
                assertThatThrownBy(() -> d.edit(d.content(), Instant.EPOCH)).isInstanceOfSatisfying(
                        GongkaiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DOCUMENT_NOT_EDITABLE));
            }
        }
    }
}
