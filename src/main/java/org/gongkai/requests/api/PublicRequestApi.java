package org.gongkai.requests.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.gongkai.requests.ApplicationInput;
import org.gongkai.requests.DecisionCode;
import org.gongkai.requests.RequestService;
import org.gongkai.requests.StatusView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public contract: apply, follow a request with its access code, list the decision codes. */
@RestController
@RequestMapping("/api/v1/disclosure-requests")
class PublicRequestApi {

    private final RequestService service;
    private final LookupThrottle throttle;

    PublicRequestApi(RequestService service, LookupThrottle throttle) {
        this.service = service;
        this.throttle = throttle;
    }

    // The limits of every member (OpenAPI maxLength), enforced at the edge with @Valid; the intake checks again.
    record ApplicantJson(@Size(max = 40) String type, @Size(max = ApplicationInput.NAME_MAX) String name,
            @Size(max = 18) String idNumber, @Size(max = 18) String creditCode, @Size(max = 20) String phone,
            @Size(max = ApplicationInput.EMAIL_MAX) String email, @Size(max = ApplicationInput.ADDRESS_MAX) String address) {}

    record ApplicationJson(@Valid ApplicantJson applicant, @Size(max = 18) String unitCode,
            @Size(max = ApplicationInput.DESCRIPTION_MAX) String description, @Size(max = 16) String deliveryForm,
            @Size(max = 16) String deliveryChannel, Boolean publishConsent) {

        ApplicationInput input() {
            ApplicantJson a = applicant == null ? new ApplicantJson(null, null, null, null, null, null, null) : applicant;
            return new ApplicationInput(a.type(), a.name(), a.idNumber(), a.creditCode(), a.phone(), a.email(),
                    a.address(), unitCode, description, deliveryForm, deliveryChannel, Boolean.TRUE.equals(publishConsent));
        }
    }

    record Receipt(String trackingNumber, String accessCode, LocalDate receivedOn, LocalDate dueDate) {}

    @PostMapping
    ResponseEntity<Receipt> apply(@Valid @RequestBody ApplicationJson body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        RequestService.Submitted s = service.submitOnline(body.input(), idempotencyKey);
        return ResponseEntity.created(URI.create("/api/v1/disclosure-requests/" + s.trackingNumber()))
                .body(new Receipt(s.trackingNumber(), s.accessCode(), s.receivedOn(), s.dueDate()));
    }

    @GetMapping("/{trackingNumber}")
    StatusJson status(@PathVariable String trackingNumber, @RequestParam(required = false) String accessCode,
            HttpServletRequest request) {
        throttle.check(request.getRemoteAddr());
        return StatusJson.of(service.status(trackingNumber, accessCode));
    }

    record DecisionCodeJson(String code, String group, String groupLabel, String subLabel, String label) {}

    @GetMapping("/decision-codes")
    List<DecisionCodeJson> decisionCodes() {
        return Arrays.stream(DecisionCode.values())
                .map(c -> new DecisionCodeJson(c.name(), c.group().name(), c.groupLabel(), c.subLabel(), c.label()))
                .toList();
    }

    /** The status shape shared with the staff API. */
    record StatusJson(String trackingNumber, String status, String statusLabel, String applicantName,
            String unitName, LocalDate receivedOn, LocalDate dueDate, boolean provisional, String dueExplanation,
            List<EventJson> events, String summary, DecisionJson decision) {

        static StatusJson of(StatusView v) {
            return new StatusJson(v.trackingNumber(), v.status(), v.statusLabel(), v.maskedName(), v.unitName(),
                    v.receivedOn(), v.dueDate(), v.provisional(), v.dueExplanation(),
                    v.events().stream().map(l -> new EventJson(l.type().name(), l.date(), l.explanation())).toList(),
                    v.summary(), v.decision() == null ? null : new DecisionJson(v.decision().name(),
                            v.decision().groupLabel(), v.decision().subLabel(), v.decision().label(), v.decidedOn(),
                            v.deliveredOn()));
        }
    }

    record EventJson(String type, LocalDate date, String explanation) {}

    record DecisionJson(String code, String groupLabel, String subLabel, String label, LocalDate decidedOn,
            LocalDate deliveredOn) {}
}
