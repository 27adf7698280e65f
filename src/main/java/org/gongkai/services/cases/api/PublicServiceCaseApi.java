package org.gongkai.services.cases.api;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.RateLimits;
import org.gongkai.services.cases.ServiceCases;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public status of a case by its number and query code. Lookups are limited per source address across every
 * instance ({@link RateLimits}, like the disclosure requests' status lookup), so query codes cannot be guessed; a
 * wrong code answers 404 exactly like an unknown case.
 */
@RestController
class PublicServiceCaseApi {

    static final int LOOKUPS_PER_MINUTE = 30;

    private final ServiceCases cases;
    private final RateLimits limits;

    PublicServiceCaseApi(ServiceCases cases, RateLimits limits) {
        this.cases = cases;
        this.limits = limits;
    }

    @GetMapping("/api/v1/service-cases/{caseNumber}")
    StatusJson status(@PathVariable String caseNumber, @RequestParam(required = false) String queryCode,
            HttpServletRequest request) {
        if (!limits.tryConsume("services status lookup", request.getRemoteAddr(), LOOKUPS_PER_MINUTE)) {
            throw new GongkaiException(ErrorCode.RATE_LIMITED);
        }
        ServiceCases.PublicStatus s = cases.status(caseNumber, queryCode);
        return new StatusJson(s.caseNumber(), s.itemCode(), s.itemName(), s.status().name(), s.status().label(),
                s.applicantName(), s.receivedOn(), s.acceptedOn(), s.dueDate(), s.overdue(),
                s.events().stream().map(l -> new StaffServiceCaseApi.EventJson(l.type().name(), l.on(),
                        l.explanation())).toList(),
                s.refusalReason(), s.refusalBasis(), s.result(), s.completedOn(), s.deliveredOn(),
                s.deliveryMethod() == null ? null : s.deliveryMethod().name());
    }

    record StatusJson(String caseNumber, String itemCode, String itemName, String status, String statusLabel,
            String applicantName, LocalDate receivedOn, LocalDate acceptedOn, LocalDate dueDate, boolean overdue,
            List<StaffServiceCaseApi.EventJson> events, String refusalReason, String refusalBasis, String result,
            LocalDate completedOn, LocalDate deliveredOn, String deliveryMethod) {}
}
