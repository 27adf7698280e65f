package org.gongkai.trading;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Local choices of public resource trading ({@code gongkai.trading.*}).
 *
 * @param ocidPrefix the OCDS ocid prefix registered for the county (a project's ocid is the prefix and its code)
 * @param publisher  the name an OCDS release package names as its publisher
 * @param objectionMinDays the shortest objection period of a candidate publicity, in calendar days counted from its
 *                   publication (招标投标法实施条例 Art. 54: not less than 3 days)
 * @param demo       how much the demo trading centre generates (demo mode only)
 */
@ConfigurationProperties("gongkai.trading")
public record TradingSettings(
        @DefaultValue("ocds-gk0000-") String ocidPrefix,
        @DefaultValue("示例县公共资源交易中心") String publisher,
        @DefaultValue("3") int objectionMinDays,
        @DefaultValue Demo demo) {

    /**
     * The demo trading centre's size: generated experts and projects of the past year with their deals (the three
     * projects ready for a draw and their notices come in addition whenever the demo centre is loaded).
     *
     * @param experts  experts in the pool, 1–2000, or 0 with {@code projects} 0 too: no demo trading centre at all
     * @param projects past projects with deals, 0–2000 (two of each type get their notices)
     */
    public record Demo(@DefaultValue("200") int experts, @DefaultValue("160") int projects) {
        public Demo {
            if (experts < 0 || experts > 2000 || projects < 0 || projects > 2000 || experts == 0 && projects > 0) {
                throw new IllegalStateException("gongkai.trading.demo.experts must be 1–2000 and .projects 0–2000 "
                        + "(or both 0), not " + experts + " and " + projects);
            }
        }

        /** Whether there is a demo trading centre to load. */
        public boolean any() {
            return experts > 0;
        }
    }
}
