package org.gongkai.requests;

import java.time.LocalDate;
import java.util.Set;
import org.gongkai.commands.CommandContext;
import org.gongkai.commands.CommandHandler;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.files.AttachmentPurpose;
import org.gongkai.files.FileStore;
import org.gongkai.organisation.StaffDirectory;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.gongkai.requests.RequestCommands.AddAttachment;
import org.gongkai.requests.RequestCommands.AddNote;
import org.gongkai.requests.RequestCommands.AssignRequest;
import org.gongkai.requests.RequestCommands.ConcludeReview;
import org.gongkai.requests.RequestCommands.RecordReview;
import org.gongkai.requests.RequestCommands.RegisterRequest;
import org.gongkai.requests.RequestCommands.TransferRequest;
import org.gongkai.requests.RequestService.Submitted;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The handlers of the commands that do not move the statutory clock: registration by staff, assignment,
 * transfer, notes, attachments, and reconsiderations and lawsuits after the decision.
 */
@Configuration(proxyBeanMethods = false)
class CaseCommandHandlers {

    private final RequestActions actions;

    CaseCommandHandlers(RequestActions actions) {
        this.actions = actions;
    }

    @Bean
    CommandHandler<RegisterRequest, Submitted> registerRequestHandler(RequestIntake intake) {
        return new CommandHandler<>() {
            @Override
            public Class<RegisterRequest> commandType() {
                return RegisterRequest.class;
            }

            @Override
            public void authorise(RegisterRequest command, Actor actor) {
                // the receiving unit's scope is checked once the input is known to name a unit (handle)
            }

            @Override
            public Submitted handle(RegisterRequest c, CommandContext context) {
                RequestIntake.Created created = intake.register(context.actor().orElse(null), c.input(), c.channel(),
                        c.receivedOn());
                context.publish(created.received());
                return created.submitted();
            }

            @Override
            public String describe(RegisterRequest c, Submitted result) {
                return c.channel().label() + "，收到日期 " + c.receivedOn();
            }

            @Override
            public String objectId(RegisterRequest c, Submitted result) {
                return result.trackingNumber();
            }
        };
    }

    @Bean
    CommandHandler<AssignRequest, ClockState> assignRequestHandler(StaffDirectory staff) {
        return actions.handler(AssignRequest.class, (c, context) -> actions.apply(context, c.trackingNumber(),
                RequestAction.ASSIGN, request -> {
                    StaffDirectory.StaffView officer = staff.findById(c.staffId())
                            .filter(StaffDirectory.StaffView::active)
                            .orElseThrow(() -> GongkaiException.invalid("staffId", "未找到该工作人员"));
                    Set<Role> roles = officer.unitRoles().getOrDefault(request.unitId(), Set.of());
                    if (!roles.contains(Role.REQUEST_OFFICER)) {
                        throw GongkaiException.invalid("staffId", "只能指派给本单位的依申请公开承办人");
                    }
                    request.assignTo(c.staffId());
                    return null;
                }), (c, state) -> "承办人 " + c.staffId());
    }

    @Bean
    CommandHandler<TransferRequest, ClockState> transferRequestHandler() {
        return actions.handler(TransferRequest.class, (c, context) -> actions.apply(context, c.trackingNumber(),
                RequestAction.TRANSFER, request -> {
                    UnitView target = transferTarget(c, request.unitId());
                    request.transferTo(target.id());
                    actions.repository.insertNote(request.id(), RequestActions.actorName(context),
                            "转办至 " + target.name() + "：" + c.reason().trim(), actions.time.instant());
                    return null;
                }), (c, state) -> "转办至 " + (c.unitId() != null ? "单位 " + c.unitId() : c.unitCode().trim()));
    }

    /**
     * The unit a transfer names: by id (the page's list) or credit code (the API). Refused at the field that named
     * it: a unit that does not exist, one that does not handle applications under the 条例 (a village committee,
     * a service centre, an office inside a department — {@link ReceivingUnits}), or the request's own unit.
     */
    private UnitView transferTarget(TransferRequest c, long currentUnitId) {
        boolean byId = c.unitId() != null;
        String field = byId ? "unitId" : "unitCode";
        if (!byId && (c.unitCode() == null || c.unitCode().isBlank())) {
            throw GongkaiException.invalid("unitId", "请选择转办单位");
        }
        UnitView target = (byId ? actions.units.findById(c.unitId()) : actions.units.findByCreditCode(c.unitCode().trim()))
                .orElseThrow(() -> GongkaiException.invalid(field, "未找到该单位，请从列表中选择转办单位"));
        if (!ReceivingUnits.handlesApplications(target, id -> actions.units.findById(id).orElse(null))) {
            throw GongkaiException.invalid(field, ReceivingUnits.whyNot(target) + "，不能转办至“" + target.name()
                    + "”，请从列表中选择行政机关");
        }
        if (target.id() == currentUnitId) {
            throw GongkaiException.invalid(field, "申请已在“" + target.name() + "”办理，请选择其他单位");
        }
        return target;
    }

    @Bean
    CommandHandler<AddNote, ClockState> addNoteHandler() {
        return actions.handler(AddNote.class, (c, context) -> actions.apply(context, c.trackingNumber(),
                RequestAction.ADD_NOTE, request -> {
                    actions.repository.insertNote(request.id(), RequestActions.actorName(context), c.body().trim(),
                            actions.time.instant());
                    return null;
                }), (c, state) -> "备注");
    }

    @Bean
    CommandHandler<AddAttachment, RequestAttachment> addAttachmentHandler(RequestIntake intake) {
        return actions.handler(AddAttachment.class, (c, context) -> {
            if (c.content() == null) {
                throw GongkaiException.invalid("file", "请选择要上传的文件");
            }
            FileStore.StoredFile[] stored = new FileStore.StoredFile[1];
            DisclosureRequest request = actions.find(c.trackingNumber());
            actions.apply(context, c.trackingNumber(), RequestAction.ADD_ATTACHMENT, r -> {
                stored[0] = intake.store(new RequestService.Upload(c.name(), c.content()),
                        AttachmentPurpose.OFFICER_DOCUMENT, "file", "");
                actions.repository.insertAttachment(r.id(), stored[0].id(), stored[0].originalName(),
                        stored[0].mediaType(), stored[0].size(), RequestActions.actorName(context),
                        actions.time.instant());
                return null;
            });
            return actions.repository.attachments(request.id()).stream()
                    .filter(a -> a.fileId().equals(stored[0].id())).findFirst().orElseThrow();
        }, (c, a) -> a.name() + "（" + a.mediaType() + "，" + a.size() + " 字节）");
    }

    @Bean
    CommandHandler<RecordReview, ClockState> recordReviewHandler() {
        return actions.handler(RecordReview.class, (c, context) -> actions.apply(context, c.trackingNumber(),
                RequestAction.RECORD_REVIEW, request -> {
                    requireNotFuture(c.filedOn(), "filedOn");
                    Review review = new Review(c.kind(), c.filedOn(), c.result() == null ? ReviewResult.PENDING
                            : c.result());
                    request.addReview(review);
                    actions.repository.insertReview(request.id(), review, actions.time.instant());
                    context.publish(new RequestEvents.ReviewRecorded(request.trackingNumber(), request.unitId(),
                            review.kind(), review.filedOn(), review.result()));
                    return null;
                }), (c, state) -> c.kind().label() + " " + c.filedOn());
    }

    @Bean
    CommandHandler<ConcludeReview, ClockState> concludeReviewHandler() {
        return actions.handler(ConcludeReview.class, (c, context) -> actions.apply(context, c.trackingNumber(),
                RequestAction.CONCLUDE_REVIEW, request -> {
                    Review review = request.concludeReview(c.kind(), c.filedOn(), c.result(), c.resultOn(),
                            actions.today());
                    actions.repository.concludeReview(request.id(), review);
                    context.publish(new RequestEvents.ReviewRecorded(request.trackingNumber(), request.unitId(),
                            review.kind(), review.filedOn(), review.result()));
                    return null;
                }), (c, state) -> c.kind().label() + " " + c.filedOn() + "：" + c.result().label());
    }

    private void requireNotFuture(LocalDate on, String field) {
        if (on.isAfter(actions.today())) {
            throw new GongkaiException(ErrorCode.DATE_IN_FUTURE, "日期 " + on + " 晚于今天（" + actions.today() + "）",
                    field);
        }
    }
}
