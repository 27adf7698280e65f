package org.gongkai.trading.draws;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gongkai.trading.ProjectType;
import org.gongkai.trading.draws.Eligibility.Candidate;
import org.gongkai.trading.draws.Eligibility.Context;
import org.gongkai.trading.draws.Eligibility.Exclusion;
import org.gongkai.trading.draws.Eligibility.FormerEmployer;
import org.junit.jupiter.api.Test;

/** Every exclusion reason of step 2, its order, and the pool's order. */
class EligibilityTest {

    private static final LocalDate DRAW = LocalDate.of(2026, 6, 15);
    private static final String BUYER = "11990101100100148H";
    private static final String SUPERVISOR = "119901011001002878";
    private static final String BIDDER = "91990101MA0000001X";
    private static final String OTHER = "91990101MA0000002X";

    private static Candidate expert(String id, String status, String employer, List<FormerEmployer> former,
            Set<String> conflicts) {
        return new Candidate(id, Set.of("A01", "B02"), status, null, null, employer, former, conflicts);
    }

    private static Candidate plain(String id) {
        return expert(id, "ACTIVE", OTHER, List.of(), Set.of());
    }

    private static Context context(ProjectType type) {
        return new Context(type, BUYER, SUPERVISOR, Set.of(BIDDER), DRAW, Set.of(), Set.of());
    }

    private static ExclusionReason reason(Candidate c, ProjectType type) {
        return Eligibility.firstReason(c, context(type));
    }

    @Test
    void inactiveStatusesOnTheDrawDateAreExcluded() {
        for (String status : List.of("SUSPENDED", "BLACKLISTED", "ON_LEAVE")) {
            assertThat(reason(expert("E", status, OTHER, List.of(), Set.of()), ProjectType.WORKS))
                    .isEqualTo(ExclusionReason.NOT_ACTIVE);
        }
        Candidate leaveEnded = new Candidate("E", Set.of("A01"), "ON_LEAVE", DRAW.minusDays(30), DRAW.minusDays(1),
                OTHER, List.of(), Set.of());
        Candidate leaveAhead = new Candidate("E", Set.of("A01"), "ON_LEAVE", DRAW.plusDays(1), null,
                OTHER, List.of(), Set.of());
        Candidate leaveToday = new Candidate("E", Set.of("A01"), "ON_LEAVE", DRAW, DRAW, OTHER, List.of(), Set.of());
        assertThat(reason(leaveEnded, ProjectType.WORKS)).isNull();
        assertThat(reason(leaveAhead, ProjectType.WORKS)).isNull();
        assertThat(reason(leaveToday, ProjectType.WORKS)).isEqualTo(ExclusionReason.NOT_ACTIVE);
    }

    @Test
    void employersOfBidderBuyerAndSupervisorAreExcluded() {
        assertThat(reason(expert("E", "ACTIVE", BIDDER, List.of(), Set.of()), ProjectType.WORKS))
                .isEqualTo(ExclusionReason.EMPLOYED_BY_BIDDER);
        assertThat(reason(expert("E", "ACTIVE", BUYER, List.of(), Set.of()), ProjectType.WORKS))
                .isEqualTo(ExclusionReason.EMPLOYED_BY_BUYER);
        assertThat(reason(expert("E", "ACTIVE", SUPERVISOR, List.of(), Set.of()), ProjectType.WORKS))
                .isEqualTo(ExclusionReason.EMPLOYED_BY_SUPERVISOR);
        assertThat(reason(expert("E", "ACTIVE", null, List.of(), Set.of()), ProjectType.WORKS)).isNull();
    }

    @Test
    void formerEmployeesOfABidderWithinThreeYearsOnlyInProcurement() {
        Candidate recent = expert("E", "ACTIVE", OTHER, List.of(new FormerEmployer(BIDDER, DRAW.minusYears(3)
                .plusDays(1))), Set.of());
        Candidate threeYears = expert("E", "ACTIVE", OTHER, List.of(new FormerEmployer(BIDDER, DRAW.minusYears(3))),
                Set.of());
        Candidate otherFormer = expert("E", "ACTIVE", OTHER, List.of(new FormerEmployer(OTHER, DRAW)), Set.of());
        assertThat(reason(recent, ProjectType.PROCUREMENT)).isEqualTo(ExclusionReason.FORMER_EMPLOYEE_OF_BIDDER);
        assertThat(reason(threeYears, ProjectType.PROCUREMENT)).isNull();
        assertThat(reason(otherFormer, ProjectType.PROCUREMENT)).isNull();
        assertThat(reason(recent, ProjectType.WORKS)).isNull();
    }

    @Test
    void declaredConflictsWithABidderOrTheBuyerAreExcluded() {
        assertThat(reason(expert("E", "ACTIVE", OTHER, List.of(), Set.of(BIDDER)), ProjectType.LAND_MINING))
                .isEqualTo(ExclusionReason.CONFLICT_OF_INTEREST);
        assertThat(reason(expert("E", "ACTIVE", OTHER, List.of(), Set.of(BUYER)), ProjectType.STATE_ASSETS))
                .isEqualTo(ExclusionReason.CONFLICT_OF_INTEREST);
        assertThat(reason(expert("E", "ACTIVE", OTHER, List.of(), Set.of(SUPERVISOR)), ProjectType.WORKS)).isNull();
    }

    @Test
    void theFirstReasonThatAppliesIsRecorded() {
        Candidate everything = new Candidate("E", Set.of("A01"), "SUSPENDED", null, null, BIDDER,
                List.of(new FormerEmployer(BIDDER, DRAW)), Set.of(BUYER));
        assertThat(reason(everything, ProjectType.PROCUREMENT)).isEqualTo(ExclusionReason.NOT_ACTIVE);
        Candidate buyerAndConflict = expert("E", "ACTIVE", BUYER, List.of(new FormerEmployer(BIDDER, DRAW)),
                Set.of(BIDDER));
        assertThat(reason(buyerAndConflict, ProjectType.PROCUREMENT)).isEqualTo(ExclusionReason.EMPLOYED_BY_BUYER);
        Candidate formerAndConflict = expert("E", "ACTIVE", OTHER, List.of(new FormerEmployer(BIDDER, DRAW)),
                Set.of(BIDDER));
        assertThat(reason(formerAndConflict, ProjectType.PROCUREMENT))
                .isEqualTo(ExclusionReason.FORMER_EMPLOYEE_OF_BIDDER);
    }

    @Test
    void replacementDrawsExcludeTheDrawnAndTheDeclinedAfterTheRules() {
        Context replacement = new Context(ProjectType.WORKS, BUYER, SUPERVISOR, Set.of(BIDDER), DRAW,
                Set.of("E-1", "E-3"), Set.of("E-2", "E-3"));
        Eligibility.Screening s = Eligibility.screen("A01", List.of(plain("E-3"), plain("E-2"), plain("E-1"),
                plain("E-4"), expert("E-5", "BLACKLISTED", OTHER, List.of(), Set.of())), replacement);
        assertThat(s.pool()).containsExactly("E-4");
        assertThat(s.exclusions()).containsExactly(new Exclusion("E-1", ExclusionReason.ALREADY_DRAWN),
                new Exclusion("E-2", ExclusionReason.DECLINED), new Exclusion("E-3", ExclusionReason.DECLINED),
                new Exclusion("E-5", ExclusionReason.NOT_ACTIVE));
    }

    @Test
    void onlyTheRequestedSpecialtyCountsAndThePoolIsSorted() {
        Candidate otherSpecialty = new Candidate("A-0", Set.of("C03"), "ACTIVE", null, null, OTHER, List.of(), Set.of());
        Eligibility.Screening s = Eligibility.screen("B02", List.of(plain("z-1"), otherSpecialty, plain("Z-2"),
                plain("a-3")), context(ProjectType.WORKS));
        assertThat(s.pool()).containsExactly("Z-2", "a-3", "z-1");
        assertThat(s.exclusions()).isEmpty();
    }
}
