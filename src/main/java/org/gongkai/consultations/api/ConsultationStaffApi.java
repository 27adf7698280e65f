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

    record ConsultationSaved(long id) {}

    record ConsultationModerationJson(String action, String reason) {}

    record ConsultationGroupingJson(String article) {}

    record ConsultationDecisionJson(String article, String decision, String reason) {}

    record ConsultationFeedbackRequest(String summary) {}

    record ConsultationFinalDocumentJson(Long documentId) {}

    record ConsultationDetail(Consultation consultation, List<Consultation.Comment> comments,
            Map<String, Consultation.Group> decisions, Consultation.Feedback feedback) {}

    @GetMapping("/api/v1/staff/consultations")
    Map<String, List<Consultation>> list() {
        return Map.of("items", consultations.ofStaff(Actor.require()));
    }

    @PostMapping("/api/v1/staff/consultations")
    @ResponseStatus(HttpStatus.CREATED)
    ConsultationSaved create(@RequestBody ConsultationJson body) {
        return new ConsultationSaved(commands.<Long>dispatch(body.command(null)));
    }

    @GetMapping("/api/v1/staff/consultations/{id}")
    ConsultationDetail detail(@PathVariable long id) {
        Actor actor = Actor.require();
        return new ConsultationDetail(consultations.forStaff(actor, id), consultations.allComments(actor, id),
                consultations.decisions(actor, id), consultations.feedback(actor, id).orElse(null));
    }

    @PutMapping("/api/v1/staff/consultations/{id}")
    ConsultationSaved update(@PathVariable long id, @RequestBody ConsultationJson body) {
        return new ConsultationSaved(commands.<Long>dispatch(body.command(id)));
    }

    @PostMapping("/api/v1/staff/consultations/{id}/schedule")
    ConsultationSaved schedule(@PathVariable long id) {
        commands.dispatch(new ConsultationCommands.ScheduleConsultation(id));
        return new ConsultationSaved(id);
    }

    @PostMapping("/api/v1/staff/consultations/{id}/comments/{commentId}/moderation")
    ConsultationSaved moderate(@PathVariable long id, @PathVariable long commentId, @RequestBody ConsultationModerationJson body) {
        commands.dispatch(new ConsultationCommands.ModerateConsultationComment(id, commentId, body.action(),
                body.reason()));
        return new ConsultationSaved(id);
    }

    @PostMapping("/api/v1/staff/consultations/{id}/comments/{commentId}/group")
    ConsultationSaved group(@PathVariable long id, @PathVariable long commentId, @RequestBody ConsultationGroupingJson body) {
        commands.dispatch(new ConsultationCommands.GroupConsultationComment(id, commentId, body.article()));
        return new ConsultationSaved(id);
    }

    @PostMapping("/api/v1/staff/consultations/{id}/decisions")
    ConsultationSaved decide(@PathVariable long id, @RequestBody ConsultationDecisionJson body) {
        commands.dispatch(new ConsultationCommands.DecideConsultationGroup(id, body.article(), body.decision(),
                body.reason()));
        return new ConsultationSaved(id);
    }

    @PostMapping("/api/v1/staff/consultations/{id}/feedback")
    ConsultationSaved generate(@PathVariable long id, @RequestBody(required = false) ConsultationFeedbackRequest body) {
        commands.dispatch(new ConsultationCommands.GenerateConsultationFeedback(id, body == null ? null : body.summary()));
        return new ConsultationSaved(id);
    }

    @PostMapping("/api/v1/staff/consultations/{id}/feedback/approval")
    ConsultationSaved approve(@PathVariable long id) {
        commands.dispatch(new ConsultationCommands.ApproveConsultationFeedback(id));
        return new ConsultationSaved(id);
    }

    @PostMapping("/api/v1/staff/consultations/{id}/feedback/publication")
    ConsultationSaved publish(@PathVariable long id) {
        commands.dispatch(new ConsultationCommands.PublishConsultationFeedback(id));
        return new ConsultationSaved(id);
    }

    @PostMapping("/api/v1/staff/consultations/{id}/final-document")
    ConsultationSaved link(@PathVariable long id, @RequestBody ConsultationFinalDocumentJson body) {
        commands.dispatch(new ConsultationCommands.LinkConsultationFinalDocument(id, body.documentId()));
        return new ConsultationSaved(id);
    }
}
