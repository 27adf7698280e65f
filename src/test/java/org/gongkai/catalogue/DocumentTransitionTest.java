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

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.junit.jupiter.api.Test;

/** Walks every (status, action) and every (status, status) pair against the one transition table. */
class DocumentTransitionTest {

    /** The workflow as the issue describes it, written out independently of the enum. */
    static final Map<DocumentStatus, Map<WorkflowAction, DocumentStatus>> EXPECTED = Map.of(
            DRAFT, Map.of(WorkflowAction.SUBMIT, SUBMITTED),
            SUBMITTED, Map.of(WorkflowAction.REVIEW, REVIEWED, WorkflowAction.RETURN, DRAFT),
            REVIEWED, Map.of(WorkflowAction.SIGN_OFF, SIGNED_OFF, WorkflowAction.RETURN, DRAFT),
            SIGNED_OFF, Map.of(WorkflowAction.PUBLISH, PUBLISHED, WorkflowAction.SCHEDULE, SCHEDULED),
            SCHEDULED, Map.of(WorkflowAction.PUBLISH, PUBLISHED, WorkflowAction.UNSCHEDULE, SIGNED_OFF),
            PUBLISHED, Map.of(WorkflowAction.REVISE, DRAFT, WorkflowAction.WITHDRAW, WITHDRAWN),
            WITHDRAWN, Map.of());

    static Document in(DocumentStatus status) {
        DocumentContent c = new DocumentContent("标题", null, null, LocalDate.of(2026, 1, 5), "综合政务\\政务公开",
                InformationCategory.A20_15_OTHER, null, List.of(), null, null, null, null, null, "<p>x</p>");
        return new Document(1L, 1, status, c, null, null, null, null, null, null, null, false, null, null, "t",
                Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void everyStatusAndActionPairIsAllowedExactlyWhenTheWorkflowSaysSo() {
        int checked = 0;
        for (DocumentStatus from : DocumentStatus.values()) {
            for (WorkflowAction action : WorkflowAction.values()) {
                DocumentStatus expected = EXPECTED.get(from).get(action);
                Document d = in(from);
                if (expected == null) {
                    assertThatThrownBy(() -> d.apply(action, Instant.EPOCH))
                            .as("%s --%s--> must be refused", from, action)
                            .isInstanceOfSatisfying(GongkaiException.class,
                                    e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
                    assertThat(d.status()).isEqualTo(from);
                } else {
                    DocumentTransition edge = d.apply(action, Instant.EPOCH);
                    assertThat(d.status()).as("%s --%s-->", from, action).isEqualTo(expected);
                    assertThat(edge.event()).startsWith("Document");
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(DocumentStatus.values().length * WorkflowAction.values().length);
    }

    @Test
    void everyStatusPairIsAllowedExactlyWhenSomeEdgeConnectsThem() {
        for (DocumentStatus from : DocumentStatus.values()) {
            Set<DocumentStatus> reachable = Set.copyOf(EXPECTED.get(from).values());
            for (DocumentStatus to : DocumentStatus.values()) {
                assertThat(DocumentTransition.isAllowed(from, to)).as("%s -> %s", from, to)
                        .isEqualTo(reachable.contains(to));
            }
        }
    }

    @Test
    void everyEdgeIsLabelledWithAPastTenseEvent() {
        for (DocumentTransition t : DocumentTransition.values()) {
            assertThat(t.event()).matches("Document[A-Za-z]*(ed|Started|SignedOff|Withdrawn)");
        }
        assertThat(DocumentTransition.PUBLISHED_AT_ONCE.event()).isEqualTo("DocumentPublished");
        assertThat(DocumentTransition.WITHDRAWN_FROM_PUBLIC.event()).isEqualTo("DocumentWithdrawn");
    }

    @Test
    void onlyDraftsCanBeEdited() {
        for (DocumentStatus s : DocumentStatus.values()) {
            Document d = in(s);
            if (s == DRAFT) {
                d.edit(d.content(), Instant.EPOCH);
            } else {
                assertThatThrownBy(() -> d.edit(d.content(), Instant.EPOCH)).isInstanceOf(GongkaiException.class);
            }
        }
    }
}
