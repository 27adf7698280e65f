package org.gongkai.requests.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gongkai.common.GongkaiException;
import org.gongkai.requests.fees.FeeSchedule.Method;
import org.gongkai.requests.fees.FeeSchedule.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 国办函〔2020〕109号 tiers (RULES §1.2) at every boundary. */
class FeeScheduleTest {

    private final FeeSchedule fees = new ProgressiveFeeSchedule(FeeProperties.defaults());

    @ParameterizedTest(name = "application #{0} costs {1} fen")
    @CsvSource({"1,0", "10,0", "11,10000", "30,10000", "31,20000", "40,20000", "41,30000", "45,30000", "50,30000",
            "51,40000", "60,40000", "61,50000"})
    void chargesEachApplicationByItsBandThisMonth(int ordinal, long fen) {
        assertThat(fees.perApplicationFen(ordinal)).isEqualTo(fen);
    }

    @Test
    void theFortyFifthApplicationCostsThreeHundredYuanAndBringsTheMonthToFiveThousandFiveHundred() {
        assertThat(fees.perApplicationFen(45)).isEqualTo(30_000);
        assertThat(fees.monthTotalFen(45)).isEqualTo(550_000); // 20×100 + 10×200 + 5×300 元
        assertThat(fees.monthTotalFen(10)).isZero();
        assertThat(fees.monthTotalFen(30)).isEqualTo(200_000);
        assertThat(fees.monthTotalFen(0)).isZero();
    }

    @ParameterizedTest(name = "{0} pages cost {1} fen")
    @CsvSource({"1,0", "30,0", "31,1000", "100,70000", "101,72000", "150,170000", "200,270000", "201,274000",
            "250,470000"})
    void chargesPagesExcessProgressively(int pages, long fen) {
        assertThat(fees.perPageFen(pages)).isEqualTo(fen);
    }

    @Test
    void aHundredAndFiftyPagesCostOneThousandSevenHundredYuanWithItsTiersExplained() {
        Quote quote = fees.quote(Method.PER_PAGE, 150);

        assertThat(quote.amountFen()).isEqualTo(170_000);
        assertThat(quote.amountYuan()).isEqualTo("1700.00");
        assertThat(quote.breakdown()).extracting(FeeSchedule.Line::units).containsExactly(30, 70, 50);
        assertThat(quote.breakdown()).extracting(FeeSchedule.Line::subtotalFen).containsExactly(0L, 70_000L, 100_000L);
        assertThat(quote.breakdown().get(1).description()).isEqualTo("第31–100页，每页10.00元，共70页，计700.00元");
    }

    @Test
    void perApplicationQuoteNamesTheBand() {
        Quote quote = fees.quote(Method.PER_APPLICATION, 45);

        assertThat(quote.amountFen()).isEqualTo(30_000);
        assertThat(quote.breakdown()).singleElement().satisfies(line -> {
            assertThat(line.from()).isEqualTo(41);
            assertThat(line.to()).isEqualTo(50);
            assertThat(line.description()).contains("第45件", "41–50", "300.00元");
        });
    }

    @Test
    void refusesZeroOrNegativeQuantitiesAtTheirField() {
        assertThatThrownBy(() -> fees.perApplicationFen(0)).isInstanceOf(GongkaiException.class)
                .extracting(e -> ((GongkaiException) e).field()).isEqualTo("ordinalThisMonth");
        assertThatThrownBy(() -> fees.perPageFen(-1)).isInstanceOf(GongkaiException.class)
                .extracting(e -> ((GongkaiException) e).field()).isEqualTo("pages");
    }

    @Test
    void tiersAreSettings() {
        FeeProperties lower = new FeeProperties(new FeeProperties.PerApplication(5, 20, 5_000L, 5, 5_000L),
                new FeeProperties.PerPage(List.of(new FeeProperties.Tier(51, 500L))));
        FeeSchedule county = new ProgressiveFeeSchedule(lower);

        assertThat(county.perApplicationFen(5)).isZero();
        assertThat(county.perApplicationFen(6)).isEqualTo(5_000);
        assertThat(county.perApplicationFen(21)).isEqualTo(10_000);
        assertThat(county.perApplicationFen(26)).isEqualTo(15_000);
        assertThat(county.perPageFen(50)).isZero();
        assertThat(county.perPageFen(60)).isEqualTo(5_000);
    }

    @Test
    void formatsFenAsYuan() {
        assertThat(FeeSchedule.yuan(170_000)).isEqualTo("1700.00");
        assertThat(FeeSchedule.yuan(5)).isEqualTo("0.05");
    }
}
