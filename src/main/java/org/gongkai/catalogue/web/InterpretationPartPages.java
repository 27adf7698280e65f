package org.gongkai.catalogue.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.gongkai.catalogue.CatalogueService;
import org.gongkai.catalogue.Document;
import org.gongkai.catalogue.DocumentStatus;
import org.gongkai.catalogue.InterpretationPart;
import org.gongkai.catalogue.InterpretationPart.Kind;
import org.gongkai.catalogue.InterpretationPartCommands;
import org.gongkai.catalogue.InterpretationParts;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.files.AttachmentPolicy;
import org.gongkai.files.AttachmentPurpose;
import org.gongkai.web.FormErrors;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 解读的问答、图解和视频 (issue #16): the editor adds, edits, removes and reorders the parts of a policy interpretation
 * while it is a draft, with plain forms (no script); a refusal shows the form again with what was typed and the
 * Chinese message at the field. Every change is a {@link InterpretationPartCommands} command (audited).
 */
@Controller
@RequestMapping("/console/catalogue/{id}/parts")
class InterpretationPartPages {

    private final CatalogueService service;
    private final InterpretationParts parts;
    private final CommandDispatcher dispatcher;
    private final AttachmentPolicy attachmentPolicy;

    InterpretationPartPages(CatalogueService service, InterpretationParts parts, CommandDispatcher dispatcher,
            AttachmentPolicy attachmentPolicy) {
        this.service = service;
        this.parts = parts;
        this.dispatcher = dispatcher;
        this.attachmentPolicy = attachmentPolicy;
    }

    @GetMapping
    String list(@PathVariable long id, Model model) {
        Actor actor = Actor.require();
        Document d = service.view(actor, id);
        model.addAttribute("doc", d);
        model.addAttribute("parts", parts.working(actor, id));
        model.addAttribute("editable", editable(actor, d));
        model.addAttribute("kinds", Kind.values());
        return "catalogue/console/parts";
    }

    @GetMapping("/new/{kind}")
    String newForm(@PathVariable long id, @PathVariable String kind, Model model) {
        model.addAttribute("part", new InterpretationPartForm());
        return form(id, kind(kind), null, model);
    }

    @PostMapping("/new/{kind}")
    String add(@PathVariable long id, @PathVariable String kind, @Valid @ModelAttribute("part") InterpretationPartForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Kind k = kind(kind);
        service.view(Actor.require(), id);
        if (problems(form.text(k), result, model)) {
            return form(id, k, null, model);
        }
        try (InputStream image = k == Kind.IMAGE && form.getImage() != null && !form.getImage().isEmpty()
                ? form.getImage().getInputStream() : null) {
            InterpretationPart p = dispatcher.dispatch(new InterpretationPartCommands.AddInterpretationPart(id,
                    form.text(k), image, image == null ? null : form.getImage().getOriginalFilename()));
            redirect.addFlashAttribute("notice", "已添加" + p.kind().label());
            return "redirect:/console/catalogue/" + id + "/parts";
        } catch (IOException e) {
            result.rejectValue("image", "VALIDATION_FAILED", "图片读取失败，请重新上传");
        } catch (GongkaiException e) {
            rejectOrThrow(result, e);
        }
        return form(id, k, null, model);
    }

    @GetMapping("/{partId}/edit")
    String editForm(@PathVariable long id, @PathVariable long partId, Model model) {
        InterpretationPart p = parts.workingPart(Actor.require(), id, partId);
        model.addAttribute("part", InterpretationPartForm.of(p));
        return form(id, p.kind(), p, model);
    }

    @PostMapping("/{partId}/edit")
    String edit(@PathVariable long id, @PathVariable long partId,
            @Valid @ModelAttribute("part") InterpretationPartForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        InterpretationPart p = parts.workingPart(Actor.require(), id, partId);
        if (problems(form.text(p.kind()), result, model)) {
            return form(id, p.kind(), p, model);
        }
        try {
            dispatcher.dispatch(new InterpretationPartCommands.EditInterpretationPart(id, partId, form.text(p.kind())));
            redirect.addFlashAttribute("notice", "已保存" + p.kind().label());
            return "redirect:/console/catalogue/" + id + "/parts";
        } catch (GongkaiException e) {
            rejectOrThrow(result, e);
        }
        return form(id, p.kind(), p, model);
    }

    @PostMapping("/{partId}/remove")
    String remove(@PathVariable long id, @PathVariable long partId, RedirectAttributes redirect) {
        return listAction(id, redirect, () -> {
            InterpretationPart p = dispatcher.dispatch(new InterpretationPartCommands.RemoveInterpretationPart(id, partId));
            return "已删除" + p.describe();
        });
    }

    @PostMapping("/{partId}/move")
    String move(@PathVariable long id, @PathVariable long partId, @RequestParam(required = false) String direction,
            RedirectAttributes redirect) {
        return listAction(id, redirect, () -> {
            dispatcher.dispatch(new InterpretationPartCommands.MoveInterpretationPart(id, partId, !"down".equals(direction)));
            return "已调整顺序";
        });
    }

    /** The picture of an image part of the working copy, for the editor (the public's is served by the portal). */
    @GetMapping("/{partId}/picture")
    ResponseEntity<InputStreamResource> image(@PathVariable long id, @PathVariable long partId) {
        InterpretationPart p = parts.workingImage(Actor.require(), id, partId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(p.mediaType()))
                .header("X-Content-Type-Options", "nosniff").header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(new InputStreamResource(parts.open(p)));
    }

    private interface Step {
        String run();
    }

    private String listAction(long id, RedirectAttributes redirect, Step step) {
        try {
            redirect.addFlashAttribute("notice", step.run());
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/console/catalogue/" + id + "/parts";
    }

    private String form(long id, Kind kind, InterpretationPart part, Model model) {
        Actor actor = Actor.require();
        Document d = service.view(actor, id);
        model.addAttribute("doc", d);
        model.addAttribute("kind", kind);
        model.addAttribute("existing", part);
        model.addAttribute("editable", editable(actor, d));
        model.addAttribute("imageHint", attachmentPolicy.hint(AttachmentPurpose.INTERPRETATION_IMAGE));
        model.addAttribute("imageAccept", AttachmentPurpose.INTERPRETATION_IMAGE.accept());
        return "catalogue/console/part-form";
    }

    private boolean editable(Actor actor, Document d) {
        return d.content().interpretsId() != null && d.status() == DocumentStatus.DRAFT
                && dispatcher.permits(actor, new InterpretationPartCommands.RemoveInterpretationPart(d.id(), 0));
    }

    /** The kind's own checks joined with the bound form's (every missing or invalid field at once, at its input). */
    private static boolean problems(InterpretationPart.Text text, BindingResult result, Model model) {
        Map<String, String> problems = text.problems();
        return FormErrors.withProblems(result, problems, model).hasErrors();
    }

    private static void rejectOrThrow(BindingResult result, GongkaiException e) {
        if (e.code() == ErrorCode.NOT_FOUND) {
            throw e;
        }
        FormErrors.reject(result, "file".equals(e.field()) ? new GongkaiException(e.code(), e.getMessage(), "image") : e);
    }

    private static Kind kind(String path) {
        return java.util.Arrays.stream(Kind.values()).filter(k -> k.name().equalsIgnoreCase(path)).findFirst()
                .orElseThrow(GongkaiException::notFound);
    }
}
