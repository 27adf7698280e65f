package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;

/**
 * What the applicant sees on the status page and the public API: the clock, the due date, the masked name and,
 * as soon as it is made, the decision (the letter once delivered). Never more personal data.
 */
public record StatusView(String trackingNumber, String status, String statusLabel, String maskedName,
        String unitName, LocalDate receivedOn, LocalDate dueDate, boolean provisional, List<ClockState.Line> events,
        String summary, String dueExplanation, DecisionCode decision, LocalDate decidedOn, LocalDate deliveredOn) {

    public boolean decided() {
        return decision != null;
    }

    public boolean delivered() {
        return deliveredOn != null;
    }
}
