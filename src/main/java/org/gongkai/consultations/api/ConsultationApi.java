package org.gongkai.consultations.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.RateLimits;
import org.gongkai.consultations.Consultation;
import org.gongkai.consultations.ConsultationCommands.SubmitConsultationComment;
import org.gongkai.consultations.Consultations;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public consultations API (issue #16): {@code GET /api/v1/consultations?status=OPEN|CLOSED} (no status: both; CLOSED
 * includes those with their feedback published); {@code POST /api/v1/consultations/{id}/comments} → 201 while open,
 * 409 {@code CONSULTATION_CLOSED} otherwise, 404 for a consultation not public, 429 {@code RATE_LIMITED} over the
 * per-address limit; {@code GET /api/v1/consultations/{id}/feedback} → the published feedback report, 409
 * {@code CONSULTATION_FEEDBACK_NOT_PUBLISHED} before its publication, 404 for a consultation not public. The contact
 * given with a comment is never part of any answer.
 */
@RestController
class ConsultationApi {

    static final String RATE_LIMIT = "consultation comments";

    private final Consultations consultations;
    private final CommandDispatcher commands;
    private final RateLimits limits;

    ConsultationApi(Consultations consultations, CommandDispatcher commands, RateLimits limits) {
        this.consultations = consultations;
        this.commands = commands;
        this.limits = limits;
    }

    record ConsultationItem(long id, String title, String unitCode, String opensOn, String closesOn, String status,
            long commentCount, boolean feedbackPublished) {}

    record ConsultationCommentJson(String name, String contact, String article, String text) {}

    record ConsultationCommentReceived(long id, String status) {}

    record ConsultationFeedbackGroupJson(String article, String decision, String reason) {}

    record ConsultationFeedbackJson(int comments, int adopted, int partlyAdopted, int notAdopted,
            List<ConsultationFeedbackGroupJson> groups) {}

    @GetMapping("/api/v1/consultations")
    Map<String, List<ConsultationItem>> list(@RequestParam(required = false) String status) {
        Boolean open = null;
        if (status != null && !status.isBlank()) {
            open = switch (status.strip()) {
                case "OPEN" -> true;
                case "CLOSED" -> false;
                default -> throw new GongkaiException(ErrorCode.VALIDATION_FAILED, "状态应为 OPEN 或 CLOSED", "status");
            };
        }
        return Map.of("items", consultations.publicList(open).stream().map(l -> {
            Consultation k = l.consultation();
            return new ConsultationItem(k.id(), k.title(), l.unitCode(), k.opensOn().toString(), k.closesOn().toString(),
                    k.status().apiStatus(), l.commentCount(), l.feedbackPublished());
        }).toList());
    }

    @PostMapping("/api/v1/consultations/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    ConsultationCommentReceived comment(@PathVariable long id, @RequestBody ConsultationCommentJson body, HttpServletRequest request) {
        if (!limits.tryConsume(RATE_LIMIT, request.getRemoteAddr(), consultations.settings().commentsPerMinute())) {
            throw new GongkaiException(ErrorCode.RATE_LIMITED, "提交过于频繁，请稍后再试");
        }
        long comment = commands.dispatch(new SubmitConsultationComment(id, body.name(), body.contact(),
                body.article(), body.text()));
        return new ConsultationCommentReceived(comment, "RECEIVED");
    }

    @GetMapping("/api/v1/consultations/{id}/feedback")
    ConsultationFeedbackJson feedback(@PathVariable long id) {
        Consultation.Feedback f = consultations.publishedFeedback(id).orElseThrow(() -> new GongkaiException(
                ErrorCode.CONSULTATION_FEEDBACK_NOT_PUBLISHED, "意见采纳情况反馈尚未公布"));
        return new ConsultationFeedbackJson(f.comments(), f.adopted(), f.partlyAdopted(), f.notAdopted(), f.groups().stream()
                .map(g -> new ConsultationFeedbackGroupJson(g.article(), g.decision().name(), g.reason())).toList());
    }
}
