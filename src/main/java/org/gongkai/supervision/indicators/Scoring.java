package org.gongkai.supervision.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.supervision.IndicatorTable;
import org.gongkai.supervision.IndicatorTable.Light;

/**
 * Values, scores, ranks and lights of one month, from the figures each unit has (no Spring, no database).
 * A rate's value is numerator ÷ denominator as a fraction 0–1 at scale 4 (half up); a figure without a denominator
 * is its numerator. Score = Σ weight × value (lower-is-better: weight × (1 − rate), or −weight × count), scale 2.
 * Rank 1 = highest score within the unit's comparison group; equal scores share a rank (1, 1, 3).
 */
final class Scoring {

    static final int VALUE_SCALE = 4;
    static final int SCORE_SCALE = 2;

    /** One figure of a unit as collected, with the link to the records behind it. */
    record Figure(String code, long numerator, Long denominator, String recordsHref) {}

    /** A scored unit: the port's row plus its comparison group and the drill-down links by code. */
    record Scored(IndicatorTable.UnitRow row, String group, Map<String, String> recordsHrefs) {}

    private Scoring() {}

    static BigDecimal value(long numerator, Long denominator) {
        if (denominator == null) {
            return BigDecimal.valueOf(numerator).setScale(VALUE_SCALE);
        }
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), VALUE_SCALE, RoundingMode.HALF_UP);
    }

    static List<Scored> score(Map<String, List<Figure>> figuresByUnit, Map<String, String> names,
            IndicatorSettings settings) {
        List<Scored> scored = new ArrayList<>();
        for (var e : figuresByUnit.entrySet()) {
            List<IndicatorTable.Value> values = new ArrayList<>();
            Map<String, String> hrefs = new HashMap<>();
            BigDecimal score = BigDecimal.ZERO;
            List<Figure> figures = new ArrayList<>(e.getValue());
            figures.sort(Comparator.comparingInt((Figure f) -> IndicatorCodes.order(f.code())).thenComparing(Figure::code));
            for (Figure f : figures) {
                if (f.denominator() != null && f.denominator() <= 0) {
                    continue; // nothing counted: absent, not zero
                }
                BigDecimal value = value(f.numerator(), f.denominator());
                values.add(new IndicatorTable.Value(f.code(), f.numerator(), f.denominator(), value));
                if (f.recordsHref() != null) {
                    hrefs.put(f.code(), f.recordsHref());
                }
                BigDecimal counted = !settings.lowerIsBetter(f.code()) ? value
                        : f.denominator() == null ? value.negate() : BigDecimal.ONE.subtract(value);
                score = score.add(settings.weight(f.code()).multiply(counted));
            }
            if (values.isEmpty()) {
                continue;
            }
            score = score.setScale(SCORE_SCALE, RoundingMode.HALF_UP);
            Light light = score.compareTo(settings.redBelow()) < 0 ? Light.RED
                    : score.compareTo(settings.yellowBelow()) < 0 ? Light.YELLOW : Light.NONE;
            String unitCode = e.getKey();
            scored.add(new Scored(new IndicatorTable.UnitRow(unitCode, names.getOrDefault(unitCode, unitCode),
                    List.copyOf(values), score, 0, light), settings.groupOf(unitCode), Map.copyOf(hrefs)));
        }
        return rank(scored);
    }

    /** Competition ranking per group: 1 + the number of units of the group with a strictly higher score. */
    static List<Scored> rank(List<Scored> scored) {
        List<Scored> out = new ArrayList<>();
        for (Scored s : scored) {
            int higher = 0;
            for (Scored other : scored) {
                if (other.group().equals(s.group()) && other.row().score().compareTo(s.row().score()) > 0) {
                    higher++;
                }
            }
            IndicatorTable.UnitRow r = s.row();
            out.add(new Scored(new IndicatorTable.UnitRow(r.unitCode(), r.unitName(), r.indicators(), r.score(),
                    higher + 1, r.light()), s.group(), s.recordsHrefs()));
        }
        out.sort(Comparator.comparing(Scored::group).thenComparingInt((Scored s) -> s.row().rank())
                .thenComparing(s -> s.row().unitCode()));
        return out;
    }
}
