package org.gongkai.trading.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The objection period in effect: a late publication never shortens the period the public has. */
class ObjectionPeriodTest {

    static final LocalDate D = LocalDate.of(2026, 6, 15);
    final ObjectionPeriod written = new ObjectionPeriod(D, D.plusDays(4));

    @Test
    void publishedInTimeTheWrittenPeriodHolds() {
        assertThat(written.effective(D, 3)).isEqualTo(written);
        assertThat(written.effective(D.minusDays(2), 3)).isEqualTo(written);
        assertThat(written.days()).isEqualTo(5);
    }

    @Test
    void publishedLateThePeriodStartsOnPublicationAndLastsTheMinimum() {
        assertThat(written.effective(D.plusDays(1), 3)).isEqualTo(new ObjectionPeriod(D.plusDays(1), D.plusDays(4)));
        assertThat(written.effective(D.plusDays(3), 3)).isEqualTo(new ObjectionPeriod(D.plusDays(3), D.plusDays(5)));
        assertThat(written.effective(D.plusDays(10), 3)).isEqualTo(new ObjectionPeriod(D.plusDays(10), D.plusDays(12)));
    }

    @Test
    void openUntilTheLastDayIncluded() {
        assertThat(written.openOn(D.plusDays(4))).isTrue();
        assertThat(written.openOn(D.plusDays(5))).isFalse();
        assertThat(written.runningOn(D.minusDays(1))).isFalse();
        assertThat(written.runningOn(D)).isTrue();
    }
}
