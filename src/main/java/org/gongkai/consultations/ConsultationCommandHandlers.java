package org.gongkai.consultations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import org.gongkai.common.FieldCipher;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.TimeConfiguration;
import org.gongkai.consultations.Consultation.Comment;
import org.gongkai.consultations.Consultation.Group;
import org.gongkai.consultations.ConsultationCommands.ApproveConsultationFeedback;
import org.gongkai.consultations.ConsultationCommands.CloseConsultation;
import org.gongkai.consultations.ConsultationCommands.DecideConsultationGroup;
import org.gongkai.consultations.ConsultationCommands.GenerateConsultationFeedback;
import org.gongkai.consultations.ConsultationCommands.GroupConsultationComment;
import org.gongkai.consultations.ConsultationCommands.LinkConsultationFinalDocument;
import org.gongkai.consultations.ConsultationCommands.ModerateConsultationComment;
import org.gongkai.consultations.ConsultationCommands.OpenConsultation;
import org.gongkai.consultations.ConsultationCommands.PublishConsultationFeedback;
import org.gongkai.consultations.ConsultationCommands.SaveConsultation;
import org.gongkai.consultations.ConsultationCommands.ScheduleConsultation;
import org.gongkai.consultations.ConsultationCommands.SubmitConsultationComment;
import org.gongkai.consultations.ConsultationStatus.Action;
import org.gongkai.organisation.UnitDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The consultations' command handlers, one bean per command ({@link ConsultationStatus#LIFECYCLE} decides what each
 * state allows). Staff of the unit write, announce, moderate and decide; the sweep (the system) opens and closes on the
 * dates; anybody comments while a consultation is open; the unit's leader approves the feedback report.
 */
@Configuration(proxyBeanMethods = false)
class ConsultationCommandHandlers {

    private final ConsultationRepository repository;
    private final ConsultationAccess access;
    private final ConsultationSettings settings;
    private final CommentGuard guard;
    private final PublishedDocuments documents;
    private final UnitDirectory units;
    private final FieldCipher cipher;
    private final Clock clock;

    ConsultationCommandHandlers(ConsultationRepository repository, ConsultationAccess access,
            ConsultationSettings settings, CommentGuard guard, PublishedDocuments documents, UnitDirectory units,
            FieldCipher cipher, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.settings = settings;
        this.guard = guard;
        this.documents = documents;
        this.units = units;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Bean
    CommandHandler<SaveConsultation, Long> saveConsultation() {
        return CommandHandlers.handle(SaveConsultation.class, this::save)
                .authorisedBy((c, actor) -> {
                    if (c.consultationId() != null) {
                        access.requireEdit(actor, unitOf(c.consultationId()));
                    }
                    if (c.unitId() != null) {
                        access.requireEdit(actor, c.unitId());
                    }
                })
                .describedBy((c, id) -> "征求意见：" + c.title()).objectId((c, id) -> String.valueOf(id)).build();
    }

    @Bean
    CommandHandler<ScheduleConsultation, Void> scheduleConsultation() {
        return CommandHandlers.handle(ScheduleConsultation.class, this::schedule)
                .authorisedBy((c, actor) -> access.requireEdit(actor, unitOf(c.consultationId())))
                .describedBy((c, r) -> "发布征求意见公告").build();
    }

    @Bean
    CommandHandler<OpenConsultation, Void> openConsultation() {
        return CommandHandlers.handle(OpenConsultation.class, (c, ctx) -> open(c.consultationId(), ctx))
                .authorisedBy((c, actor) -> systemOnly(actor)).describedBy((c, r) -> "开始征求意见").build();
    }

    @Bean
    CommandHandler<CloseConsultation, Void> closeConsultation() {
        return CommandHandlers.handle(CloseConsultation.class, this::close)
                .authorisedBy((c, actor) -> systemOnly(actor)).describedBy((c, r) -> "征求意见截止").build();
    }

    @Bean
    CommandHandler<SubmitConsultationComment, Long> submitConsultationComment() {
        return CommandHandlers.handle(SubmitConsultationComment.class, this::comment)
                .authorisedBy((c, actor) -> { }) // the public: anybody, rate-limited at the edge
                .describedBy((c, id) -> "收到意见 " + id).build();
    }

    @Bean
    CommandHandler<ModerateConsultationComment, Void> moderateConsultationComment() {
        return CommandHandlers.handle(ModerateConsultationComment.class, this::moderate)
                .authorisedBy((c, actor) -> access.requireEdit(actor, unitOf(c.consultationId())))
                .describedBy((c, r) -> ("PUBLISH".equals(c.action()) ? "公开意见 " : "不予公开意见 ") + c.commentId()
                        + (c.reason() == null || c.reason().isBlank() ? "" : "：" + c.reason()))
                .build();
    }

    @Bean
    CommandHandler<GroupConsultationComment, Void> groupConsultationComment() {
        return CommandHandlers.handle(GroupConsultationComment.class, this::group)
                .authorisedBy((c, actor) -> access.requireEdit(actor, unitOf(c.consultationId())))
                .describedBy((c, r) -> "意见 " + c.commentId() + " 归入 " + article(c.article())).build();
    }

    @Bean
    CommandHandler<DecideConsultationGroup, Void> decideConsultationGroup() {
        return CommandHandlers.handle(DecideConsultationGroup.class, this::decide)
                .authorisedBy((c, actor) -> access.requireEdit(actor, unitOf(c.consultationId())))
                .describedBy((c, r) -> c.article() + "：" + Decision.valueOf(c.decision()).label()).build();
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

    private Long save(SaveConsultation c, CommandContext ctx) {
        UnitDirectory.UnitView unit = units.findById(c.unitId()).filter(u -> !u.isExternalIssuer())
                .orElseThrow(() -> GongkaiException.invalid("unitId", "单位不正确"));
        LocalDate today = today();
        LocalDate opens = date(c.opensOn(), "opensOn");
        LocalDate closes = date(c.closesOn(), "closesOn");
        if (opens.isBefore(today) || opens.isAfter(today.plusYears(1))) {
            throw new GongkaiException(ErrorCode.OUT_OF_RANGE, "开始日期应在今天至一年内", "opensOn");
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(opens, closes);
        if (days < 1 || days > settings.maximumDays()) {
            throw new GongkaiException(ErrorCode.OUT_OF_RANGE,
                    "截止日期应在开始日期之后 1 至 " + settings.maximumDays() + " 天内", "closesOn");
        }
        int minimum = settings.minimumDays(c.normative());
        if (days < minimum && (c.shortReason() == null || c.shortReason().isBlank())) {
            throw new GongkaiException(ErrorCode.CONSULTATION_PERIOD_TOO_SHORT, (c.normative() ? "规范性文件草案" : "草案")
                    + "征求意见期限一般不少于 " + minimum + " 日；缩短期限的，请填写理由（将向社会公开）", "shortReason");
        }
        if (c.draftDocumentId() != null && documents.findPublished(c.draftDocumentId()).isEmpty()) {
            throw new GongkaiException(ErrorCode.DOCUMENT_NOT_PUBLIC, "草案文件不存在或尚未公开", "draftDocumentId");
        }
        if (c.consultationId() == null) {
            return repository.insert(c, opens, closes, ConsultationStatus.DRAFT, clock.instant());
        }
        Consultation existing = locked(c.consultationId());
        ConsultationStatus.LIFECYCLE.require(existing.status(), Action.EDIT);
        repository.update(existing.id(), c, opens, closes);
        return existing.id();
    }

    private Void schedule(ScheduleConsultation c, CommandContext ctx) {
        Consultation k = locked(c.consultationId());
        ConsultationStatus.LIFECYCLE.require(k.status(), Action.SCHEDULE);
        LocalDate today = today();
        if (k.opensOn().isBefore(today)) {
            throw new GongkaiException(ErrorCode.OUT_OF_RANGE, "开始日期已过，请先修改征求意见期限", "opensOn");
        }
        repository.setStatus(k.id(), ConsultationStatus.SCHEDULED);
        repository.event(k.id(), "SCHEDULED", today, clock.instant(), k.opensOn() + " 至 " + k.closesOn());
        ctx.publish(new ConsultationEvents.ConsultationScheduled(k.id(), k.unitId(), k.opensOn(), k.closesOn()));
        if (!k.opensOn().isAfter(today)) {
            open(k.id(), ctx);
        }
        return null;
    }

    private Void open(long id, CommandContext ctx) {
        Consultation k = locked(id);
        ConsultationStatus.LIFECYCLE.require(k.status(), Action.OPEN);
        LocalDate today = today();
        if (today.isBefore(k.opensOn())) {
            throw new GongkaiException(ErrorCode.TRANSITION_NOT_ALLOWED, "还未到开始日期 " + k.opensOn());
        }
        repository.setStatus(id, ConsultationStatus.OPEN);
        repository.event(id, "OPENED", today, clock.instant(), null);
        ctx.publish(new ConsultationEvents.ConsultationOpened(id, k.unitId(), today));
        return null;
    }

    private Void close(CloseConsultation c, CommandContext ctx) {
        Consultation k = locked(c.consultationId());
        ConsultationStatus.LIFECYCLE.require(k.status(), Action.CLOSE);
        LocalDate today = today();
        if (!today.isAfter(k.closesOn())) {
            throw new GongkaiException(ErrorCode.TRANSITION_NOT_ALLOWED, "截止日期 " + k.closesOn() + " 还未过");
        }
        repository.setStatus(k.id(), ConsultationStatus.CLOSED);
        repository.event(k.id(), "CLOSED", k.closesOn(), clock.instant(), "共收到意见 "
                + repository.comments(k.id(), null).size() + " 条");
        ctx.publish(new ConsultationEvents.ConsultationClosed(k.id(), k.unitId(), k.closesOn()));
        return null;
    }

    private Long comment(SubmitConsultationComment c, CommandContext ctx) {
        Consultation k = repository.find(c.consultationId()).filter(x -> x.status().isPublic())
                .orElseThrow(GongkaiException::notFound);
        if (!k.acceptsCommentsOn(today())) {
            throw new GongkaiException(ErrorCode.CONSULTATION_CLOSED, "征求意见已于 " + k.closesOn() + " 截止，不能再提交意见");
        }
        String contact = c.contact().strip();
        if (!CommentGuard.plausibleContact(contact)) {
            throw new GongkaiException(ErrorCode.VALIDATION_FAILED, "联系方式应为电话号码或电子邮箱", "contact");
        }
        String article = ConsultationRepository.blankToNull(c.article());
        long id = repository.insertComment(k.id(), clock.instant(), ConsultationRepository.blankToNull(c.name()),
                cipher.encrypt(contact), article, article(article), c.text().strip());
        ctx.publish(new ConsultationEvents.ConsultationCommentReceived(k.id(), id));
        return id;
    }

    private Void moderate(ModerateConsultationComment c, CommandContext ctx) {
        Consultation k = changeable(c.consultationId(), Action.MODERATE);
        Comment comment = repository.comment(k.id(), c.commentId()).orElseThrow(GongkaiException::notFound);
        if ("PUBLISH".equals(c.action())) {
            CommentGuard.Guarded g = guard.guard(comment, contactOf(comment));
            repository.publishComment(comment.id(), g.name(), g.text(), clock.instant());
        } else {
            if (c.reason() == null || c.reason().isBlank()) {
                throw new GongkaiException(ErrorCode.VALIDATION_FAILED, "请填写不予公开的理由", "reason");
            }
            repository.hideComment(comment.id(), c.reason().strip(), clock.instant());
        }
        return null;
    }

    private Void group(GroupConsultationComment c, CommandContext ctx) {
        Consultation k = changeable(c.consultationId(), Action.DECIDE);
        Comment comment = repository.comment(k.id(), c.commentId()).orElseThrow(GongkaiException::notFound);
        repository.groupComment(comment.id(), article(c.article()));
        return null;
    }

    private Void decide(DecideConsultationGroup c, CommandContext ctx) {
        Consultation k = changeable(c.consultationId(), Action.DECIDE);
        String article = article(c.article());
        if (repository.comments(k.id(), null).stream().noneMatch(x -> x.groupArticle().equals(article))) {
            throw new GongkaiException(ErrorCode.VALIDATION_FAILED, "“" + article + "”没有归入的意见", "article");
        }
        repository.decide(k.id(), article, Decision.valueOf(c.decision()), c.reason().strip());
        return null;
    }

    private Void generate(GenerateConsultationFeedback c, CommandContext ctx) {
        Consultation k = changeable(c.consultationId(), Action.GENERATE_FEEDBACK);
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
        Consultation k = locked(c.consultationId());
        ConsultationStatus.LIFECYCLE.require(k.status(), Action.APPROVE_FEEDBACK);
        Consultation.Feedback f = repository.feedback(k.id()).orElseThrow(() -> new GongkaiException(
                ErrorCode.CONSULTATION_FEEDBACK_INCOMPLETE, "尚未生成反馈报告"));
        if (f.approved()) {
            throw new GongkaiException(ErrorCode.TRANSITION_NOT_ALLOWED, "反馈报告已审核");
        }
        Actor actor = ctx.requireActor();
        repository.approveFeedback(k.id(), actor.displayName(), clock.instant());
        repository.event(k.id(), "FEEDBACK_APPROVED", today(), clock.instant(), null);
        return null;
    }

    private Void publish(PublishConsultationFeedback c, CommandContext ctx) {
        Consultation k = locked(c.consultationId());
        ConsultationStatus.LIFECYCLE.require(k.status(), Action.PUBLISH_FEEDBACK);
        Consultation.Feedback f = repository.feedback(k.id()).filter(Consultation.Feedback::approved)
                .orElseThrow(() -> new GongkaiException(ErrorCode.CONSULTATION_FEEDBACK_NOT_APPROVED,
                        "反馈报告尚未生成或尚未经领导审核，不能公布"));
        LocalDate today = today();
        repository.publishFeedback(k.id(), today, clock.instant());
        repository.setStatus(k.id(), ConsultationStatus.FEEDBACK_PUBLISHED);
        repository.event(k.id(), "FEEDBACK_PUBLISHED", today, clock.instant(), "共 " + f.comments() + " 条意见");
        ctx.publish(new ConsultationEvents.ConsultationFeedbackPublished(k.id(), k.unitId(), today, f.comments()));
        return null;
    }

    private Void link(LinkConsultationFinalDocument c, CommandContext ctx) {
        Consultation k = locked(c.consultationId());
        ConsultationStatus.LIFECYCLE.require(k.status(), Action.LINK_FINAL_DOCUMENT);
        PublishedDocuments.PublishedDocument d = documents.findPublished(c.documentId()).filter(
                PublishedDocuments.PublishedDocument::local).orElseThrow(() -> new GongkaiException(
                        ErrorCode.DOCUMENT_NOT_PUBLIC, "正式文件不存在或尚未公开", "documentId"));
        repository.setFinalDocument(k.id(), d.id());
        repository.event(k.id(), "FINAL_DOCUMENT", today(), clock.instant(), d.title());
        return null;
    }

    /**
     * The consultation, locked, refused unless the action is allowed and its report is not yet approved; a generated
     * report not yet approved is discarded, since what it was generated from changes now.
     */
    private Consultation changeable(long id, Action action) {
        Consultation k = locked(id);
        ConsultationStatus.LIFECYCLE.require(k.status(), action);
        repository.feedback(id).ifPresent(f -> {
            if (f.approved()) {
                throw new GongkaiException(ErrorCode.TRANSITION_NOT_ALLOWED, "反馈报告已经审核，不能再修改意见的处理");
            }
            repository.deleteFeedback(id); // generated from what is changing now: generate it again
        });
        return k;
    }

    private Consultation locked(long id) {
        return repository.lock(id).orElseThrow(GongkaiException::notFound);
    }

    private long unitOf(Long id) {
        if (id == null) {
            throw GongkaiException.notFound();
        }
        return repository.find(id).map(Consultation::unitId).orElseThrow(GongkaiException::notFound);
    }

    private String contactOf(Comment comment) {
        return repository.contact(comment.id()).map(cipher::decrypt).orElse(null);
    }

    private String article(String article) {
        return article == null || article.isBlank() ? settings.generalArticle() : article.strip();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
    }

    private static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new GongkaiException(ErrorCode.INVALID_DATE, "日期不正确", field);
        }
    }

    private static void systemOnly(Actor actor) {
        if (actor != null) {
            throw new GongkaiException(ErrorCode.FORBIDDEN, "征求意见按日期自动开始和截止");
        }
    }
}
