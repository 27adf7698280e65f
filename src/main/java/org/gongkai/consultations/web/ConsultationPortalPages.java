package org.gongkai.consultations.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.gongkai.catalogue.PublishedDocuments;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.RateLimits;
import org.gongkai.common.TimeConfiguration;
import org.gongkai.consultations.Consultation;
import org.gongkai.consultations.ConsultationCommands.SubmitConsultationComment;
import org.gongkai.consultations.Consultations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Consultations on the portal, without sign-in or script: {@code /consultations} (open ones, closing soonest first;
 * closed ones with their feedback), each consultation's page (its timeline, the draft and 起草说明, how to take part,
 * the comment form while open, the published comments, the feedback report and the final document), and
 * {@code /consultations/{id}/feedback} (the report alone, once published). The form posts to
 * {@code /consultations/{id}/comments}: a refusal re-shows the page with the reason at its field and what was typed;
 * success redirects to the page with a confirmation. Rate-limited per address like the API. (The path variable is not
 * called {@code id}: path variables are model attributes, and the form fragments read a parameter {@code id}.)
 */
@Controller
class ConsultationPortalPages {

    static final String RATE_LIMIT = "consultation comments";
    private static final java.util.Set<String> FIELDS = java.util.Set.of("name", "contact", "article", "text");

    private final Consultations consultations;
    private final CommandDispatcher commands;
    private final RateLimits limits;
    private final PublishedDocuments documents;
    private final Clock clock;
    private final org.gongkai.files.FileStore files;

    ConsultationPortalPages(Consultations consultations, CommandDispatcher commands, RateLimits limits,
            PublishedDocuments documents, Clock clock, org.gongkai.files.FileStore files) {
        this.files = files;
        this.consultations = consultations;
        this.commands = commands;
        this.limits = limits;
        this.documents = documents;
        this.clock = clock;
    }

    @GetMapping("/consultations")
    String index(Model model) {
        model.addAttribute("open", consultations.publicList(true).stream()
                .sorted(java.util.Comparator.comparing(l -> l.consultation().closesOn())).toList());
        model.addAttribute("closed", consultations.publicList(false));
        return "consultations/index";
    }

    @GetMapping("/consultations/{consultationId}")
    String page(@PathVariable("consultationId") long id, @RequestParam(required = false) String sent, Model model) {
        return page(id, model, Map.of(), null, null, "1".equals(sent));
    }

    @PostMapping("/consultations/{consultationId}/comments")
    String comment(@PathVariable("consultationId") long id, @RequestParam Map<String, String> params, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        consultations.publicOne(id);
        Map<String, String> typed = new java.util.HashMap<>();
        FIELDS.forEach(f -> typed.put(f, clip(params.get(f))));
        if (!limits.tryConsume(RATE_LIMIT, request.getRemoteAddr(), consultations.settings().commentsPerMinute())) {
            response.setStatus(ErrorCode.RATE_LIMITED.status().value());
            return page(id, model, typed, "form", "提交过于频繁，请一分钟后再试", false);
        }
        try {
            commands.dispatch(new SubmitConsultationComment(id, params.get("name"), params.get("contact"),
                    params.get("article"), params.get("text")));
            return "redirect:/consultations/" + id + "?sent=1#comment-form";
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            String field = e.field() != null && FIELDS.contains(e.field()) ? e.field() : "form";
            return page(id, model, typed, field, e.getMessage(), false);
        }
    }

    @GetMapping("/consultations/{consultationId}/feedback")
    String feedback(@PathVariable("consultationId") long id, Model model) {
        Consultation k = consultations.publicOne(id);
        model.addAttribute("k", k);
        model.addAttribute("unitName", consultations.unitName(k.unitId()));
        model.addAttribute("feedback", consultations.publishedFeedback(id).orElseThrow(GongkaiException::notFound));
        return "consultations/feedback";
    }

    /** A file of the draft of a public consultation (404 for a draft or scheduled one: not public yet). */
    @GetMapping("/consultations/{consultationId}/attachments/{attachmentId}")
    org.springframework.http.ResponseEntity<org.springframework.core.io.InputStreamResource> attachment(
            @PathVariable("consultationId") long id, @PathVariable("attachmentId") long attachmentId) {
        return ConsultationDraftPages.serve(consultations.publicAttachment(id, attachmentId), files);
    }

    private String page(long id, Model model, Map<String, String> typed, String problemField, String problem,
            boolean sent) {
        Consultation k = consultations.publicOne(id);
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
        model.addAttribute("k", k);
        model.addAttribute("unitName", consultations.unitName(k.unitId()));
        model.addAttribute("accepting", k.acceptsCommentsOn(today));
        model.addAttribute("minimumDays", consultations.settings().minimumDays(k.normative()));
        model.addAttribute("timeline", consultations.timeline(id));
        model.addAttribute("comments", consultations.publishedComments(id));
        model.addAttribute("commentCount", consultations.commentCount(id));
        model.addAttribute("feedback", consultations.publishedFeedback(id).orElse(null));
        model.addAttribute("draftDocument", k.draftDocumentId() == null ? null
                : documents.findPublished(k.draftDocumentId()).orElse(null));
        model.addAttribute("finalDocument", k.finalDocumentId() == null ? null
                : documents.findPublished(k.finalDocumentId()).orElse(null));
        model.addAttribute("attachments", consultations.publicAttachments(id));
        model.addAttribute("draftLines", lines(k.draftText()));
        model.addAttribute("explanationLines", lines(k.explanation()));
        model.addAttribute("typed", typed);
        model.addAttribute("problemField", problemField);
        model.addAttribute("problem", problem);
        model.addAttribute("sent", sent);
        model.addAttribute("generalArticle", consultations.settings().generalArticle());
        return "consultations/page";
    }

    private static java.util.List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** What was typed, shown again, cut to a length no field accepts anyway. */
    private static String clip(String value) {
        return value == null ? null : value.length() > 5000 ? value.substring(0, 5000) : value;
    }
}
