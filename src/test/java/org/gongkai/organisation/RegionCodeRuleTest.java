package org.gongkai.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionCodeRuleTest {

    @Test
    void codeMustBeTwelveDigits() {
        assertThat(RegionCodeRule.problem("99010100000", RegionLevel.COUNTY, null, null)).contains("区划代码应为12位数字");
        assertThat(RegionCodeRule.problem("99010100000A", RegionLevel.COUNTY, null, null)).isPresent();
        assertThat(RegionCodeRule.problem("990101000000", RegionLevel.COUNTY, null, null)).isEmpty();
    }

    @Test
    void townshipCodeStartsWithItsCountysFirstSixDigits() {
        assertThat(RegionCodeRule.problem("990101100000", RegionLevel.TOWNSHIP, RegionLevel.COUNTY, "990101000000"))
                .isEmpty();
        assertThat(RegionCodeRule.problem("990102100000", RegionLevel.TOWNSHIP, RegionLevel.COUNTY, "990101000000"))
                .get().asString().contains("990101");
    }

    @Test
    void villageCodeStartsWithItsTownshipsFirstNineDigits() {
        assertThat(RegionCodeRule.problem("990101100201", RegionLevel.VILLAGE, RegionLevel.TOWNSHIP, "990101100000"))
                .isEmpty();
        assertThat(RegionCodeRule.problem("990101101201", RegionLevel.VILLAGE, RegionLevel.TOWNSHIP, "990101100000"))
                .get().asString().contains("990101100");
    }

    @Test
    void levelsNestCountyTownshipVillage() {
        assertThat(RegionCodeRule.problem("990101100201", RegionLevel.VILLAGE, RegionLevel.COUNTY, "990101000000"))
                .isPresent();
        assertThat(RegionCodeRule.problem("990101100000", RegionLevel.TOWNSHIP, null, null)).isPresent();
        assertThat(RegionCodeRule.problem("990101000000", RegionLevel.COUNTY, RegionLevel.COUNTY, "990100000000"))
                .isPresent();
    }
}
