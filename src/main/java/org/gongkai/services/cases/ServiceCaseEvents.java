package org.gongkai.services.cases;

import java.time.LocalDate;
import org.gongkai.services.CaseChannel;

/**
 * Past-tense events of service cases, published by the command handlers and the sweeper and persisted by Spring
 * Modulith's event publication registry; other modules react with {@code @ApplicationModuleListener} (notify sends the
 * query code and the reminders). Events carry case numbers and units, never the applicant's contacts: a listener asks
 * {@link ServiceCaseContacts} at the moment it writes. Each record is annotated too: this class lives in a sub-package of
 * the module, whose nested types Modulith would not expose otherwise.
 */
@org.springframework.modulith.NamedInterface("events")
public final class ServiceCaseEvents {

    private ServiceCaseEvents() {}

    /** 收件: the applicant is told the case number and query code. */
    @org.springframework.modulith.NamedInterface("events")
    public record ServiceCaseReceived(String caseNumber, String itemCode, long unitId, long acceptingUnitId,
            Long stationId, CaseChannel channel, LocalDate receivedOn) {}

    @org.springframework.modulith.NamedInterface("events")
    public record ServiceCaseAccepted(String caseNumber, long unitId, LocalDate acceptedOn, LocalDate dueOn) {}

    @org.springframework.modulith.NamedInterface("events")
    public record ServiceCaseRefused(String caseNumber, long unitId, LocalDate refusedOn) {}

    @org.springframework.modulith.NamedInterface("events")
    public record ServiceCaseSuspended(String caseNumber, long unitId, String procedure, LocalDate start,
            LocalDate plannedEnd) {}

    @org.springframework.modulith.NamedInterface("events")
    public record ServiceCaseResumed(String caseNumber, long unitId, LocalDate end, LocalDate dueOn) {}

    /** 办结; {@code late} when after the due date. */
    @org.springframework.modulith.NamedInterface("events")
    public record ServiceCaseCompleted(String caseNumber, long unitId, LocalDate completedOn, LocalDate dueOn,
            boolean late) {}

    @org.springframework.modulith.NamedInterface("events")
    public record ServiceCaseDelivered(String caseNumber, long unitId, LocalDate deliveredOn, DeliveryMethod method) {}

    /** The light turned yellow: {@code workingDaysLeft} working days before the due date. */
    @org.springframework.modulith.NamedInterface("events")
    public record ServiceCaseDueSoon(String caseNumber, long unitId, long acceptingUnitId, LocalDate dueOn,
            int workingDaysLeft) {}

    /** Still open after the due date. */
    @org.springframework.modulith.NamedInterface("events")
    public record ServiceCaseOverdue(String caseNumber, long unitId, long acceptingUnitId, LocalDate dueOn) {}
}
