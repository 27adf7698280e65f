package org.gongkai.consultations.api;

import java.util.List;
import java.util.Map;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.consultations.Consultation;
import org.gongkai.consultations.ConsultationCommands;
import org.gongkai.consultations.Consultations;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The unit staff's consultations API: write and announce a consultation, moderate, group and decide its comments,
 * generate the feedback report, approve (leader) and publish it, link the final document. Every change is a command
 * through the dispatcher (authorised for the consultation's unit, audited); another unit's consultation answers 404.
 * Comments are shown without their contact.
 */
@RestController
class ConsultationStaffApi {

    private final Consultations consultations;
    private final CommandDispatcher commands;

    ConsultationStaffApi(Consultations consultations, CommandDispatcher commands) {
        this.consultations = consultations;
        this.commands = commands;
    }

    record ConsultationJson(Long unitId, String title, String draftText, Long draftDocumentId, String explanation,
            Boolean normative, String opensOn, String closesOn, String shortReason, String email,
            String letterAddress) {
        ConsultationCommands.SaveConsultation command(Long id) {
            return new ConsultationCommands.SaveConsultation(id, unitId, title, draftText, draftDocumentId,
                    explanation, Boolean.TRUE.equals(normative), opensOn, closesOn, shortReason, email, letterAddress);
        }
    }

    record Saved(long id) {}

    record ModerationJson(String action, String reason) {}

    record GroupingJson(String article) {}

    record DecisionJson(String article, String decision, String reason) {}

    record FeedbackRequest(String summary) {}

    record FinalDocumentJson(Long documentId) {}

    record Detail(Consultation consultation, List<Consultation.Comment> comments,
            Map<String, Consultation.Group> decisions, Consultation.Feedback feedback) {}

    @GetMapping("/api/v1/staff/consultations")
    Map<String, List<Consultation>> list() {
        return Map.of("items", consultations.ofStaff(Actor.require()));
    }

    @PostMapping("/api/v1/staff/consultations")
    @ResponseStatus(HttpStatus.CREATED)
    Saved create(@RequestBody ConsultationJson body) {
        return new Saved(commands.<Long>dispatch(body.command(null)));
    }

    @GetMapping("/api/v1/staff/consultations/{id}")
    Detail detail(@PathVariable long id) {
        Actor actor = Actor.require();
        return new Detail(consultations.forStaff(actor, id), consultations.allComments(actor, id),
                consultations.decisions(actor, id), consultations.feedback(actor, id).orElse(null));
    }

    @PutMapping("/api/v1/staff/consultations/{id}")
    Saved update(@PathVariable long id, @RequestBody ConsultationJson body) {
        return new Saved(commands.<Long>dispatch(body.command(id)));
    }

    @PostMapping("/api/v1/staff/consultations/{id}/schedule")
    Saved schedule(@PathVariable long id) {
        commands.dispatch(new ConsultationCommands.ScheduleConsultation(id));
        return new Saved(id);
    }

    @PostMapping("/api/v1/staff/consultations/{id}/comments/{commentId}/moderation")
    Saved moderate(@PathVariable long id, @PathVariable long commentId, @RequestBody ModerationJson body) {
        commands.dispatch(new ConsultationCommands.ModerateConsultationComment(id, commentId, body.action(),
                body.reason()));
        return new Saved(id);
    }

    @PostMapping("/api/v1/staff/consultations/{id}/comments/{commentId}/group")
    Saved group(@PathVariable long id, @PathVariable long commentId, @RequestBody GroupingJson body) {
        commands.dispatch(new ConsultationCommands.GroupConsultationComment(id, commentId, body.article()));
        return new Saved(id);
    }

    @PostMapping("/api/v1/staff/consultations/{id}/decisions")
    Saved decide(@PathVariable long id, @RequestBody DecisionJson body) {
        commands.dispatch(new ConsultationCommands.DecideConsultationGroup(id, body.article(), body.decision(),
                body.reason()));
        return new Saved(id);
    }

    @PostMapping("/api/v1/staff/consultations/{id}/feedback")
    Saved generate(@PathVariable long id, @RequestBody(required = false) FeedbackRequest body) {
        commands.dispatch(new ConsultationCommands.GenerateConsultationFeedback(id, body == null ? null : body.summary()));
        return new Saved(id);
    }

    @PostMapping("/api/v1/staff/consultations/{id}/feedback/approval")
    Saved approve(@PathVariable long id) {
        commands.dispatch(new ConsultationCommands.ApproveConsultationFeedback(id));
        return new Saved(id);
    }

    @PostMapping("/api/v1/staff/consultations/{id}/feedback/publication")
    Saved publish(@PathVariable long id) {
        commands.dispatch(new ConsultationCommands.PublishConsultationFeedback(id));
        return new Saved(id);
    }

    @PostMapping("/api/v1/staff/consultations/{id}/final-document")
    Saved link(@PathVariable long id, @RequestBody FinalDocumentJson body) {
        commands.dispatch(new ConsultationCommands.LinkConsultationFinalDocument(id, body.documentId()));
        return new Saved(id);
    }
}
