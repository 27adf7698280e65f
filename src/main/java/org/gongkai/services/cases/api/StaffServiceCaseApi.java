package org.gongkai.services.cases.api;

import static org.gongkai.services.cases.ServiceCaseCommands.*;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.services.cases.CaseAction;
import org.gongkai.services.cases.CaseQueue;
import org.gongkai.services.cases.CaseStatus;
import org.gongkai.services.cases.CaseView;
import org.gongkai.services.cases.ServiceCases;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff contract of service cases (issue #11): intake, one endpoint per action (each dispatches its command of
 * {@code ServiceCaseCommands}), the officer's view and the queue.
 */
@RestController
@RequestMapping(StaffServiceCaseApi.PATH)
class StaffServiceCaseApi {

    static final String PATH = "/api/v1/staff/service-cases";

    private final CommandDispatcher commands;
    private final ServiceCases cases;
    private final UnitDirectory units;

    StaffServiceCaseApi(CommandDispatcher commands, ServiceCases cases, UnitDirectory units) {
        this.commands = commands;
        this.cases = cases;
        this.units = units;
    }

    @PostMapping
    ResponseEntity<Created> create(@Valid @RequestBody CreateServiceCase body) {
        Created created = commands.dispatch(body);
        return ResponseEntity.created(URI.create(PATH + "/" + created.caseNumber())).body(created);
    }

    @GetMapping("/{caseNumber}")
    CaseJson view(@PathVariable String caseNumber) {
        return CaseJson.of(cases.view(Actor.require(), caseNumber));
    }

    record OnJson(LocalDate on) {}

    record RefusalJson(LocalDate on, @Size(max = REASON_MAX) String reason, @Size(max = BASIS_MAX) String legalBasis) {}

    record SuspensionJson(@Size(max = 32) String procedure, LocalDate start, LocalDate plannedEnd) {}

    record ResumptionJson(LocalDate end) {}

    record CompletionJson(LocalDate on, @Size(max = RESULT_MAX) String result) {}

    record DeliveryJson(LocalDate on, @Size(max = 16) String method) {}

    @PostMapping("/{caseNumber}/accept")
    CaseJson accept(@PathVariable String caseNumber, @RequestBody(required = false) OnJson body) {
        commands.dispatch(new AcceptServiceCase(caseNumber, body == null ? null : body.on()));
        return view(caseNumber);
    }

    @PostMapping("/{caseNumber}/refuse")
    CaseJson refuse(@PathVariable String caseNumber, @Valid @RequestBody RefusalJson body) {
        commands.dispatch(new RefuseServiceCase(caseNumber, body.on(), body.reason(), body.legalBasis()));
        return view(caseNumber);
    }

    @PostMapping("/{caseNumber}/suspend")
    CaseJson suspend(@PathVariable String caseNumber, @Valid @RequestBody SuspensionJson body) {
        commands.dispatch(new SuspendServiceCase(caseNumber, body.procedure(), body.start(), body.plannedEnd()));
        return view(caseNumber);
    }

    @PostMapping("/{caseNumber}/resume")
    CaseJson resume(@PathVariable String caseNumber, @RequestBody(required = false) ResumptionJson body) {
        commands.dispatch(new ResumeServiceCase(caseNumber, body == null ? null : body.end()));
        return view(caseNumber);
    }

    @PostMapping("/{caseNumber}/complete")
    CaseJson complete(@PathVariable String caseNumber, @Valid @RequestBody CompletionJson body) {
        commands.dispatch(new CompleteServiceCase(caseNumber, body.on(), body.result()));
        return view(caseNumber);
    }

    @PostMapping("/{caseNumber}/deliver")
    CaseJson deliver(@PathVariable String caseNumber, @Valid @RequestBody DeliveryJson body) {
        commands.dispatch(new DeliverServiceCase(caseNumber, body.on(), body.method()));
        return view(caseNumber);
    }

    /** The queue: {@code due} = ALL | OPEN | DUE_SOON | OVERDUE; {@code unitCode} and {@code stationCode} narrow it. */
    @GetMapping
    QueueJson queue(@RequestParam(required = false) String unitCode,
            @RequestParam(required = false) String stationCode, @RequestParam(required = false) String status,
            @RequestParam(required = false) String due, @RequestParam(defaultValue = "1") String page,
            @RequestParam(defaultValue = "20") String size) {
        Long unitId = null;
        if (unitCode != null && !unitCode.isBlank()) {
            unitId = units.findByCreditCode(unitCode.strip()).map(UnitDirectory.UnitView::id)
                    .orElseThrow(() -> GongkaiException.invalid("unitCode", "未找到该单位"));
        }
        if (stationCode != null && stationCode.length() > 40) {
            throw new GongkaiException(ErrorCode.TOO_LONG, "服务站编码不能超过40个字符", "stationCode");
        }
        CaseQueue.Page p = cases.queue(Actor.require(), new CaseQueue.Filter(unitId, stationCode,
                parse(CaseStatus.class, status, "status"), parse(CaseQueue.Due.class, due, "due"),
                bounded(page, "page", 10_000), bounded(size, "size", 100)));
        return new QueueJson(p.total(), p.page(), p.size(), p.rows().stream().map(r -> new RowJson(r.caseNumber(),
                r.itemCode(), r.itemName(), r.applicantName(), r.channel().name(), r.stationName(), r.status().name(),
                r.status().label(), r.receivedOn(), r.acceptedOn(), r.dueDate(),
                r.light() == null ? null : r.light().name())).toList());
    }

    record QueueJson(long total, int page, int size, List<RowJson> cases) {}

    record RowJson(String caseNumber, String itemCode, String itemName, String applicantName, String channel,
            String stationName, String status, String statusLabel, LocalDate receivedOn, LocalDate acceptedOn,
            LocalDate dueDate, String light) {}

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw GongkaiException.invalid(field, "参数 " + field + " 的取值不正确");
        }
    }

    static int bounded(String value, String field, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new GongkaiException(ErrorCode.OUT_OF_RANGE, "参数 " + field + " 应为 1 至 " + max + " 的整数", field);
    }

    /** The officer's view as JSON (issue #11 names caseNumber, itemCode, status, acceptedOn, dueDate, overdue, events). */
    record CaseJson(String caseNumber, String itemCode, String itemName, String status, String statusLabel,
            String channel, String stationCode, String stationName, String agentName, ApplicantJson applicant,
            LocalDate receivedOn, LocalDate acceptedOn, LocalDate dueDate, boolean provisional, boolean overdue,
            String light, Integer workingDaysLeft, String limit, String clock, List<EventJson> events,
            List<String> allowedActions, String refusalReason, String refusalBasis, LocalDate refusedOn,
            String result, LocalDate completedOn, LocalDate deliveredOn, String deliveryMethod, boolean imported) {

        static CaseJson of(CaseView v) {
            return new CaseJson(v.caseNumber(), v.itemCode(), v.itemName(), v.status().name(), v.status().label(),
                    v.channel().name(), v.stationCode(), v.stationName(), v.agentName(),
                    new ApplicantJson(v.applicantType().name(), v.applicantName(), v.applicantIdentity(),
                            v.applicantPhone()),
                    v.receivedOn(), v.acceptedOn(), v.dueDate(), v.provisional(), v.overdue(),
                    v.light() == null ? null : v.light().name(), v.workingDaysLeft(), v.limitWords(),
                    v.clockExplanation(), v.events().stream().map(EventJson::of).toList(),
                    v.allowedActions().stream().map(CaseAction::path).toList(), v.refusalReason(), v.refusalBasis(),
                    v.refusedOn(), v.result(), v.completedOn(), v.deliveredOn(),
                    v.deliveryMethod() == null ? null : v.deliveryMethod().name(), v.imported());
        }
    }

    /** The applicant, masked. */
    record ApplicantJson(String type, String name, String identity, String phone) {}

    record EventJson(String type, LocalDate on, String explanation) {

        static EventJson of(CaseView.Line l) {
            return new EventJson(l.type().name(), l.on(), l.explanation());
        }
    }
}
