package org.gongkai.reports;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Annual report settings.
 *
 * @param approvingUnit credit code of the county's disclosure office that approves departments' reports; blank
 *                      = the county government's 办公室 (a department under the top government whose name ends
 *                      in 政府办公室), else the county government itself
 */
@ConfigurationProperties("gongkai.reports")
public record ReportProperties(String approvingUnit) {

    public ReportProperties {
        approvingUnit = approvingUnit == null ? "" : approvingUnit.trim();
    }
}
