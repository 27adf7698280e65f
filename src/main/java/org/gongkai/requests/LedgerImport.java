package org.gongkai.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.audit.AuditLog;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.imports.IdempotencyKeys;
import org.gongkai.imports.ImportReport;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The historical import of a request ledger (JSON lines, read with the one table reader by the API): all lines
 * or none, with the same clock rules as the live path. A refused line is reported with its line number (the first
 * one in the problem's detail, like before); a completed import stores its idempotency key in its transaction, so a
 * retry with the same key and body returns the first tracking numbers without importing again.
 */
@Service
public class LedgerImport {

    /** What a completed import returns (and what a retry with the same idempotency key gets back). */
    public record Imported(List<String> trackingNumbers) {}

    /** One past request of a ledger being imported. */
    public record Line(String applicantType, String applicantName, String unitCode, String channel,
            LocalDate receivedOn, String description, List<ClockEvent> events, DecisionCode decisionCode,
            LocalDate decidedOn, List<Review> reviews) {}


    private final RequestRepository repository;
    private final RequestClock clock;
    private final UnitDirectory units;
    private final AuditLog audit;
    private final Clock time;
    private final RequestIntake intake;
    private final ApplicationEventPublisher events;

    LedgerImport(RequestRepository repository, RequestSettings settings, org.gongkai.calendar.WorkingDayCalendar calendar,
            UnitDirectory units, AuditLog audit, Clock time, RequestIntake intake, ApplicationEventPublisher events) {
        this.repository = repository;
        this.clock = new RequestClock(calendar, settings);
        this.units = units;
        this.audit = audit;
        this.time = time;
        this.intake = intake;
        this.events = events;
    }

    /** Imports the lines for an officer: units must be in the actor's scope as request officer. */
    @Transactional
    public Imported run(Actor actor, List<Line> lines, IdempotencyKeys.Claim claim) {
        Set<Long> scope = units.visibleUnits(actor, Role.REQUEST_OFFICER);
        ImportReport.Errors errors = new ImportReport.Errors();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            try {
                out.add(importOne(actor, lines.get(i), scope));
            } catch (GongkaiException e) {
                errors.add(i + 1, e.field() == null ? "" : e.field(), e.getMessage());
                break; // the transaction is rolled back; later lines depend on nothing written, but one refusal is enough
            }
        }
        ImportReport report = errors.report(lines.size(), out.size());
        if (!report.completed()) {
            ImportReport.RowError first = report.errors().get(0);
            throw new GongkaiException(ErrorCode.IMPORT_FAILED, "第 " + first.row() + " 行：" + first.message(),
                    first.column().isEmpty() ? null : first.column());
        }
        audit.success("REQUEST_LEDGER_IMPORTED", "DisclosureRequest", null,
                "导入历史申请 " + out.size() + " 件：" + String.join(",", out));
        Imported imported = new Imported(List.copyOf(out));
        claim.remember(imported);
        return imported;
    }

    private String importOne(Actor actor, Line line, Set<Long> scope) {
        ApplicantType type = parse(ApplicantType.class, line.applicantType());
        if (type == null) {
            throw GongkaiException.invalid("applicantType", "申请人类型不正确");
        }
        if (blank(line.applicantName())) {
            throw GongkaiException.invalid("applicantName", "请填写申请人名称");
        }
        if (blank(line.description())) {
            throw GongkaiException.invalid("description", "请填写所需信息描述");
        }
        Channel channel = parse(Channel.class, line.channel());
        if (channel == null) {
            throw GongkaiException.invalid("channel", "申请方式不正确");
        }
        if (line.receivedOn() == null) {
            throw GongkaiException.invalid("receivedOn", "请填写收到申请日期");
        }
        String code = line.unitCode() == null ? "" : line.unitCode().trim();
        UnitView unit = units.findByCreditCode(code)
                .orElseThrow(() -> GongkaiException.invalid("unitCode", "未找到该单位：" + line.unitCode()));
        if (!scope.contains(unit.id())) {
            throw GongkaiException.invalid("unitCode", "无权导入该单位的申请：" + unit.name());
        }
        if ((line.decisionCode() == null) != (line.decidedOn() == null)) {
            throw GongkaiException.invalid("decisionCode", "办理结果和答复日期须同时填写");
        }
        DisclosureRequest request = DisclosureRequest.submitted(intake.newTrackingNumber(), unit.id(), channel,
                new Applicant(type, line.applicantName().trim(), null, null, null, null), line.description().trim(),
                DeliveryForm.ELECTRONIC, DeliveryChannel.ONLINE, time.instant(), true);
        LocalDate today = LocalDate.now(time);
        ClockState state = request.record(ClockEvent.of(ClockEventType.RECEIVED, line.receivedOn(), "历史台账导入"),
                clock, today);
        LocalDate receiptDue = state.dueDate();
        for (ClockEvent e : line.events()) {
            if (e.type() == ClockEventType.RECEIVED || e.type() == ClockEventType.DECIDED
                    || e.type() == ClockEventType.DELIVERED) {
                throw GongkaiException.invalid("events", "事项类型不正确：" + e.type());
            }
            state = request.record(e, clock, today);
        }
        if (line.decisionCode() != null) {
            state = request.record(new ClockEvent(ClockEventType.DECIDED, line.decidedOn(), null, null,
                    line.decisionCode(), "历史台账导入"), clock, today);
            request.decisionReasons("历史台账导入");
        }
        for (Review review : line.reviews()) {
            request.addReview(review);
        }
        String accessHash = intake.accessCodeHash(request.trackingNumber(), intake.newAccessCode());
        repository.insert(request, accessHash, state.dueDate(), state, actor.username(), time.instant());
        for (Review review : line.reviews()) {
            repository.insertReview(request.id(), review, time.instant());
        }
        publishLikeTheLivePath(request, line, receiptDue, state);
        return request.trackingNumber();
    }

    /**
     * The events the live path publishes for the same history (issue #15: imported requests count the same): received
     * with the due date at receipt, decided with the due date it was measured against, each review as recorded. They
     * are persisted with the import's transaction and delivered after it commits.
     */
    private void publishLikeTheLivePath(DisclosureRequest request, Line line, LocalDate receiptDue,
            ClockState state) {
        events.publishEvent(new RequestEvents.RequestReceived(request.trackingNumber(), request.unitId(),
                request.applicant().type(), line.receivedOn(), receiptDue));
        if (state.decision() != null) {
            events.publishEvent(new RequestEvents.DecisionIssued(request.trackingNumber(), request.unitId(),
                    request.applicant().type(), state.decision(), state.decidedOn(), state.dueDate()));
        }
        for (Review review : line.reviews()) {
            events.publishEvent(new RequestEvents.ReviewRecorded(request.trackingNumber(), request.unitId(),
                    review.kind(), review.filedOn(), review.result()));
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
