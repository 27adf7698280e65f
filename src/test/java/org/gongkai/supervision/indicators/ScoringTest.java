package org.gongkai.supervision.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.supervision.IndicatorTable.Light;
import org.junit.jupiter.api.Test;

/** Scores, ranks, groups and lights of hand-made figures (no Spring): every expected number computed by hand. */
class ScoringTest {

    static IndicatorSettings settings(Map<String, List<String>> groups) {
        return new IndicatorSettings(Map.of("A_RATE", new BigDecimal("40"), "B_RATE", new BigDecimal("20"),
                "POINTS", new BigDecimal("0.5"), "BAD_RATE", new BigDecimal("10"), "PENALTIES", new BigDecimal("2")),
                List.of("BAD_RATE", "PENALTIES"), groups, "全部单位", new BigDecimal("60"), new BigDecimal("80"), 20, "");
    }

    static Scoring.Figure f(String code, long numerator, Long denominator) {
        return new Scoring.Figure(code, numerator, denominator, null);
    }

    static Map<String, Scoring.Scored> byUnit(List<Scoring.Scored> scored) {
        Map<String, Scoring.Scored> out = new LinkedHashMap<>();
        scored.forEach(s -> out.put(s.row().unitCode(), s));
        return out;
    }

    @Test
    void scoresAreTheWeightedSumOverTheIndicatorsAUnitHasAndTiesShareARank() {
        Map<String, List<Scoring.Figure>> figures = new LinkedHashMap<>();
        // 40 × 0.75 + 20 × 1 + 0.5 × 36 = 30 + 20 + 18 = 68.00
        figures.put("U1", List.of(f("A_RATE", 3, 4L), f("B_RATE", 5, 5L), f("POINTS", 36, null)));
        // 40 × 1 + 10 × (1 − 0.25) + (−2 × 3) = 40 + 7.5 − 6 = 41.50
        figures.put("U2", List.of(f("A_RATE", 2, 2L), f("BAD_RATE", 1, 4L), f("PENALTIES", 3, null)));
        // 40 × 0.5 + 20 × 1 + 0.5 × 56 = 20 + 20 + 28 = 68.00: tied with U1
        figures.put("U3", List.of(f("A_RATE", 1, 2L), f("B_RATE", 1, 1L), f("POINTS", 56, null)));
        // 40 × (2 ÷ 3 = 0.6667) + an unweighted code: 26.668 → 26.67; a zero denominator is absent, not 0
        figures.put("U4", List.of(f("A_RATE", 2, 3L), f("UNKNOWN", 9, 10L), f("B_RATE", 0, 0L)));
        // 20 × 1 + 0.5 × 130 = 85.00: no light
        figures.put("U5", List.of(f("B_RATE", 7, 7L), f("POINTS", 130, null)));
        figures.put("U6", List.of(f("B_RATE", 0, 0L))); // nothing counted: no row at all

        Map<String, Scoring.Scored> s = byUnit(Scoring.score(figures, Map.of("U1", "一"), settings(Map.of())));

        assertThat(s.keySet()).containsExactly("U5", "U1", "U3", "U2", "U4");
        assertThat(s.get("U1").row().score()).isEqualByComparingTo("68.00");
        assertThat(s.get("U3").row().score()).isEqualByComparingTo("68.00");
        assertThat(s.get("U2").row().score()).isEqualByComparingTo("41.50");
        assertThat(s.get("U4").row().score()).isEqualByComparingTo("26.67");
        assertThat(s.get("U5").row().score()).isEqualByComparingTo("85.00");
        assertThat(s.values()).extracting(x -> x.row().rank()).containsExactly(1, 2, 2, 4, 5);
        assertThat(s.get("U1").row().unitName()).isEqualTo("一");
        assertThat(s.get("U4").row().indicators()).extracting(v -> v.code()).containsExactly("A_RATE", "UNKNOWN");
        assertThat(s.get("U4").row().indicators().get(0).value()).isEqualTo(new BigDecimal("0.6667"));
        assertThat(s.get("U1").row().indicators().get(2).value()).isEqualTo(new BigDecimal("36.0000"));
        assertThat(s.get("U5").row().light()).isEqualTo(Light.NONE);
        assertThat(s.get("U1").row().light()).isEqualTo(Light.YELLOW);
        assertThat(s.get("U2").row().light()).isEqualTo(Light.RED);
    }

    @Test
    void unitsAreRankedWithinTheirComparisonGroup() {
        Map<String, List<Scoring.Figure>> figures = new LinkedHashMap<>();
        figures.put("T1", List.of(f("A_RATE", 1, 2L))); // 20.00
        figures.put("T2", List.of(f("A_RATE", 1, 1L))); // 40.00
        figures.put("D1", List.of(f("A_RATE", 1, 4L))); // 10.00
        figures.put("D2", List.of(f("A_RATE", 3, 4L))); // 30.00
        Map<String, Scoring.Scored> s = byUnit(Scoring.score(figures, Map.of(),
                settings(Map.of("乡镇", List.of("T1", "T2")))));
        assertThat(s.get("T2").row().rank()).isEqualTo(1);
        assertThat(s.get("T1").row().rank()).isEqualTo(2);
        assertThat(s.get("D2").row().rank()).isEqualTo(1);
        assertThat(s.get("D1").row().rank()).isEqualTo(2);
        assertThat(s.get("T1").group()).isEqualTo("乡镇");
        assertThat(s.get("D1").group()).isEqualTo("全部单位");
    }
}
