package org.gongkai.supervision.submissions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;

/** Dates typed by staff (YYYY-MM-DD), refused at their field when malformed or outside [earliest, latest]. */
public final class SubmissionDates {

    private SubmissionDates() {}

    public static LocalDate parse(String value, String field, LocalDate earliest, LocalDate latest) {
        if (value == null || value.isBlank()) {
            throw new GongkaiException(ErrorCode.INVALID_DATE, "请填写日期（YYYY-MM-DD）", field);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new GongkaiException(ErrorCode.INVALID_DATE, "日期格式为 YYYY-MM-DD", field);
        }
        if (earliest != null && date.isBefore(earliest)) {
            throw new GongkaiException(ErrorCode.INVALID_DATE, "日期不能早于 " + earliest, field);
        }
        if (latest != null && date.isAfter(latest)) {
            throw new GongkaiException(ErrorCode.INVALID_DATE, "日期不能晚于 " + latest, field);
        }
        return date;
    }
}
