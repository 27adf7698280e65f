package org.gongkai.supervision;

import java.time.YearMonth;
import java.util.List;

/**
 * A source of monthly unit figures for the indicator table, for the figures supervision keeps itself (information
 * submissions, public evaluation) or reads through another module's published statistics interface. The indicator
 * read model ({@code supervision.indicators}) collects every bean of this type beside its own event-fed figures.
 */
public interface IndicatorSource {

    /** The figures of every unit that has any in {@code period}; a unit without a figure has no row (absent, not 0). */
    List<UnitFigure> figures(YearMonth period);

    /**
     * One indicator of one unit and month. {@code denominator} is null for a count or a sum (e.g. {@code
     * SUBMISSION_POINTS}), whose value is the numerator; {@code recordsHref} is the console page listing the records
     * counted (the drill-down), or null.
     */
    record UnitFigure(String unitCode, String code, long numerator, Long denominator, String recordsHref) {}
}
