package org.gongkai.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.gongkai.common.GongkaiException;
import org.junit.jupiter.api.Test;

class ReportTransitionsTest {

    static final Map<ReportStatus, Set<ReportStatus>> ALLOWED = Map.of(
            ReportStatus.DRAFT, Set.of(ReportStatus.SUBMITTED),
            ReportStatus.RETURNED, Set.of(ReportStatus.SUBMITTED),
            ReportStatus.SUBMITTED, Set.of(ReportStatus.RETURNED, ReportStatus.APPROVED),
            ReportStatus.APPROVED, Set.of(ReportStatus.PUBLISHED),
            ReportStatus.PUBLISHED, Set.of());

    @Test
    void everyPairIsAllowedOnlyWhenTheTableSaysSo() {
        int allowed = 0;
        for (ReportStatus from : ReportStatus.values()) {
            for (ReportStatus to : ReportStatus.values()) {
                boolean expected = ALLOWED.get(from).contains(to);
                assertThat(ReportTransitions.allowed(from, to)).as(from + " -> " + to).isEqualTo(expected);
                if (expected) {
                    allowed++;
                    assertThat(ReportTransitions.action(from, to)).get().asString().startsWith("REPORT_");
                }
            }
        }
        assertThat(allowed).isEqualTo(5);
    }

    @Test
    void aPublishedReportCannotGoBackToDraftOrBeSubmittedAgain() {
        AnnualReport report = AnnualReport.newDraft(1, 2021);
        report.moveTo(ReportStatus.SUBMITTED);
        report.moveTo(ReportStatus.APPROVED);
        assertThat(report.moveTo(ReportStatus.PUBLISHED)).isEqualTo("REPORT_PUBLISHED");

        assertThatThrownBy(() -> report.moveTo(ReportStatus.SUBMITTED)).isInstanceOf(GongkaiException.class)
                .hasMessageContaining("已公开");
        assertThatThrownBy(() -> report.edit(new AnnualReport.Narrative("a", "b", "c")))
                .isInstanceOf(GongkaiException.class);
    }

    @Test
    void submittingSkipsNoStep() {
        AnnualReport report = AnnualReport.newDraft(1, 2021);
        assertThatThrownBy(() -> report.moveTo(ReportStatus.APPROVED)).isInstanceOf(GongkaiException.class);
        assertThatThrownBy(() -> report.moveTo(ReportStatus.PUBLISHED)).isInstanceOf(GongkaiException.class);
    }
}
