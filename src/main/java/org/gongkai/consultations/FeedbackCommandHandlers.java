package org.gongkai.consultations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.catalogue.PublishedDocuments;
import org.gongkai.commands.CommandContext;
import org.gongkai.commands.CommandHandler;
import org.gongkai.commands.CommandHandlers;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.consultations.Consultation.Comment;
import org.gongkai.consultations.Consultation.Group;
import org.gongkai.consultations.ConsultationCommands.ApproveConsultationFeedback;
import org.gongkai.consultations.ConsultationCommands.GenerateConsultationFeedback;
import org.gongkai.consultations.ConsultationCommands.LinkConsultationFinalDocument;
import org.gongkai.consultations.ConsultationCommands.PublishConsultationFeedback;
import org.gongkai.consultations.ConsultationStatus.Action;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The feedback report's command handlers and the final document's link: the unit's editor generates the report from
 * the decisions (every comment moderated, every group decided), its leader or the office head approves it, either
 * publishes it once approved; the editor links the final document published in the catalogue.
 */
@Configuration(proxyBeanMethods = false)
class FeedbackCommandHandlers {

    private final ConsultationRepository repository;
    private final ConsultationAccess access;
    private final ConsultationCases cases;
    private final PublishedDocuments documents;
    private final Clock clock;

    FeedbackCommandHandlers(ConsultationRepository repository, ConsultationAccess access, ConsultationCases cases,
            PublishedDocuments documents, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.cases = cases;
        this.documents = documents;
        this.clock = clock;
    }

    @Bean
    CommandHandler<GenerateConsultationFeedback, Void> generateConsultationFeedback() {
        return CommandHandlers.handle(GenerateConsultationFeedback.class, this::generate)
                .authorisedBy((c, actor) -> access.requireEdit(actor, unitOf(c.consultationId())))
                .describedBy((c, r) -> "生成意见采纳情况反馈").build();
    }

    @Bean
    CommandHandler<ApproveConsultationFeedback, Void> approveConsultationFeedback() {
        return CommandHandlers.handle(ApproveConsultationFeedback.class, this::approve)
                .authorisedBy((c, actor) -> access.requireApprove(actor, unitOf(c.consultationId())))
                .describedBy((c, r) -> "审核意见采纳情况反馈").build();
    }

    @Bean
    CommandHandler<PublishConsultationFeedback, Void> publishConsultationFeedback() {
        return CommandHandlers.handle(PublishConsultationFeedback.class, this::publish)
                .authorisedBy((c, actor) -> {
                    long unit = unitOf(c.consultationId());
                    if (!access.mayEdit(actor, unit)) {
                        access.requireApprove(actor, unit);
                    }
                })
                .describedBy((c, r) -> "公布意见采纳情况反馈").build();
    }

    @Bean
    CommandHandler<LinkConsultationFinalDocument, Void> linkConsultationFinalDocument() {
        return CommandHandlers.handle(LinkConsultationFinalDocument.class, this::link)
                .authorisedBy((c, actor) -> access.requireEdit(actor, unitOf(c.consultationId())))
                .describedBy((c, r) -> "正式文件 " + c.documentId()).build();
    }

    private Void generate(GenerateConsultationFeedback c, CommandContext ctx) {
        Consultation k = cases.changeable(c.consultationId(), Action.GENERATE_FEEDBACK);
        List<Comment> comments = repository.comments(k.id(), null);
        long waiting = comments.stream().filter(x -> x.status() == CommentStatus.RECEIVED).count();
        if (waiting > 0) {
            throw new GongkaiException(ErrorCode.CONSULTATION_FEEDBACK_INCOMPLETE, "还有 " + waiting + " 条意见未审核（公开或不予公开）");
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        comments.forEach(x -> counts.merge(x.groupArticle(), 1, Integer::sum));
        Map<String, Group> decided = repository.decisions(k.id());
        List<String> missing = counts.keySet().stream().filter(a -> !decided.containsKey(a)).toList();
        if (!missing.isEmpty()) {
            throw new GongkaiException(ErrorCode.CONSULTATION_FEEDBACK_INCOMPLETE,
                    "下列条款的意见尚未记录采纳情况：" + String.join("、", missing));
        }
        List<Group> groups = new ArrayList<>();
        int[] by = new int[Decision.values().length];
        counts.forEach((article, n) -> {
            Group d = decided.get(article);
            groups.add(new Group(article, d.decision(), d.reason(), n));
            by[d.decision().ordinal()] += n;
        });
        repository.saveFeedback(new Consultation.Feedback(k.id(), comments.size(), by[Decision.ADOPTED.ordinal()],
                by[Decision.PARTLY_ADOPTED.ordinal()], by[Decision.NOT_ADOPTED.ordinal()],
                ConsultationRepository.blankToNull(c.summary()), groups, null, null, null, null), clock.instant());
        return null;
    }

    private Void approve(ApproveConsultationFeedback c, CommandContext ctx) {
        Consultation k = cases.locked(c.consultationId());
        ConsultationStatus.LIFECYCLE.require(k.status(), Action.APPROVE_FEEDBACK);
        Consultation.Feedback f = repository.feedback(k.id()).orElseThrow(() -> new GongkaiException(
                ErrorCode.CONSULTATION_FEEDBACK_INCOMPLETE, "尚未生成反馈报告"));
        if (f.approved()) {
            throw new GongkaiException(ErrorCode.TRANSITION_NOT_ALLOWED, "反馈报告已审核");
        }
        Actor actor = ctx.requireActor();
        repository.approveFeedback(k.id(), actor.displayName(), clock.instant());
        repository.event(k.id(), "FEEDBACK_APPROVED", cases.today(), clock.instant(), null);
        return null;
    }

    private Void publish(PublishConsultationFeedback c, CommandContext ctx) {
        Consultation k = cases.locked(c.consultationId());
        ConsultationStatus.LIFECYCLE.require(k.status(), Action.PUBLISH_FEEDBACK);
        Consultation.Feedback f = repository.feedback(k.id()).filter(Consultation.Feedback::approved)
                .orElseThrow(() -> new GongkaiException(ErrorCode.CONSULTATION_FEEDBACK_NOT_APPROVED,
                        "反馈报告尚未生成或尚未经领导审核，不能公布"));
        LocalDate today = cases.today();
        repository.publishFeedback(k.id(), today, clock.instant());
        repository.setStatus(k.id(), ConsultationStatus.FEEDBACK_PUBLISHED);
        repository.event(k.id(), "FEEDBACK_PUBLISHED", today, clock.instant(), "共 " + f.comments() + " 条意见");
        ctx.publish(new ConsultationEvents.ConsultationFeedbackPublished(k.id(), k.unitId(), today, f.comments()));
        return null;
    }

    private Void link(LinkConsultationFinalDocument c, CommandContext ctx) {
        Consultation k = cases.locked(c.consultationId());
        ConsultationStatus.LIFECYCLE.require(k.status(), Action.LINK_FINAL_DOCUMENT);
        PublishedDocuments.PublishedDocument d = documents.findPublished(c.documentId()).filter(
                PublishedDocuments.PublishedDocument::local).orElseThrow(() -> new GongkaiException(
                        ErrorCode.DOCUMENT_NOT_PUBLIC, "正式文件不存在或尚未公开", "documentId"));
        repository.setFinalDocument(k.id(), d.id());
        repository.event(k.id(), "FINAL_DOCUMENT", cases.today(), clock.instant(), d.title());
        return null;
    }

    private long unitOf(Long id) {
        return cases.unitOf(id);
    }
}
