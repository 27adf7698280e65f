package org.gongkai.requests.api;

import static org.gongkai.requests.RequestCommands.*;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.requests.Applicant;
import org.gongkai.requests.ApplicationInput;
import org.gongkai.requests.Channel;
import org.gongkai.requests.ClockEvent;
import org.gongkai.requests.ClockEventType;
import org.gongkai.requests.DecisionCode;
import org.gongkai.requests.OfficerView;
import org.gongkai.requests.RequestAttachment;
import org.gongkai.requests.RequestCommands.*;
import org.gongkai.requests.RequestService;
import org.gongkai.requests.Review;
import org.gongkai.requests.ReviewKind;
import org.gongkai.requests.ReviewResult;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staff contract: register, one endpoint per action (each dispatches its command of {@code RequestCommands}
 * through the {@link CommandDispatcher}), the officer view and the historical import.
 */
@RestController
@RequestMapping("/api/v1/staff/disclosure-requests")
class StaffRequestApi {

    private final RequestService service;
    private final CommandDispatcher commands;
    private final JsonMapper json = JsonMapper.builder().build();

    StaffRequestApi(RequestService service, CommandDispatcher commands) {
        this.service = service;
        this.commands = commands;
    }

    // Limits of the JSON members: the same numbers as the commands' (RequestCommands), declared for the OpenAPI
    // document and enforced here at the edge with @Valid; the dispatcher checks the commands again.
    record RegistrationJson(@Valid PublicRequestApi.ApplicantJson applicant, @Size(max = UNIT_CODE_MAX) String unitCode,
            @Size(max = ApplicationInput.DESCRIPTION_MAX) String description, @Size(max = 16) String deliveryForm,
            @Size(max = 16) String deliveryChannel, @Size(max = 16) String channel, LocalDate receivedOn,
            Boolean publishConsent) {}

    @PostMapping
    ResponseEntity<PublicRequestApi.Receipt> register(@Valid @RequestBody RegistrationJson body) {
        PublicRequestApi.ApplicantJson a = body.applicant() == null
                ? new PublicRequestApi.ApplicantJson(null, null, null, null, null, null, null) : body.applicant();
        Channel channel = parse(Channel.class, body.channel(), "channel", "申请方式不正确");
        RequestService.Submitted s = commands.dispatch(new RegisterRequest(new ApplicationInput(a.type(), a.name(),
                a.idNumber(), a.creditCode(), a.phone(), a.email(), a.address(), body.unitCode(), body.description(),
                body.deliveryForm(), body.deliveryChannel(), Boolean.TRUE.equals(body.publishConsent())), channel,
                body.receivedOn()));
        return ResponseEntity.created(URI.create("/api/v1/staff/disclosure-requests/" + s.trackingNumber()))
                .body(new PublicRequestApi.Receipt(s.trackingNumber(), s.accessCode(), s.receivedOn(), s.dueDate()));
    }

    @GetMapping("/{tn}")
    OfficerJson view(@PathVariable String tn) {
        return OfficerJson.of(service.officerView(Actor.require(), tn));
    }

    record OnJson(LocalDate on) {}

    @PostMapping("/{tn}/accept")
    OfficerJson accept(@PathVariable String tn, @Valid @RequestBody(required = false) OnJson body) {
        commands.dispatch(new AcceptRequest(tn, body == null ? null : body.on()));
        return view(tn);
    }

    @PostMapping("/{tn}/review")
    OfficerJson review(@PathVariable String tn) {
        commands.dispatch(new ReviewRequest(tn));
        return view(tn);
    }

    record CorrectionRequestJson(LocalDate on, LocalDate deadline, @Size(max = WHAT_MAX) String what) {}

    @PostMapping("/{tn}/correction-request")
    OfficerJson requestCorrection(@PathVariable String tn, @Valid @RequestBody CorrectionRequestJson body) {
        commands.dispatch(new RequestCorrection(tn, body.on(), body.deadline(), body.what()));
        return view(tn);
    }

    @PostMapping("/{tn}/correction")
    OfficerJson recordCorrection(@PathVariable String tn, @Valid @RequestBody OnJson body) {
        commands.dispatch(new RecordCorrection(tn, body.on()));
        return view(tn);
    }

    record ConsultationJson(LocalDate on, @Size(max = CONSULTEE_MAX) String consultee) {}

    @PostMapping("/{tn}/consultation")
    OfficerJson startConsultation(@PathVariable String tn, @Valid @RequestBody ConsultationJson body) {
        commands.dispatch(new StartConsultation(tn, body.on(), body.consultee()));
        return view(tn);
    }

    @PostMapping("/{tn}/consultation-end")
    OfficerJson endConsultation(@PathVariable String tn, @Valid @RequestBody OnJson body) {
        commands.dispatch(new EndConsultation(tn, body.on()));
        return view(tn);
    }

    record ExtensionJson(LocalDate on, Integer days, @Size(max = APPROVER_MAX) String approver) {}

    @PostMapping("/{tn}/extension")
    OfficerJson extend(@PathVariable String tn, @Valid @RequestBody ExtensionJson body) {
        commands.dispatch(new ExtendRequest(tn, body.on(), body.days(), body.approver()));
        return view(tn);
    }

    record FeeNoticeJson(LocalDate on, @Size(max = 20) String method, Integer pages) {}

    @PostMapping("/{tn}/fee-notice")
    OfficerJson feeNotice(@PathVariable String tn, @Valid @RequestBody FeeNoticeJson body) {
        commands.dispatch(new SendFeeNotice(tn, body.on(), body.method(), body.pages()));
        return view(tn);
    }

    @PostMapping("/{tn}/payment")
    OfficerJson payment(@PathVariable String tn, @Valid @RequestBody OnJson body) {
        commands.dispatch(new RecordPayment(tn, body.on()));
        return view(tn);
    }

    record DecisionJson(LocalDate on, @Size(max = 40) String decisionCode, @Size(max = REASONS_MAX) String reasons) {}

    @PostMapping("/{tn}/decision")
    OfficerJson decide(@PathVariable String tn, @Valid @RequestBody DecisionJson body) {
        DecisionCode code = parse(DecisionCode.class, body.decisionCode(), "decisionCode", "办理结果代码不正确");
        commands.dispatch(new DecideRequest(tn, body.on(), code, body.reasons()));
        return view(tn);
    }

    record DeliveryJson(LocalDate on, @Size(max = DELIVERY_CHANNEL_MAX) String channel) {}

    @PostMapping("/{tn}/delivery")
    OfficerJson deliver(@PathVariable String tn, @Valid @RequestBody DeliveryJson body) {
        commands.dispatch(new DeliverReply(tn, body.on(), body.channel()));
        return view(tn);
    }

    record WithdrawalJson(LocalDate on, @Size(max = WITHDRAWAL_REASON_MAX) String reason) {}

    @PostMapping("/{tn}/withdrawal")
    OfficerJson withdraw(@PathVariable String tn, @Valid @RequestBody WithdrawalJson body) {
        commands.dispatch(new WithdrawRequest(tn, body.on(), body.reason()));
        return view(tn);
    }

    @PostMapping("/{tn}/archive")
    OfficerJson archive(@PathVariable String tn) {
        commands.dispatch(new ArchiveRequest(tn));
        return view(tn);
    }

    record AssignmentJson(Long staffId) {}

    @PostMapping("/{tn}/assignment")
    OfficerJson assign(@PathVariable String tn, @Valid @RequestBody AssignmentJson body) {
        commands.dispatch(new AssignRequest(tn, body.staffId()));
        return view(tn);
    }

    /** The unit by id ({@code GET /api/v1/units}) or, as before, by its credit code. */
    record TransferJson(Long unitId, @Size(max = UNIT_CODE_MAX) String unitCode,
            @Size(max = TRANSFER_REASON_MAX) String reason) {}

    @PostMapping("/{tn}/transfer")
    ResponseEntity<Void> transfer(@PathVariable String tn, @Valid @RequestBody TransferJson body) {
        commands.dispatch(new TransferRequest(tn, body.unitId(), body.unitCode(), body.reason()));
        return ResponseEntity.noContent().build();
    }

    record NoteJson(@Size(max = NOTE_MAX) String body) {}

    @PostMapping("/{tn}/notes")
    OfficerJson note(@PathVariable String tn, @Valid @RequestBody NoteJson body) {
        commands.dispatch(new AddNote(tn, body.body()));
        return view(tn);
    }

    record AttachmentJson(long id, String name, String mediaType, long size, String uploadedBy) {}

    /**
     * An officer's file for the request (multipart field {@code file}; the attachment policy's
     * {@code OFFICER_DOCUMENT} types and size): 201 with the stored attachment. A refused file is problem JSON at
     * field {@code file}, and nothing is stored.
     */
    @PostMapping(path = "/{tn}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AttachmentJson> attach(@PathVariable String tn,
            @RequestParam(name = "file", required = false) MultipartFile file) {
        boolean none = file == null || (file.isEmpty()
                && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()));
        try (InputStream in = none ? null : file.getInputStream()) {
            RequestAttachment a = commands.dispatch(new AddAttachment(tn, none ? null : file.getOriginalFilename(), in));
            return ResponseEntity.created(URI.create("/console/requests/" + tn.trim().toUpperCase() + "/attachments/"
                    + a.id())).body(new AttachmentJson(a.id(), a.name(), a.mediaType(), a.size(), a.uploadedBy()));
        } catch (IOException e) {
            throw GongkaiException.invalid("file", "文件读取失败，请重新上传");
        }
    }

    record ReviewJson(LocalDate filedOn, @Size(max = 20) String result, Boolean afterReconsideration) {}

    @PostMapping("/{tn}/reconsideration")
    OfficerJson reconsideration(@PathVariable String tn, @Valid @RequestBody ReviewJson body) {
        commands.dispatch(new RecordReview(tn, ReviewKind.RECONSIDERATION, body.filedOn(), result(body.result())));
        return view(tn);
    }

    record ReviewResultJson(@Size(max = 40) String kind, LocalDate filedOn, @Size(max = 20) String result,
            LocalDate resultOn) {}

    /** The final result of a pending reconsideration or lawsuit, and the day it became known. */
    @PostMapping("/{tn}/review-result")
    OfficerJson reviewResult(@PathVariable String tn, @Valid @RequestBody ReviewResultJson body) {
        ReviewKind kind = parse(ReviewKind.class, body.kind(), "kind", "复议诉讼类型不正确：" + body.kind());
        commands.dispatch(new ConcludeReview(tn, kind, body.filedOn(), result(body.result()), body.resultOn()));
        return view(tn);
    }

    @PostMapping("/{tn}/litigation")
    OfficerJson litigation(@PathVariable String tn, @Valid @RequestBody ReviewJson body) {
        ReviewKind kind = Boolean.TRUE.equals(body.afterReconsideration()) ? ReviewKind.LITIGATION_AFTER_RECONSIDERATION
                : ReviewKind.LITIGATION_DIRECT;
        commands.dispatch(new RecordReview(tn, kind, body.filedOn(), result(body.result())));
        return view(tn);
    }

    private static ReviewResult result(String value) {
        if (value == null || value.isBlank()) {
            return ReviewResult.PENDING;
        }
        return parse(ReviewResult.class, value, "result", "复议诉讼结果不正确：" + value);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String message) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw GongkaiException.invalid(field, message);
        }
    }

    // --- the officer's view --------------------------------------------------------------------------------

    record ApplicantFull(String type, String typeLabel, String name, String identityNumber, String phone,
            String email, String address) {

        static ApplicantFull of(Applicant a) {
            return new ApplicantFull(a.type().name(), a.type().label(), a.name(), a.identityNumber(), a.phone(),
                    a.email(), a.address());
        }
    }

    record OfficerJson(PublicRequestApi.StatusJson status, ApplicantFull applicant, String description,
            String channel, String unitName, String step, String stepLabel, String assignee, boolean overdue,
            String clockStatus, LocalDate correctionDeadline, LocalDate paymentDeadline, Long feeAmountFen,
            String decisionCode, String decisionReasons, List<ReviewJsonOut> reviews, List<String> notes,
            List<OfficerView.DuplicateHint> duplicateHints, List<PublishedJson> possiblyPublished) {

        static OfficerJson of(OfficerView v) {
            var r = v.request();
            return new OfficerJson(PublicRequestApi.StatusJson.of(v.status()), ApplicantFull.of(r.applicant()),
                    r.description(), r.channel().name(), v.unitName(), r.step().name(), r.step().label(),
                    v.assigneeName(), v.overdue(), v.clock().status().name(), v.clock().correctionDeadline(),
                    v.clock().paymentDeadline(), r.feeAmountFen(),
                    v.clock().decision() == null ? null : v.clock().decision().name(), r.decisionReasons(),
                    r.reviews().stream().map(x -> new ReviewJsonOut(x.kind().name(), x.filedOn(), x.result().name(), x.resultOn()))
                            .toList(),
                    v.notes().stream().map(n -> n.author() + "：" + n.body()).toList(), v.duplicateHints(),
                    v.possiblyPublished().stream().map(d -> new PublishedJson(d.id(), d.title(), d.indexNumber(), d.url()))
                            .toList());
        }
    }

    /** A published document that may already hold the requested information. */
    record PublishedJson(long id, String title, String indexNumber, String url) {}

    record ReviewJsonOut(String kind, LocalDate filedOn, String result, LocalDate resultOn) {}
}
