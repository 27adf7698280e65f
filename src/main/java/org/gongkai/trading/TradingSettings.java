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
 */
@ConfigurationProperties("gongkai.trading")
public record TradingSettings(
        @DefaultValue("ocds-gk0000-") String ocidPrefix,
        @DefaultValue("示例县公共资源交易中心") String publisher,
        @DefaultValue("3") int objectionMinDays) {}
