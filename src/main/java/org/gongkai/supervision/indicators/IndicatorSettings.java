package org.gongkai.supervision.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the indicator table scores and groups units ({@code gongkai.supervision.indicators.*}; defaults in
 * application.yml).
 *
 * @param weights            points per indicator code: a unit's score is Σ weight × value over the indicators it has;
 *                           a code without a weight weighs 0 (shown, not scored)
 * @param lowerIsBetter      codes where less is better: a rate counts as weight × (1 − value), a count as
 *                           −weight × value
 * @param groups             comparison groups: name → unit credit codes ranked together; units in no group form the
 *                           group {@code defaultGroup} (with no groups: every unit in one ranking)
 * @param defaultGroup       the name of the group of the units no group names
 * @param redBelow           a score below this is on the red list
 * @param yellowBelow        a score below this (and not red) is on the yellow list
 * @param documentWorkingDays a document is on time when published on or before this working day after its
 *                           written-on date
 * @param countyOffice       credit code of the county government office whose supervisors see every unit; blank: the
 *                           county government's unit named …政府办公室 (as the annual reports' approving office)
 */
@ConfigurationProperties("gongkai.supervision.indicators")
record IndicatorSettings(Map<String, BigDecimal> weights, List<String> lowerIsBetter,
        Map<String, List<String>> groups, @DefaultValue("全部单位") String defaultGroup,
        @DefaultValue("60") BigDecimal redBelow, @DefaultValue("80") BigDecimal yellowBelow,
        @DefaultValue("20") int documentWorkingDays, @DefaultValue("") String countyOffice) {

    IndicatorSettings {
        weights = weights == null ? Map.of() : Map.copyOf(weights);
        lowerIsBetter = lowerIsBetter == null ? List.of() : List.copyOf(lowerIsBetter);
        groups = groups == null ? Map.of() : Map.copyOf(groups);
        if (documentWorkingDays < 1 || documentWorkingDays > 60) {
            throw new IllegalArgumentException("gongkai.supervision.indicators.document-working-days: 1 to 60");
        }
    }

    BigDecimal weight(String code) {
        return weights.getOrDefault(code, BigDecimal.ZERO);
    }

    boolean lowerIsBetter(String code) {
        return lowerIsBetter.contains(code);
    }

    /** The group a unit is compared in. */
    String groupOf(String unitCode) {
        for (var e : groups.entrySet()) {
            if (e.getValue().contains(unitCode)) {
                return e.getKey();
            }
        }
        return defaultGroup;
    }
}
