package org.gongkai.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.common.lifecycle.LifecycleAssertions.assertThatLifecycle;

import org.gongkai.commands.CommandNames;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.junit.jupiter.api.Test;

/** Every (status, action) pair of the report's lifecycle, and the report aggregate that follows it. */
class ReportLifecycleTest {

    @Test
    void everyPairIsAllowedOnlyWhenTheTableSaysSo() {
        assertThatLifecycle(ReportLifecycle.TABLE)
                .allows(ReportStatus.DRAFT, ReportAction.GENERATE_DRAFT, ReportStatus.DRAFT)
                .allows(ReportStatus.RETURNED, ReportAction.GENERATE_DRAFT, ReportStatus.RETURNED)
                .allows(ReportStatus.DRAFT, ReportAction.SUBMIT, ReportStatus.SUBMITTED)
                .allows(ReportStatus.RETURNED, ReportAction.SUBMIT, ReportStatus.SUBMITTED)
                .allows(ReportStatus.SUBMITTED, ReportAction.RETURN, ReportStatus.RETURNED)
                .allows(ReportStatus.SUBMITTED, ReportAction.APPROVE, ReportStatus.APPROVED)
                .allows(ReportStatus.APPROVED, ReportAction.PUBLISH, ReportStatus.PUBLISHED)
                .andNothingElse();
        assertThat(ReportLifecycle.TABLE.edges()).hasSize(7);
    }

    @Test
    void aPublishedReportCannotGoBackToDraftOrBeSubmittedAgain() {
        AnnualReport report = AnnualReport.newDraft(1, 2021);
        report.apply(ReportAction.SUBMIT);
        report.apply(ReportAction.APPROVE);
        assertThat(report.apply(ReportAction.PUBLISH)).isEqualTo(ReportStatus.PUBLISHED);

        assertThatThrownBy(() -> report.apply(ReportAction.SUBMIT)).isInstanceOfSatisfying(GongkaiException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.REPORT_ALREADY_PUBLISHED)).hasMessageContaining("已公开");
        assertThatThrownBy(() -> report.edit(new AnnualReport.Narrative("a", "b", "c")))
                .isInstanceOf(GongkaiException.class);
    }

    @Test
    void submittingSkipsNoStep() {
        AnnualReport report = AnnualReport.newDraft(1, 2021);
        for (ReportAction skip : new ReportAction[] {ReportAction.APPROVE, ReportAction.PUBLISH, ReportAction.RETURN}) {
            assertThatThrownBy(() -> report.apply(skip)).isInstanceOfSatisfying(GongkaiException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.TRANSITION_NOT_ALLOWED));
        }
        assertThat(report.status()).isEqualTo(ReportStatus.DRAFT);
    }

    @Test
    void theDraftIsGeneratedAgainOnlyBeforeSubmission() {
        AnnualReport report = AnnualReport.newDraft(1, 2021);
        assertThat(report.apply(ReportAction.GENERATE_DRAFT)).isEqualTo(ReportStatus.DRAFT);
        report.apply(ReportAction.SUBMIT);
        assertThatThrownBy(() -> report.apply(ReportAction.GENERATE_DRAFT)).isInstanceOfSatisfying(
                GongkaiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TRANSITION_NOT_ALLOWED));
        report.apply(ReportAction.RETURN);
        assertThat(report.apply(ReportAction.GENERATE_DRAFT)).isEqualTo(ReportStatus.RETURNED);
    }

    @Test
    void onlyDraftsAndReturnedReportsAreEditable() {
        for (ReportStatus s : ReportStatus.values()) {
            assertThat(s.editable()).as(s.name()).isEqualTo(s == ReportStatus.DRAFT || s == ReportStatus.RETURNED);
        }
    }

    @Test
    void auditActionsAreTheCommandNames() {
        assertThat(CommandNames.auditAction(ReportCommands.SubmitReport.class)).isEqualTo("SUBMIT_REPORT");
        assertThat(CommandNames.auditAction(ReportCommands.ApproveReport.class)).isEqualTo("APPROVE_REPORT");
        assertThat(CommandNames.auditAction(ReportCommands.EnterEarlierReport.class)).isEqualTo("ENTER_EARLIER_REPORT");
        assertThat(CommandNames.auditAction(ReportCommands.GenerateDraft.class)).isEqualTo("GENERATE_DRAFT");
    }
}
