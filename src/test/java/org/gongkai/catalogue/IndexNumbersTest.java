package org.gongkai.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IndexNumbersTest {

    @Test
    void defaultPatternIsCreditCodeYearAndFiveDigitSequence() {
        assertThat(IndexNumbers.format("{creditCode}/{YYYY}-{NNNNN}", "11990101100100148H", LocalDate.of(2026, 3, 1), 42))
                .isEqualTo("11990101100100148H/2026-00042");
    }

    @Test
    void patternWithMonthAndOtherWidth() {
        assertThat(IndexNumbers.format("{creditCode}/{YYYY}{MM}-{NNN}", "000014349", LocalDate.of(2021, 10, 5), 13))
                .isEqualTo("000014349/202110-013");
    }
}
