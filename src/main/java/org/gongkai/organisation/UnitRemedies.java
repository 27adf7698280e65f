package org.gongkai.organisation;

import java.util.Map;
import org.gongkai.organisation.UnitDirectory.LetterDetails;

/**
 * Resolves a unit's letter details, naming the 行政复议机关 and the 人民法院 (#10, RULES §1 remedies):
 * <ul>
 *   <li>the unit's own settings when given;</li>
 *   <li>a government with no government above it: {@link RemedySettings#superiorGovernment()} and
 *       {@link RemedySettings#intermediateCourt()} (a lawsuit against a county-level government goes to the
 *       intermediate court);</li>
 *   <li>a government below another government (a township): that government, and the basic court of its
 *       area;</li>
 *   <li>any other unit (a department, a centre): the nearest government above it (本级人民政府), and the basic
 *       court of its area.</li>
 * </ul>
 * The basic court is {@link RemedySettings#basicCourt()} when set, else the government's name with 人民政府
 * replaced by 人民法院 (示例县人民政府 → 示例县人民法院).
 */
final class UnitRemedies {

    private UnitRemedies() {}

    static LetterDetails resolve(Unit unit, UnitLetterSettings own, Map<Long, Unit> units, RemedySettings settings) {
        Unit government = governmentAbove(unit, units);
        String body;
        String court;
        if (unit.type() == UnitType.GOVERNMENT && government == null) {
            body = settings.superiorGovernment();
            court = settings.intermediateCourt();
        } else if (government == null) {
            body = RemedySettings.GENERIC_GOVERNMENT;
            court = basicCourt(null, settings);
        } else {
            body = government.name();
            court = basicCourt(government, settings);
        }
        return new LetterDetails(unit.name(), own.contactPerson(), unit.officePhone(), unit.officeAddress(),
                own.letterNumberPrefix(), own.reconsiderationBody() != null ? own.reconsiderationBody() : body,
                own.litigationCourt() != null ? own.litigationCourt() : court);
    }

    /**
     * The nearest unit of type GOVERNMENT (县级以上) strictly above {@code unit}, or null. Township governments do
     * not decide reconsiderations and have no court, so a unit under a township goes to the county's.
     */
    private static Unit governmentAbove(Unit unit, Map<Long, Unit> units) {
        Long parent = unit.parentId();
        for (int guard = 0; parent != null && guard < units.size(); guard++) {
            Unit p = units.get(parent);
            if (p == null) {
                return null;
            }
            if (p.type() == UnitType.GOVERNMENT) {
                return p;
            }
            parent = p.parentId();
        }
        return null;
    }

    private static String basicCourt(Unit government, RemedySettings settings) {
        if (settings.basicCourt() != null) {
            return settings.basicCourt();
        }
        if (government != null && government.name().endsWith("人民政府")) {
            return government.name().substring(0, government.name().length() - "人民政府".length()) + "人民法院";
        }
        return RemedySettings.GENERIC_COURT;
    }
}
