package org.gongkai.catalogue;

import java.util.function.BiFunction;
import org.gongkai.catalogue.DocumentCommands.AddAttachment;
import org.gongkai.catalogue.DocumentCommands.DocumentChange;
import org.gongkai.catalogue.DocumentCommands.DraftDocument;
import org.gongkai.catalogue.DocumentCommands.EditDocument;
import org.gongkai.catalogue.DocumentCommands.MaskDocument;
import org.gongkai.catalogue.DocumentCommands.OnDocument;
import org.gongkai.catalogue.DocumentCommands.OverrideFinding;
import org.gongkai.catalogue.DocumentCommands.PublishDocument;
import org.gongkai.catalogue.DocumentCommands.RemoveAttachment;
import org.gongkai.catalogue.DocumentCommands.RepealDocument;
import org.gongkai.catalogue.DocumentCommands.ReturnDocument;
import org.gongkai.catalogue.DocumentCommands.ReviewDocument;
import org.gongkai.catalogue.DocumentCommands.ReviseDocument;
import org.gongkai.catalogue.DocumentCommands.ScanDocument;
import org.gongkai.catalogue.DocumentCommands.ScheduleDocument;
import org.gongkai.catalogue.DocumentCommands.SignOffDocument;
import org.gongkai.catalogue.DocumentCommands.SubmitDocument;
import org.gongkai.catalogue.DocumentCommands.UnscheduleDocument;
import org.gongkai.catalogue.DocumentCommands.WithdrawDocument;
import org.gongkai.commands.CommandContext;
import org.gongkai.commands.CommandHandler;
import org.gongkai.commands.CommandHandlers;
import org.gongkai.common.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One handler per document command, all declared here: who may run it (data scope and role in the
 * document's unit), what it does ({@link DocumentWorkflow}, {@link DocumentScreening},
 * {@link DocumentAttachments}) and the audit detail.
 */
@Configuration(proxyBeanMethods = false)
class DocumentCommandHandlers {

    private final DocumentAccess access;
    private final DocumentWorkflow workflow;
    private final DocumentScreening screening;
    private final DocumentAttachments attachments;

    DocumentCommandHandlers(DocumentAccess access, DocumentWorkflow workflow, DocumentScreening screening,
            DocumentAttachments attachments) {
        this.access = access;
        this.workflow = workflow;
        this.screening = screening;
        this.attachments = attachments;
    }

    @Bean
    CommandHandler<DraftDocument, DocumentChange> draftDocument() {
        return CommandHandlers.handle(DraftDocument.class, workflow::draft)
                .authorisedBy((c, actor) -> workflow.authoriseDraft(actor, c.unitId()))
                .describedBy((c, r) -> r.detail())
                .objectId((c, r) -> String.valueOf(r.document().id()))
                .build();
    }

    @Bean
    CommandHandler<EditDocument, DocumentChange> editDocument() {
        return onDocument(EditDocument.class, workflow::edit, Role.EDITOR);
    }

    @Bean
    CommandHandler<SubmitDocument, DocumentChange> submitDocument() {
        return workflowStep(SubmitDocument.class, WorkflowAction.SUBMIT);
    }

    @Bean
    CommandHandler<ReturnDocument, DocumentChange> returnDocument() {
        return CommandHandlers.handle(ReturnDocument.class,
                        (ReturnDocument c, CommandContext ctx) -> workflow.transition(c.id(), WorkflowAction.RETURN,
                                c.reason(), null, ctx))
                .authorisedBy((c, actor) -> access.authorise(actor, c.id(), WorkflowAction.RETURN))
                .describedBy((c, r) -> r.detail())
                .build();
    }

    @Bean
    CommandHandler<ReviewDocument, DocumentChange> reviewDocument() {
        return workflowStep(ReviewDocument.class, WorkflowAction.REVIEW);
    }

    @Bean
    CommandHandler<SignOffDocument, DocumentChange> signOffDocument() {
        return workflowStep(SignOffDocument.class, WorkflowAction.SIGN_OFF);
    }

    /** Staff publish a signed-off document; the system (scheduled publication) needs no role. */
    @Bean
    CommandHandler<PublishDocument, DocumentChange> publishDocument() {
        return CommandHandlers.handle(PublishDocument.class,
                        (PublishDocument c, CommandContext ctx) -> workflow.transition(c.id(), WorkflowAction.PUBLISH,
                                null, null, ctx))
                .authorisedBy((c, actor) -> {
                    if (actor != null) {
                        access.authorise(actor, c.id(), WorkflowAction.PUBLISH);
                    }
                })
                .describedBy((c, r) -> r.detail())
                .build();
    }

    @Bean
    CommandHandler<ScheduleDocument, DocumentChange> scheduleDocument() {
        return CommandHandlers.handle(ScheduleDocument.class,
                        (ScheduleDocument c, CommandContext ctx) -> workflow.transition(c.id(), WorkflowAction.SCHEDULE,
                                null, c.at(), ctx))
                .authorisedBy((c, actor) -> access.authorise(actor, c.id(), WorkflowAction.SCHEDULE))
                .describedBy((c, r) -> r.detail())
                .build();
    }

    @Bean
    CommandHandler<UnscheduleDocument, DocumentChange> unscheduleDocument() {
        return workflowStep(UnscheduleDocument.class, WorkflowAction.UNSCHEDULE);
    }

    @Bean
    CommandHandler<ReviseDocument, DocumentChange> reviseDocument() {
        return workflowStep(ReviseDocument.class, WorkflowAction.REVISE);
    }

    @Bean
    CommandHandler<WithdrawDocument, DocumentChange> withdrawDocument() {
        return CommandHandlers.handle(WithdrawDocument.class,
                        (WithdrawDocument c, CommandContext ctx) -> workflow.transition(c.id(), WorkflowAction.WITHDRAW,
                                c.reason(), null, ctx))
                .authorisedBy((c, actor) -> access.authorise(actor, c.id(), WorkflowAction.WITHDRAW))
                .describedBy((c, r) -> r.detail())
                .build();
    }

    @Bean
    CommandHandler<RepealDocument, DocumentChange> repealDocument() {
        return onDocument(RepealDocument.class, workflow::repeal, Role.EDITOR, Role.LEADER);
    }

    @Bean
    CommandHandler<MaskDocument, DocumentChange> maskDocument() {
        return onDocument(MaskDocument.class, (c, ctx) -> screening.mask(c.id(), ctx), Role.EDITOR, Role.REVIEWER);
    }

    /** Any staff member who can see the document may run the guard again. */
    @Bean
    CommandHandler<ScanDocument, DocumentChange> scanDocument() {
        return onDocument(ScanDocument.class, (c, ctx) -> screening.rescan(c.id(), ctx));
    }

    @Bean
    CommandHandler<OverrideFinding, Finding> overrideFinding() {
        return CommandHandlers.handle(OverrideFinding.class, screening::override)
                .authorisedBy((c, actor) -> access.authorise(actor, screening.finding(c.findingId()).documentId(),
                        Role.REVIEWER))
                .describedBy((c, f) -> f.kind().label() + " " + f.maskedValue() + "；理由：" + c.reason().strip())
                .objectId((c, f) -> String.valueOf(f.documentId()))
                .build();
    }

    @Bean
    CommandHandler<AddAttachment, Attachment> addAttachment() {
        return CommandHandlers.handle(AddAttachment.class, attachments::add)
                .authorisedBy((c, actor) -> access.authorise(actor, c.id(), Role.EDITOR))
                .describedBy((c, a) -> a.name() + "（" + a.mediaType() + "，" + a.sizeText() + "）")
                .build();
    }

    @Bean
    CommandHandler<RemoveAttachment, Attachment> removeAttachment() {
        return CommandHandlers.handle(RemoveAttachment.class, attachments::remove)
                .authorisedBy((c, actor) -> {
                    attachments.current(c.id(), c.attachmentId());
                    access.authorise(actor, c.id(), Role.EDITOR);
                })
                .describedBy((c, a) -> a.name())
                .build();
    }

    private <C extends OnDocument> CommandHandler<C, DocumentChange> workflowStep(Class<C> type, WorkflowAction action) {
        return CommandHandlers.handle(type, (C c, CommandContext ctx) -> workflow.transition(c.id(), action, null, null, ctx))
                .authorisedBy((c, actor) -> access.authorise(actor, c.id(), action))
                .describedBy((c, r) -> r.detail())
                .build();
    }

    private <C extends OnDocument> CommandHandler<C, DocumentChange> onDocument(Class<C> type,
            BiFunction<C, CommandContext, DocumentChange> body, Role... roles) {
        return CommandHandlers.handle(type, body)
                .authorisedBy((c, actor) -> access.authorise(actor, c.id(), roles))
                .describedBy((c, r) -> r.detail())
                .build();
    }
}
