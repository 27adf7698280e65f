package org.gongkai.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.audit.AuditLog;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.gongkai.requests.RequestService.ImportLine;
import org.springframework.stereotype.Component;

/** The historical ledger import: all or nothing, with the same clock rules as the live path. */
@Component
class RequestLedgerImport {

    private final RequestActions actions;
    private final RequestIntake intake;
    private final UnitDirectory units;
    private final AuditLog audit;

    RequestLedgerImport(RequestActions actions, RequestIntake intake, UnitDirectory units, AuditLog audit) {
        this.actions = actions;
        this.intake = intake;
        this.units = units;
        this.audit = audit;
    }

    List<String> importLedger(Actor actor, List<ImportLine> lines) {
        Set<Long> scope = units.visibleUnits(actor, Role.REQUEST_OFFICER);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            try {
                out.add(importOne(lines.get(i), scope));
            } catch (GongkaiException e) {
                throw new GongkaiException(ErrorCode.IMPORT_FAILED, "第 " + (i + 1) + " 行：" + e.getMessage(),
                        e.field());
            }
        }
        audit.success("REQUEST_LEDGER_IMPORTED", "DisclosureRequest", null,
                "导入历史申请 " + out.size() + " 件：" + String.join(",", out));
        return out;
    }

    private String importOne(ImportLine line, Set<Long> scope) {
        ApplicantType type = RequestService.parse(ApplicantType.class, line.applicantType());
        if (type == null) {
            throw GongkaiException.invalid("applicantType", "申请人类型不正确");
        }
        if (RequestService.blank(line.applicantName())) {
            throw GongkaiException.invalid("applicantName", "请填写申请人名称");
        }
        if (RequestService.blank(line.description())) {
            throw GongkaiException.invalid("description", "请填写所需信息描述");
        }
        Channel channel = RequestService.parse(Channel.class, line.channel());
        if (channel == null) {
            throw GongkaiException.invalid("channel", "申请方式不正确");
        }
        if (line.receivedOn() == null) {
            throw GongkaiException.invalid("receivedOn", "请填写收到申请日期");
        }
        UnitView unit = units.findByCreditCode((line.unitCode() == null ? "" : line.unitCode().trim()))
                .orElseThrow(() -> GongkaiException.invalid("unitCode", "未找到该单位：" + line.unitCode()));
        if (!scope.contains(unit.id())) {
            throw GongkaiException.invalid("unitCode", "无权导入该单位的申请：" + unit.name());
        }
        if ((line.decisionCode() == null) != (line.decidedOn() == null)) {
            throw GongkaiException.invalid("decisionCode", "办理结果和答复日期须同时填写");
        }
        DisclosureRequest request = DisclosureRequest.submitted(intake.newTrackingNumber(), unit.id(), channel,
                new Applicant(type, line.applicantName().trim(), null, null, null, null), line.description().trim(),
                DeliveryForm.ELECTRONIC, DeliveryChannel.ONLINE, actions.time.instant(), true);
        LocalDate today = actions.today();
        ClockState state = request.record(ClockEvent.of(ClockEventType.RECEIVED, line.receivedOn(), "历史台账导入"),
                actions.clock, today);
        for (ClockEvent e : line.events()) {
            if (e.type() == ClockEventType.RECEIVED || e.type() == ClockEventType.DECIDED
                    || e.type() == ClockEventType.DELIVERED) {
                throw GongkaiException.invalid("events", "事项类型不正确：" + e.type());
            }
            state = request.record(e, actions.clock, today);
        }
        if (line.decisionCode() != null) {
            state = request.record(new ClockEvent(ClockEventType.DECIDED, line.decidedOn(), null, null,
                    line.decisionCode(), "历史台账导入"), actions.clock, today);
            request.decisionReasons("历史台账导入");
        }
        for (Review review : line.reviews()) {
            request.addReview(review);
        }
        actions.repository.insert(request, intake.accessCodeHash(request.trackingNumber(), intake.newAccessCode()), state.dueDate(), state,
                RequestService.actorName(), actions.time.instant());
        for (Review review : line.reviews()) {
            actions.repository.insertReview(request.id(), review, actions.time.instant());
        }
        return request.trackingNumber();
    }

}
