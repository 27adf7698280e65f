package org.gongkai.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The indicator table of one month, as the API {@code GET /api/v1/supervision/indicators} answers it and the monthly
 * bulletin prints it: every compared unit with its indicators, score, rank and light, plus the requests and cases
 * overdue at the end of the month (from the read model).
 */
public record IndicatorTable(YearMonth period, List<UnitRow> units, List<OverdueCase> overdue) {

    /** Red and yellow lists are set by thresholds on the score (settings); NONE otherwise. */
    public enum Light { RED, YELLOW, NONE }

    public record UnitRow(String unitCode, String unitName, List<Value> indicators, BigDecimal score, int rank,
            Light light) {}

    /** {@code value} = numerator ÷ denominator for rates (a fraction 0–1), the numerator when there is none. */
    public record Value(String code, long numerator, Long denominator, BigDecimal value) {}

    /** A disclosure request, service case or hotline ticket past its due date (module: REQUEST, SERVICE, HOTLINE). */
    public record OverdueCase(String module, String number, String unitCode, LocalDate dueOn) {}

    /** The port the bulletin and the pages read; implemented by the indicator read model. */
    public interface Tables {
        IndicatorTable forPeriod(YearMonth period);
    }
}
