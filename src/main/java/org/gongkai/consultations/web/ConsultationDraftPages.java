package org.gongkai.consultations.web;

import static org.gongkai.consultations.web.ConsultationConsolePages.blank;
import static org.gongkai.consultations.web.ConsultationConsolePages.longValue;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.consultations.Consultation;
import org.gongkai.consultations.ConsultationAccess;
import org.gongkai.consultations.ConsultationCommands;
import org.gongkai.consultations.ConsultationStatus;
import org.gongkai.consultations.ConsultationStatus.Action;
import org.gongkai.consultations.Consultations;
import org.gongkai.files.FileStore;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.web.FailedAction;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The draft in the console while a consultation is a draft or scheduled: the edit form (the create form's fields,
 * filled in; a refusal shows it again with what was typed and the reason at its field) and the draft's files (add
 * one, remove one; a refusal shows the consultation's page with the reason at the file input). Staff download the
 * files here; the public downloads them from the portal once the consultation is public. Every change is a command.
 */
@Controller
class ConsultationDraftPages {

    private final Consultations consultations;
    private final ConsultationAccess access;
    private final CommandDispatcher commands;
    private final UnitDirectory units;
    private final FileStore files;
    private final ConsultationConsolePages pages;

    ConsultationDraftPages(Consultations consultations, ConsultationAccess access, CommandDispatcher commands,
            UnitDirectory units, FileStore files, ConsultationConsolePages pages) {
        this.consultations = consultations;
        this.access = access;
        this.commands = commands;
        this.units = units;
        this.files = files;
        this.pages = pages;
    }

    @GetMapping("/console/consultations/{consultationId}/edit")
    String edit(@PathVariable("consultationId") long id, Model model) {
        Actor actor = Actor.require();
        Consultation k = consultations.forStaff(actor, id);
        if (!access.mayEdit(actor, k.unitId()) || !ConsultationStatus.LIFECYCLE.allows(k.status(), Action.EDIT)) {
            throw new GongkaiException(ErrorCode.TRANSITION_NOT_ALLOWED, "只有草稿和待开始的征求意见可以修改");
        }
        model.addAttribute("k", k);
        model.addAttribute("editableUnits", actor.unitsWithRole(org.gongkai.common.Role.EDITOR).stream()
                .map(units::findById).flatMap(java.util.Optional::stream)
                .map(u -> new ConsultationConsolePages.Option(String.valueOf(u.id()), u.name())).toList());
        if (!model.containsAttribute("failed")) {
            model.addAttribute("failed", FailedAction.NONE);
        }
        FailedAction failed = (FailedAction) model.getAttribute("failed");
        boolean fresh = failed.value("edit", "title") == null; // else show what was typed, empty inputs too
        model.addAttribute("fresh", fresh);
        model.addAttribute("normativeChecked", fresh ? k.normative() : failed.values().containsKey("normative"));
        return "consultations/console-edit";
    }

    @PostMapping("/console/consultations/{consultationId}/edit")
    String save(@PathVariable("consultationId") long id, @RequestParam Map<String, String> p, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> typed = new java.util.HashMap<>(p);
        typed.remove("_csrf");
        FailedAction form = FailedAction.of("edit", typed);
        try {
            commands.dispatch(new ConsultationCommands.SaveConsultation(id, longValue(p.get("unitId"), "unitId"),
                    p.get("title"), p.get("draftText"), longValue(p.get("draftDocumentId"), "draftDocumentId"),
                    p.get("explanation"), p.get("normative") != null, p.get("opensOn"), p.get("closesOn"),
                    p.get("shortReason"), blank(p.get("email")), p.get("letterAddress")));
            redirect.addFlashAttribute("notice", "已保存修改");
            return "redirect:/console/consultations/" + id;
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            model.addAttribute("failed", form.refusedWith(e));
            return edit(id, model);
        }
    }

    @PostMapping("/console/consultations/{consultationId}/attachments")
    String attach(@PathVariable("consultationId") long id,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw GongkaiException.invalid("file", "请选择文件");
            }
            commands.dispatch(new ConsultationCommands.AddConsultationAttachment(id, file.getOriginalFilename(),
                    file.getBytes()));
            redirect.addFlashAttribute("notice", "已添加草案附件");
            return "redirect:/console/consultations/" + id + "#attachments-heading";
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            GongkaiException at = "name".equals(e.field()) || "content".equals(e.field())
                    ? GongkaiException.invalid("file", e.getMessage()) : e;
            model.addAttribute("failed", FailedAction.of("attach", "file", "").refusedWith(at));
            return pages.page(id, model);
        }
    }

    @PostMapping("/console/consultations/{consultationId}/attachments/{attachmentId}/removal")
    String remove(@PathVariable("consultationId") long id, @PathVariable("attachmentId") long attachmentId,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            commands.dispatch(new ConsultationCommands.RemoveConsultationAttachment(id, attachmentId));
            redirect.addFlashAttribute("notice", "已删除草案附件");
            return "redirect:/console/consultations/" + id + "#attachments-heading";
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            model.addAttribute("failed", FailedAction.of("remove-" + attachmentId).refusedWith(e));
            return pages.page(id, model);
        }
    }

    @GetMapping("/console/consultations/{consultationId}/attachments/{attachmentId}")
    ResponseEntity<InputStreamResource> download(@PathVariable("consultationId") long id,
            @PathVariable("attachmentId") long attachmentId) {
        return serve(consultations.attachment(Actor.require(), id, attachmentId), files);
    }

    /** The file as an attachment download with its detected type and its name. */
    static ResponseEntity<InputStreamResource> serve(Consultation.Attachment a, FileStore files) {
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(a.mediaType()))
                .contentLength(a.size())
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(a.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(files.open(a.fileId())));
    }
}
