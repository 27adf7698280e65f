package org.gongkai.requests;

import java.time.LocalDate;

/** A row of the officer's queue (no personal data beyond the masked name). */
public record QueueRow(long id, String trackingNumber, long unitId, String applicantName, ApplicantType applicantType,
        String description, Step step, Long assigneeId, LocalDate receivedOn, LocalDate dueOn,
        DecisionCode decision, LocalDate decidedOn, Channel channel) {

    public String maskedName() {
        return Masks.name(applicantName);
    }
}
