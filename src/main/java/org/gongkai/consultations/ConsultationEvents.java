package org.gongkai.consultations;

import java.time.LocalDate;

/** What happened to a consultation, published by the handlers and kept by the event publication registry. */
public final class ConsultationEvents {

    private ConsultationEvents() {}

    public record ConsultationScheduled(long consultationId, long unitId, LocalDate opensOn, LocalDate closesOn) {}

    public record ConsultationOpened(long consultationId, long unitId, LocalDate on) {}

    public record ConsultationClosed(long consultationId, long unitId, LocalDate on) {}

    public record ConsultationCommentReceived(long consultationId, long commentId) {}

    public record ConsultationFeedbackPublished(long consultationId, long unitId, LocalDate on, int comments) {}
}
