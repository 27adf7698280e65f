package org.gongkai.deposit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Transfer package settings ({@code gongkai.deposit}).
 *
 * @param cron            when the monthly packages of the previous month are built (default 03:40 on the 2nd)
 * @param scheduled       whether the schedule builds packages at all (default true)
 * @param maxPackageBytes largest payload of one package (default 2 GB); a longer period must be split
 * @param maxPeriodDays   longest period of one package (default 366 days)
 */
@ConfigurationProperties("gongkai.deposit")
public record DepositProperties(String cron, Boolean scheduled, Long maxPackageBytes, Integer maxPeriodDays) {

    public DepositProperties {
        if (cron == null || cron.isBlank()) {
            cron = "0 40 3 2 * *";
        }
        if (scheduled == null) {
            scheduled = true;
        }
        if (maxPackageBytes == null || maxPackageBytes <= 0) {
            maxPackageBytes = 2L * 1024 * 1024 * 1024;
        }
        if (maxPeriodDays == null || maxPeriodDays <= 0 || maxPeriodDays > 3660) {
            maxPeriodDays = 366;
        }
    }
}
