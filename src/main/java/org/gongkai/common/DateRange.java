package org.gongkai.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The dates a real case can have: from {@code gongkai.input.earliest-date} (default 1949-10-01) to
 * {@code gongkai.input.future-years} (default 10) years after today, for plans and validity ends. Every
 * date that comes in — a typed field, a query parameter, a JSON member, an import cell — is parsed and
 * checked here, so {@code +999999999-12-31} or the year 9999 is refused at its field (400) instead of
 * reaching the database (where PostgreSQL refuses it with a 500) or a case's clock.
 *
 * <p>A Spring bean; code without injection (static parsers, deserializers) uses {@link #current()}, which is
 * the bean once the application has started (the defaults with the system clock before).
 */
@Component
public class DateRange {

    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static volatile DateRange current =
            new DateRange(Clock.system(TimeConfiguration.ZONE), LocalDate.of(1949, 10, 1), 10);

    private final Clock clock;
    private final LocalDate earliest;
    private final int futureYears;

    DateRange(Clock clock, @Value("${gongkai.input.earliest-date:1949-10-01}") LocalDate earliest,
            @Value("${gongkai.input.future-years:10}") int futureYears) {
        this.clock = clock;
        this.earliest = earliest;
        this.futureYears = futureYears;
        current = this;
    }

    public static DateRange current() {
        return current;
    }

    public LocalDate earliest() {
        return earliest;
    }

    public LocalDate latest() {
        return LocalDate.now(clock).plusYears(futureYears);
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(earliest) && !date.isAfter(latest());
    }

    /** The date itself when it is in range (or null); otherwise a refusal at {@code field}. */
    public LocalDate check(String field, LocalDate date) {
        if (date != null && !contains(date)) {
            throw new GongkaiException(ErrorCode.INVALID_DATE, outOfRange(), field);
        }
        return date;
    }

    /**
     * A typed date, {@code YYYY-MM-DD} with a four-digit year and a real day of the month; null when blank;
     * a refusal at {@code field} when malformed or out of range.
     */
    public LocalDate parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        LocalDate date;
        try {
            if (value.length() != 10) {
                throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
            }
            date = LocalDate.parse(value, STRICT);
        } catch (DateTimeParseException e) {
            String shown = value.length() > 20 ? value.substring(0, 20) + "…" : value;
            throw new GongkaiException(ErrorCode.INVALID_DATE,
                    "日期“" + shown + "”格式不正确，应为 YYYY-MM-DD，例如 2026-01-31", field);
        }
        return check(field, date);
    }

    /** The refusal's message: "日期应在 1949-10-01 至 2036-12-01 之间". */
    public String outOfRange() {
        return "日期超出合理范围，应在 " + earliest + " 至 " + latest() + " 之间";
    }
}
