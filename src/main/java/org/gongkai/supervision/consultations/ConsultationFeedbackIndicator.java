package org.gongkai.supervision.consultations;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.gongkai.consultations.Consultations;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.supervision.IndicatorSource;
import org.springframework.stereotype.Component;

/**
 * {@code CONSULTATIONS_WITHOUT_FEEDBACK} (issue #16) for the indicator table: per unit and month, the consultations
 * closed before the month's last day whose feedback report (意见采纳情况反馈) was not published by that day — a count
 * (no denominator); a unit with none has no row. Read through {@link Consultations#withoutFeedback}.
 */
@Component
class ConsultationFeedbackIndicator implements IndicatorSource {

    static final String CODE = "CONSULTATIONS_WITHOUT_FEEDBACK";
    static final String RECORDS = "/consultations";

    private final Consultations consultations;
    private final UnitDirectory units;

    ConsultationFeedbackIndicator(Consultations consultations, UnitDirectory units) {
        this.consultations = consultations;
        this.units = units;
    }

    @Override
    public List<UnitFigure> figures(YearMonth period) {
        Map<Long, String> codes = units.creditCodesById();
        return consultations.withoutFeedback(period.atEndOfMonth()).entrySet().stream()
                .filter(e -> codes.containsKey(e.getKey()) && e.getValue() > 0)
                .map(e -> new UnitFigure(codes.get(e.getKey()), CODE, e.getValue(), null, RECORDS))
                .toList();
    }
}
