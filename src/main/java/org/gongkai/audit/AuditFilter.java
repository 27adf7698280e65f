package org.gongkai.audit;

import java.time.LocalDate;

/** Filters for reading the log; null or blank members do not filter. Dates are inclusive, Asia/Shanghai. */
public record AuditFilter(String actor, String action, String objectType, LocalDate from, LocalDate to,
        AuditLog.Outcome outcome) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
