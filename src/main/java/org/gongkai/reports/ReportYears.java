package org.gongkai.reports;

import java.time.Clock;
import java.time.LocalDate;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.springframework.stereotype.Component;

/**
 * The years an annual report can be about: from 2008, the year the 条例 took effect (and the first year with a
 * report), to next year by the platform's clock (a draft may be opened early). Every year that comes in — a
 * path of the API, the console or the portal, a command — is checked here first, so a year such as 9999, 0 or -1
 * is refused at its field ({@link ErrorCode#OUT_OF_RANGE}, 400) instead of reaching the ledgers or
 * {@code java.time}. Stricter rules (an earlier year's report must be of a past year) stay with their command.
 */
@Component
public class ReportYears {

    /** The first report year: the 条例 of 2007 took effect on 1 May 2008. */
    public static final int FIRST = 2008;

    private final Clock clock;

    ReportYears(Clock clock) {
        this.clock = clock;
    }

    /** The last year accepted: next year, by the platform's clock. */
    public int last() {
        return LocalDate.now(clock).getYear() + 1;
    }

    /** The year itself when it is in range; otherwise a refusal at {@code year}. */
    public int check(int year) {
        if (year < FIRST || year > last()) {
            throw new GongkaiException(ErrorCode.OUT_OF_RANGE, "年度应在 " + FIRST + " 至 " + last() + " 之间", "year");
        }
        return year;
    }
}
