package org.gongkai.requests.fees;

import java.util.Comparator;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The 信息处理费 tiers (国办函〔2020〕109号), with the national standard as defaults. A county may only lower
 * them; the settings exist so that a change of the national standard needs no new release.
 *
 * @param perApplication the per-application (按件) tiers, counted per applicant per calendar month
 * @param perPage        the per-page (按量) tiers
 */
@ConfigurationProperties("gongkai.requests.fees")
public record FeeProperties(PerApplication perApplication, PerPage perPage) {

    public FeeProperties {
        perApplication = perApplication == null ? PerApplication.DEFAULTS : perApplication;
        perPage = perPage == null ? PerPage.DEFAULTS : perPage;
    }

    public static FeeProperties defaults() {
        return new FeeProperties(null, null);
    }

    /**
     * Applications 1..{@code freePerMonth} are free; up to {@code firstBandUpTo} each costs {@code firstBandFen};
     * after that each further band of {@code bandSize} costs {@code bandIncrementFen} more per application.
     */
    public record PerApplication(Integer freePerMonth, Integer firstBandUpTo, Long firstBandFen, Integer bandSize,
            Long bandIncrementFen) {

        static final PerApplication DEFAULTS = new PerApplication(10, 30, 10_000L, 10, 10_000L);

        public PerApplication {
            freePerMonth = freePerMonth == null ? 10 : freePerMonth;
            firstBandUpTo = firstBandUpTo == null ? 30 : firstBandUpTo;
            firstBandFen = firstBandFen == null ? 10_000L : firstBandFen;
            bandSize = bandSize == null ? 10 : bandSize;
            bandIncrementFen = bandIncrementFen == null ? 10_000L : bandIncrementFen;
            if (freePerMonth < 0 || firstBandUpTo < freePerMonth || bandSize < 1 || firstBandFen < 0
                    || bandIncrementFen < 0) {
                throw new IllegalStateException("gongkai.requests.fees.per-application: need 0 <= free-per-month <= "
                        + "first-band-up-to, band-size >= 1 and non-negative amounts");
            }
        }
    }

    /**
     * Pages before the first tier are free; each tier charges {@code fenPerPage} for every page from
     * {@code fromPage} up to the page before the next tier.
     */
    public record PerPage(List<Tier> tiers) {

        static final PerPage DEFAULTS = new PerPage(null);

        public PerPage {
            tiers = tiers == null || tiers.isEmpty()
                    ? List.of(new Tier(31, 1_000L), new Tier(101, 2_000L), new Tier(201, 4_000L))
                    : tiers.stream().sorted(Comparator.comparingInt(Tier::fromPage)).toList();
            for (int i = 0; i < tiers.size(); i++) {
                Tier tier = tiers.get(i);
                if (tier.fromPage() < 1 || tier.fenPerPage() < 0
                        || (i > 0 && tiers.get(i - 1).fromPage() == tier.fromPage())) {
                    throw new IllegalStateException("gongkai.requests.fees.per-page.tiers: from-page must be >= 1 and "
                            + "distinct, fen-per-page non-negative");
                }
            }
        }
    }

    public record Tier(int fromPage, long fenPerPage) {}
}
