package org.gongkai.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Audit settings.
 *
 * @param retentionDays how long records are kept before a purge may delete them: default and minimum 185
 *                      days (six months, 网络安全法 Art. 21); a lower value stops the application at start-up
 */
@ConfigurationProperties("gongkai.audit")
public record AuditProperties(Integer retentionDays) {

    public static final int MINIMUM_RETENTION_DAYS = 185;

    public AuditProperties {
        if (retentionDays == null) {
            retentionDays = MINIMUM_RETENTION_DAYS;
        }
        if (retentionDays < MINIMUM_RETENTION_DAYS) {
            throw new IllegalStateException("gongkai.audit.retention-days must be at least "
                    + MINIMUM_RETENTION_DAYS + " (was " + retentionDays + "): audit records must be kept six months");
        }
    }
}
