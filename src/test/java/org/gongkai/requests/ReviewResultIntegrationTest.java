package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.TestActors.TestActor;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Table 四 counts a review by its result as known at the period's end: a result that arrives after the year
 * still counts as 尚未审结 for that year (differences are measured: the database is shared).
 */
@IntegrationTest
class ReviewResultIntegrationTest {

    static final String FINANCE = "119901011001002878";

    @Autowired RequestService requests;
    @Autowired RequestStatistics statistics;
    @Autowired UnitDirectory units;
    @Autowired MockMvc mvc;

    @Test
    void aResultKnownAfterTheYearCountsAsPendingForThatYear() throws Exception {
        long unit = units.findByCreditCode(FINANCE).orElseThrow().id();
        TestActor officer = new TestActor(-4, "review-test", "承办人", Map.of(unit, Set.of(Role.REQUEST_OFFICER)));
        String tn = requests.register(officer, new ApplicationInput("NATURAL_PERSON", "周八", "11010519491231002X",
                null, "13912345678", null, "示例县某路2号", FINANCE, "复议结果测试", "PAPER", "POST"),
                Channel.LETTER, LocalDate.parse("2021-10-08")).trackingNumber();
        requests.decide(officer, tn, LocalDate.parse("2021-10-20"), DecisionCode.WITHHELD_INTERNAL_AFFAIRS, "内部事务");
        requests.recordReview(officer, tn, ReviewKind.RECONSIDERATION, LocalDate.parse("2021-11-01"), ReviewResult.PENDING);

        var year2021Before = reconsiderations(unit, "2021-12-31");
        var laterBefore = reconsiderations(unit, "2022-12-31");

        mvc.perform(post("/api/v1/staff/disclosure-requests/" + tn + "/review-result")
                        .with(TestActors.as(-4, "review-test", officer.unitRoles()))
                        .contentType("application/json")
                        .content("{\"kind\": \"RECONSIDERATION\", \"filedOn\": \"2021-11-01\", \"result\": \"CORRECTED\", "
                                + "\"resultOn\": \"2022-02-15\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reviews[0].result").value("CORRECTED"))
                .andExpect(jsonPath("$.reviews[0].resultOn").value("2022-02-15"));

        var year2021 = reconsiderations(unit, "2021-12-31");
        assertThat(year2021).as("known only in 2022: still pending at the end of 2021").isEqualTo(year2021Before);
        var later = reconsiderations(unit, "2022-12-31");
        assertThat(later.getOrDefault(ReviewResult.CORRECTED, 0L) - laterBefore.getOrDefault(ReviewResult.CORRECTED, 0L))
                .isEqualTo(1);
        assertThat(laterBefore.getOrDefault(ReviewResult.PENDING, 0L) - later.getOrDefault(ReviewResult.PENDING, 0L))
                .isEqualTo(1);
    }

    @Test
    void aResultBeforeTheFilingOrForAnUnknownReviewIsRefused() {
        long unit = units.findByCreditCode(FINANCE).orElseThrow().id();
        TestActor officer = new TestActor(-4, "review-test", "承办人", Map.of(unit, Set.of(Role.REQUEST_OFFICER)));
        String tn = requests.register(officer, new ApplicationInput("NATURAL_PERSON", "吴九", "11010519491231002X",
                null, "13912345678", null, "示例县某路3号", FINANCE, "复议结果拒绝测试", "PAPER", "POST"),
                Channel.LETTER, LocalDate.parse("2024-03-01")).trackingNumber();
        requests.decide(officer, tn, LocalDate.parse("2024-03-10"), DecisionCode.DISCLOSED, "已公开");
        requests.recordReview(officer, tn, ReviewKind.LITIGATION_DIRECT, LocalDate.parse("2024-04-01"), ReviewResult.PENDING);

        assertThatThrownBy(() -> requests.concludeReview(officer, tn, ReviewKind.LITIGATION_DIRECT,
                LocalDate.parse("2024-04-01"), ReviewResult.UPHELD, LocalDate.parse("2024-03-15")))
                .isInstanceOf(GongkaiException.class).extracting("field").isEqualTo("resultOn");
        assertThatThrownBy(() -> requests.concludeReview(officer, tn, ReviewKind.RECONSIDERATION,
                LocalDate.parse("2024-04-01"), ReviewResult.UPHELD, LocalDate.parse("2024-05-15")))
                .isInstanceOf(GongkaiException.class).extracting("field").isEqualTo("filedOn");
        assertThatThrownBy(() -> requests.concludeReview(officer, tn, ReviewKind.LITIGATION_DIRECT,
                LocalDate.parse("2024-04-01"), ReviewResult.PENDING, LocalDate.parse("2024-05-15")))
                .isInstanceOf(GongkaiException.class).extracting("field").isEqualTo("result");
    }

    private Map<ReviewResult, Long> reconsiderations(long unit, String to) {
        return statistics.reviewsFiledIn(unit, LocalDate.parse("2021-01-01"), LocalDate.parse(to))
                .getOrDefault(ReviewKind.RECONSIDERATION, Map.of());
    }
}
