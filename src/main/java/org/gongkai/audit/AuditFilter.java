package org.gongkai.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;

/** Filters for reading the log; null or blank members do not filter. Dates are inclusive, Asia/Shanghai. */
public record AuditFilter(String actor, String action, String objectType, LocalDate from, LocalDate to,
        AuditLog.Outcome outcome) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    /** Builds a filter from request parameters as typed, refusing bad input with a Chinese message at the field. */
    public static AuditFilter parse(String actor, String action, String objectType, String from, String to,
            String outcome) {
        LocalDate fromDate = date(from, "from");
        LocalDate toDate = date(to, "to");
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw new GongkaiException(ErrorCode.OUT_OF_RANGE, "结束日期不能早于开始日期", "to");
        }
        AuditLog.Outcome result = null;
        if (outcome != null && !outcome.isBlank()) {
            try {
                result = AuditLog.Outcome.valueOf(outcome.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new GongkaiException(ErrorCode.VALIDATION_FAILED, "结果只能是 SUCCESS（成功）、FAILURE（失败）或 REFUSED（拒绝）",
                        "outcome");
            }
        }
        return new AuditFilter(blankToNull(actor), blankToNull(action), blankToNull(objectType), fromDate, toDate,
                result);
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new GongkaiException(ErrorCode.INVALID_DATE, "日期“" + text + "”格式不正确，应为 YYYY-MM-DD，例如 2026-01-31",
                    field);
        }
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }
}
