package org.gongkai.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportChecksTest {

    static Map<String, Map<String, Long>> t3(Object... rowColumnValue) {
        Map<String, Map<String, Long>> out = new HashMap<>();
        for (int i = 0; i < rowColumnValue.length; i += 3) {
            out.computeIfAbsent((String) rowColumnValue[i], k -> new HashMap<>())
                    .put((String) rowColumnValue[i + 1], ((Number) rowColumnValue[i + 2]).longValue());
        }
        return out;
    }

    static ReportTables balanced() {
        return new ReportTables(ReportFormat.F2021, Map.of(), t3(
                "NEW_THIS_YEAR", "NATURAL_PERSON", 3, "NEW_THIS_YEAR", "TOTAL", 3,
                "CARRIED_OVER_FROM_LAST_YEAR", "NATURAL_PERSON", 1, "CARRIED_OVER_FROM_LAST_YEAR", "TOTAL", 1,
                "DISCLOSED", "NATURAL_PERSON", 2, "DISCLOSED", "TOTAL", 2,
                "OTHER", "NATURAL_PERSON", 1, "OTHER", "TOTAL", 1,
                "TOTAL_HANDLED", "NATURAL_PERSON", 3, "TOTAL_HANDLED", "TOTAL", 3,
                "CARRIED_TO_NEXT_YEAR", "NATURAL_PERSON", 1, "CARRIED_TO_NEXT_YEAR", "TOTAL", 1),
                Map.of("RECONSIDERATION", Map.of("UPHELD", 1L, "PENDING", 1L, "TOTAL", 2L)));
    }

    @Test
    void aBalancedReportPassesEveryCheck() {
        List<ReportChecks.Check> checks = ReportChecks.of(balanced());
        assertThat(checks).allMatch(ReportChecks.Check::ok);
        // 7 columns × 2, 25 rows, 3 review kinds, non-negative
        assertThat(checks).hasSize(7 * 2 + 25 + 3 + 1);
    }

    @Test
    void newPlusCarriedOverMustEqualHandledPlusCarriedToNextYear() {
        Map<String, Map<String, Long>> t3 = new HashMap<>(balanced().table3());
        t3.put("NEW_THIS_YEAR", Map.of("NATURAL_PERSON", 4L, "TOTAL", 4L));
        List<ReportChecks.Check> failed = failed(new ReportTables(ReportFormat.F2021, Map.of(), t3, balanced().table4()));
        assertThat(failed).extracting(ReportChecks.Check::name)
                .containsExactlyInAnyOrder("表三“自然人”列：一＋二＝三（七）＋四", "表三“总计”列：一＋二＝三（七）＋四");
    }

    @Test
    void theTotalColumnMustBeTheSumOfTheSixApplicantColumns() {
        Map<String, Map<String, Long>> t3 = new HashMap<>(balanced().table3());
        t3.put("DISCLOSED", Map.of("NATURAL_PERSON", 2L, "TOTAL", 3L));
        t3.put("TOTAL_HANDLED", Map.of("NATURAL_PERSON", 3L, "TOTAL", 4L));
        t3.put("CARRIED_TO_NEXT_YEAR", Map.of("NATURAL_PERSON", 1L, "TOTAL", 0L));
        assertThat(failed(new ReportTables(ReportFormat.F2021, Map.of(), t3, Map.of())))
                .extracting(ReportChecks.Check::name).contains("表三“（一）予以公开”行：总计＝六类申请人之和")
                .doesNotContain("表三“总计”列：一＋二＝三（七）＋四");
    }

    @Test
    void reviewTotalsMustEqualTheFourResults() {
        ReportTables t = new ReportTables(ReportFormat.F2021, Map.of(), balanced().table3(),
                Map.of("LITIGATION_DIRECT", Map.of("CORRECTED", 1L, "TOTAL", 2L)));
        assertThat(failed(t)).extracting(ReportChecks.Check::name).containsExactly("表四“未经复议直接起诉”：总计＝前四项之和");
    }

    @Test
    void the2019FormatHasOneOtherProcessingRow() {
        assertThat(ReportLayout.outcomeRows(ReportFormat.F2021)).hasSize(21).contains("OTHER_FEE_UNPAID");
        assertThat(ReportLayout.outcomeRows(ReportFormat.F2019)).hasSize(19).contains("OTHER_PROCESSING")
                .doesNotContain("OTHER", "OTHER_NO_CORRECTION");
        Map<String, Map<String, Long>> t3 = t3("NEW_THIS_YEAR", "NATURAL_PERSON", 1, "NEW_THIS_YEAR", "TOTAL", 1,
                "OTHER_PROCESSING", "NATURAL_PERSON", 1, "OTHER_PROCESSING", "TOTAL", 1,
                "TOTAL_HANDLED", "NATURAL_PERSON", 1, "TOTAL_HANDLED", "TOTAL", 1);
        assertThat(ReportChecks.of(new ReportTables(ReportFormat.F2019, Map.of(), t3, Map.of())))
                .allMatch(ReportChecks.Check::ok);
    }

    @Test
    void table3GridHasTheNationalShape() {
        Grid g = ReportGrids.table3(balanced());
        assertThat(g.placed()).isNotEmpty();
        assertThat(g.rows()).hasSize(3 + 25);
        assertThat(g.rows().get(0).cells().get(0).text()).isEqualTo("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
        Grid t4 = ReportGrids.table4(balanced());
        assertThat(t4.rows().get(3).cells()).hasSize(15);
    }

    static List<ReportChecks.Check> failed(ReportTables t) {
        return ReportChecks.of(t).stream().filter(c -> !c.ok()).toList();
    }
}
