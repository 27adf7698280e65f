package org.gongkai.services.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gongkai.services.CaseChannel;

/**
 * A case as the officer's page and the staff API show it: personal data masked, the clock read today and explained,
 * every ledger event explained, and the actions the lifecycle allows the viewer now.
 *
 * @param allowedActions empty for a viewer who may only read (agent, director, supervisor)
 */
public record CaseView(String caseNumber, String itemCode, String itemName, CaseStatus status, CaseChannel channel,
        String stationCode, String stationName, String agentName, long unitId, long acceptingUnitId,
        ApplicantType applicantType, String applicantName, String applicantIdentity, String applicantPhone,
        LocalDate receivedOn, LocalDate acceptedOn, LocalDate dueDate, boolean provisional, boolean overdue,
        CaseLight light, Integer workingDaysLeft, String limitWords, String clockExplanation, List<Line> events,
        Set<CaseAction> allowedActions, String refusalReason, String refusalBasis, LocalDate refusedOn,
        String result, LocalDate completedOn, LocalDate deliveredOn, DeliveryMethod deliveryMethod, boolean imported) {

    /** One ledger event explained. */
    public record Line(CaseEventType type, LocalDate on, String explanation) {}
}
