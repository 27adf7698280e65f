package org.gongkai.consultations.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.TimeConfiguration;
import org.gongkai.consultations.Consultation;
import org.gongkai.consultations.ConsultationAccess;
import org.gongkai.consultations.ConsultationCommands;
import org.gongkai.consultations.ConsultationStatus;
import org.gongkai.consultations.ConsultationStatus.Action;
import org.gongkai.consultations.Consultations;
import org.gongkai.consultations.Decision;
import org.gongkai.files.AttachmentPolicy;
import org.gongkai.files.AttachmentPurpose;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.web.FailedAction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The unit staff's consultation console: their consultations and a new one; a consultation's page with only the forms
 * its state allows (edit and the draft's files while a draft or scheduled: {@link ConsultationDraftPages}; announce; per comment publish or hide and the article group; per group the decision; generate,
 * approve and publish the feedback report; link the final document). Every change is a command through the
 * dispatcher; a refused one shows the page again with the reason at its form and what was typed. Comments are shown
 * without their contact.
 */
@Controller
class ConsultationConsolePages {

    private final Consultations consultations;
    private final ConsultationAccess access;
    private final CommandDispatcher commands;
    private final UnitDirectory units;
    private final Clock clock;
    private final AttachmentPolicy policy;

    ConsultationConsolePages(Consultations consultations, ConsultationAccess access, CommandDispatcher commands,
            UnitDirectory units, Clock clock, AttachmentPolicy policy) {
        this.policy = policy;
        this.consultations = consultations;
        this.access = access;
        this.commands = commands;
        this.units = units;
        this.clock = clock;
    }

    /** An option of a select. */
    public record Option(String value, String label) {}

    /** A group of comments on one article, with its decision so far. */
    public record GroupRow(int index, String article, long comments, Consultation.Group decision) {}

    static final java.time.format.DateTimeFormatter RECEIVED = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm").withZone(TimeConfiguration.ZONE);
    static final List<Option> DECISIONS = java.util.Arrays.stream(Decision.values())
            .map(d -> new Option(d.name(), d.label())).toList();
    static final List<Option> MODERATION = List.of(new Option("PUBLISH", "公开"), new Option("HIDE", "不予公开"));

    @GetMapping("/console/consultations")
    String list(Model model) {
        Actor actor = Actor.require();
        model.addAttribute("consultations", consultations.ofStaff(actor));
        model.addAttribute("unitNames", names());
        List<Option> editable = actor.unitsWithRole(org.gongkai.common.Role.EDITOR).stream()
                .map(units::findById).flatMap(java.util.Optional::stream)
                .map(u -> new Option(String.valueOf(u.id()), u.name())).toList();
        model.addAttribute("editableUnits", editable);
        LocalDate today = today();
        model.addAttribute("defaultOpens", today.toString());
        model.addAttribute("defaultCloses", today.plusDays(consultations.settings().normativeMinimumDays()).toString());
        if (!model.containsAttribute("failed")) {
            model.addAttribute("failed", FailedAction.NONE);
        }
        return "consultations/console-list";
    }

    @PostMapping("/console/consultations")
    String create(@RequestParam Map<String, String> p, Model model, HttpServletResponse response) {
        FailedAction typed = FailedAction.of("create", p);
        try {
            Long id = commands.dispatch(new ConsultationCommands.SaveConsultation(null, longValue(p.get("unitId"),
                    "unitId"), p.get("title"), p.get("draftText"), longValue(p.get("draftDocumentId"), "draftDocumentId"),
                    p.get("explanation"), p.get("normative") != null, p.get("opensOn"), p.get("closesOn"),
                    p.get("shortReason"), blank(p.get("email")), p.get("letterAddress")));
            return "redirect:/console/consultations/" + id;
        } catch (GongkaiException e) {
            response.setStatus(e.code().status().value());
            model.addAttribute("failed", typed.refusedWith(e));
            return list(model);
        }
    }

    @GetMapping("/console/consultations/{consultationId}")
    String page(@PathVariable("consultationId") long id, Model model) {
        Actor actor = Actor.require();
        Consultation k = consultations.forStaff(actor, id);
        List<Consultation.Comment> comments = consultations.allComments(actor, id);
        Map<String, Consultation.Group> decided = consultations.decisions(actor, id);
        Map<String, Long> counts = new LinkedHashMap<>();
        comments.forEach(c -> counts.merge(c.groupArticle(), 1L, Long::sum));
        List<GroupRow> groups = new java.util.ArrayList<>();
        counts.forEach((article, n) -> groups.add(new GroupRow(groups.size() + 1, article, n, decided.get(article))));
        Consultation.Feedback feedback = consultations.feedback(actor, id).orElse(null);
        boolean edit = access.mayEdit(actor, k.unitId());
        boolean approve = access.mayApprove(actor, k.unitId());
        boolean frozen = feedback != null && feedback.approved();
        ConsultationStatus s = k.status();
        model.addAttribute("k", k);
        model.addAttribute("unitName", consultations.unitName(k.unitId()));
        model.addAttribute("comments", comments);
        model.addAttribute("received", comments.stream().collect(java.util.stream.Collectors.toMap(
                Consultation.Comment::id, c -> RECEIVED.format(c.receivedAt()))));
        model.addAttribute("groups", groups);
        model.addAttribute("feedback", feedback);
        model.addAttribute("timeline", consultations.timeline(id));
        model.addAttribute("attachments", consultations.attachments(actor, id));
        model.addAttribute("mayEdit", edit && ConsultationStatus.LIFECYCLE.allows(s, Action.EDIT));
        model.addAttribute("mayAttach", edit && ConsultationStatus.LIFECYCLE.allows(s, Action.ATTACH));
        model.addAttribute("fileHint", policy.hint(AttachmentPurpose.CONSULTATION_DRAFT) + "，最多 "
                + consultations.settings().maxAttachments() + " 个");
        model.addAttribute("accept", AttachmentPurpose.CONSULTATION_DRAFT.accept());
        model.addAttribute("maySchedule", edit && ConsultationStatus.LIFECYCLE.allows(s, Action.SCHEDULE));
        model.addAttribute("mayModerate", edit && !frozen && ConsultationStatus.LIFECYCLE.allows(s, Action.MODERATE));
        model.addAttribute("mayDecide", edit && !frozen && ConsultationStatus.LIFECYCLE.allows(s, Action.DECIDE));
        model.addAttribute("mayGenerate", edit && !frozen
                && ConsultationStatus.LIFECYCLE.allows(s, Action.GENERATE_FEEDBACK));
        model.addAttribute("mayApprove", approve && feedback != null && !frozen
                && ConsultationStatus.LIFECYCLE.allows(s, Action.APPROVE_FEEDBACK));
        model.addAttribute("mayPublish", (edit || approve) && frozen
                && ConsultationStatus.LIFECYCLE.allows(s, Action.PUBLISH_FEEDBACK));
        model.addAttribute("mayLink", edit && ConsultationStatus.LIFECYCLE.allows(s, Action.LINK_FINAL_DOCUMENT));
        model.addAttribute("decisions", DECISIONS);
        model.addAttribute("moderation", MODERATION);
        if (!model.containsAttribute("failed")) {
            model.addAttribute("failed", FailedAction.NONE);
        }
        return "consultations/console-page";
    }

    @PostMapping("/console/consultations/{consultationId}/schedule")
    String schedule(@PathVariable("consultationId") long id, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, FailedAction.of("schedule"), () -> commands.dispatch(
                new ConsultationCommands.ScheduleConsultation(id)), "已发布征求意见公告", model, response, redirect);
    }

    @PostMapping("/console/consultations/{consultationId}/comments/{commentId}/moderation")
    String moderate(@PathVariable("consultationId") long id, @PathVariable long commentId,
            @RequestParam(required = false) String action, @RequestParam(required = false) String reason, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, FailedAction.of("moderate-" + commentId, "action", action, "reason", reason),
                () -> commands.dispatch(new ConsultationCommands.ModerateConsultationComment(id, commentId, action,
                        reason)), "已处理意见", model, response, redirect);
    }

    @PostMapping("/console/consultations/{consultationId}/comments/{commentId}/group")
    String group(@PathVariable("consultationId") long id, @PathVariable long commentId,
            @RequestParam(required = false) String article, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, FailedAction.of("group-" + commentId, "article", article),
                () -> commands.dispatch(new ConsultationCommands.GroupConsultationComment(id, commentId, article)),
                "已调整归类", model, response, redirect);
    }

    @PostMapping("/console/consultations/{consultationId}/decisions")
    String decide(@PathVariable("consultationId") long id, @RequestParam(required = false) String form,
            @RequestParam(required = false) String article, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String reason, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        String f = form != null && form.matches("decide-\\d{1,4}") ? form : "decide";
        return act(id, FailedAction.of(f, "decision", decision, "reason", reason),
                () -> commands.dispatch(new ConsultationCommands.DecideConsultationGroup(id, article, decision,
                        reason)), "已记录采纳情况", model, response, redirect);
    }

    @PostMapping("/console/consultations/{consultationId}/feedback")
    String generate(@PathVariable("consultationId") long id, @RequestParam(required = false) String summary,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, FailedAction.of("generate", "summary", summary), () -> commands.dispatch(
                new ConsultationCommands.GenerateConsultationFeedback(id, summary)), "已生成反馈报告", model, response,
                redirect);
    }

    @PostMapping("/console/consultations/{consultationId}/feedback/approval")
    String approve(@PathVariable("consultationId") long id, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, FailedAction.of("approve"), () -> commands.dispatch(
                new ConsultationCommands.ApproveConsultationFeedback(id)), "反馈报告已审核", model, response, redirect);
    }

    @PostMapping("/console/consultations/{consultationId}/feedback/publication")
    String publish(@PathVariable("consultationId") long id, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, FailedAction.of("publish"), () -> commands.dispatch(
                new ConsultationCommands.PublishConsultationFeedback(id)), "反馈报告已公布", model, response, redirect);
    }

    @PostMapping("/console/consultations/{consultationId}/final-document")
    String link(@PathVariable("consultationId") long id, @RequestParam(required = false) String documentId,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, FailedAction.of("link", "documentId", documentId), () -> commands.dispatch(
                new ConsultationCommands.LinkConsultationFinalDocument(id, longValue(documentId, "documentId"))),
                "已关联正式文件", model, response, redirect);
    }

    private String act(long id, FailedAction typed, Runnable command, String done, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            command.run();
            redirect.addFlashAttribute("notice", done);
            return "redirect:/console/consultations/" + id;
        } catch (GongkaiException e) {
            if (e.code() == org.gongkai.common.ErrorCode.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            model.addAttribute("failed", typed.refusedWith(e));
            return page(id, model);
        }
    }

    private Map<Long, String> names() {
        Map<Long, String> out = new java.util.HashMap<>();
        units.findAll().forEach(u -> out.put(u.id(), u.name()));
        return out;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
    }

    /** A form value, stripped; null when blank. */
    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A form value as a number, null when blank, else a refusal at {@code field}. */
    static Long longValue(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw GongkaiException.invalid(field, "请填写数字");
        }
    }
}
