package org.gongkai.requests;

import java.time.LocalDate;
import java.util.List;

/**
 * What the applicant sees on the status page and the public API: the clock, the due date, the masked name and,
 * once delivered, the decision. Never more personal data.
 */
public record StatusView(String trackingNumber, String status, String statusLabel, String maskedName,
        String unitName, LocalDate receivedOn, LocalDate dueDate, boolean provisional, List<ClockState.Line> events,
        String summary, String dueExplanation, DecisionCode decision, LocalDate decidedOn, LocalDate deliveredOn) {

    public boolean delivered() {
        return deliveredOn != null;
    }
}
