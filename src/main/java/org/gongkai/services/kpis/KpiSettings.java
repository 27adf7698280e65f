package org.gongkai.services.kpis;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a pattern is flagged ({@code gongkai.services.kpis.*}).
 *
 * @param deadlineHour        the hour the service hall closes on the due day (17 = 17:00); a case completed on its
 *                            due day in the hour before it counts as "completed in the last hour"
 * @param lastHourMinCases    flag a unit when at least this many cases were completed in the last hour …
 * @param lastHourMinPercent  … and they are at least this percentage of its completed cases
 * @param allTopMinRatings    flag a unit or station whose ratings were all 非常满意 when it has at least this many
 * @param maxPeriodDays       the longest period one request may ask for
 */
@ConfigurationProperties("gongkai.services.kpis")
record KpiSettings(@DefaultValue("17") int deadlineHour, @DefaultValue("5") int lastHourMinCases,
        @DefaultValue("10") int lastHourMinPercent, @DefaultValue("20") int allTopMinRatings,
        @DefaultValue("1100") int maxPeriodDays) {}
