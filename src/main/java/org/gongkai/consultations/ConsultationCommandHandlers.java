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
import org.gongkai.consultations.ConsultationCommands.CloseConsultation;
import org.gongkai.consultations.ConsultationCommands.DecideConsultationGroup;
import org.gongkai.consultations.ConsultationCommands.GroupConsultationComment;
import org.gongkai.consultations.ConsultationCommands.ModerateConsultationComment;
import org.gongkai.consultations.ConsultationCommands.OpenConsultation;
import org.gongkai.consultations.ConsultationCommands.SaveConsultation;
import org.gongkai.consultations.ConsultationCommands.ScheduleConsultation;
import org.gongkai.consultations.ConsultationCommands.SubmitConsultationComment;
import org.gongkai.consultations.ConsultationStatus.Action;
import org.gongkai.organisation.UnitDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The consultations' command handlers up to the decisions, one bean per command (the report's: {@link
 * FeedbackCommandHandlers}) ({@link ConsultationStatus#LIFECYCLE} decides what each
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
    private final ConsultationCases cases;

    ConsultationCommandHandlers(ConsultationRepository repository, ConsultationAccess access,
            ConsultationSettings settings, CommentGuard guard, PublishedDocuments documents, UnitDirectory units,
            FieldCipher cipher, Clock clock, ConsultationCases cases) {
        this.cases = cases;
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
        if (existing.status() == ConsultationStatus.SCHEDULED && !opens.isAfter(today)) {
            open(existing.id(), ctx); // announced already: a new opening date of today opens it now
        }
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

    private Consultation changeable(long id, Action action) {
        return cases.changeable(id, action);
    }

    private Consultation locked(long id) {
        return cases.locked(id);
    }

    private long unitOf(Long id) {
        return cases.unitOf(id);
    }

    private String contactOf(Comment comment) {
        return repository.contact(comment.id()).map(cipher::decrypt).orElse(null);
    }

    private String article(String article) {
        return article == null || article.isBlank() ? settings.generalArticle() : article.strip();
    }

    private LocalDate today() {
        return cases.today();
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
