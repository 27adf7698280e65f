package org.gongkai.catalogue.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.catalogue.Attachment;
import org.gongkai.catalogue.CatalogueService;
import org.gongkai.catalogue.Document;
import org.gongkai.catalogue.DocumentCommands;
import org.gongkai.catalogue.DocumentCommands.DocumentChange;
import org.gongkai.catalogue.DocumentContent;
import org.gongkai.catalogue.DocumentImporter;
import org.gongkai.catalogue.DocumentStatus;
import org.gongkai.catalogue.DisclosureMode;
import org.gongkai.catalogue.Finding;
import org.gongkai.catalogue.Genres;
import org.gongkai.catalogue.InformationCategory;
import org.gongkai.catalogue.Interpretations;
import org.gongkai.catalogue.Topics;
import org.gongkai.catalogue.Validity;
import org.gongkai.catalogue.WorkflowAction;
import org.gongkai.commands.Command;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.files.AttachmentPolicy;
import org.gongkai.files.AttachmentPurpose;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.web.FailedAction;
import org.gongkai.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Console pages of the catalogue: the unit queue with late flags, the draft form, the document page with the
 * workflow actions the lifecycle and the actor's roles allow now, guard findings (mask, override), attachments,
 * repeal, versions with diff, the supervisor's late list, re-scan findings and the import. Every action dispatches
 * a {@link DocumentCommands} command.
 */
@Controller
@RequestMapping("/console/catalogue")
class ConsolePages {

    private final CatalogueService service;
    private final DocumentImporter importer;
    private final UnitDirectory units;
    private final CommandDispatcher dispatcher;
    private final java.time.Clock clock;
    private final AttachmentPolicy attachmentPolicy;
    private final Interpretations interpretations;
    private final org.gongkai.catalogue.InterpretationParts interpretationParts;

    ConsolePages(CatalogueService service, DocumentImporter importer, UnitDirectory units,
            CommandDispatcher dispatcher, java.time.Clock clock, AttachmentPolicy attachmentPolicy,
            Interpretations interpretations, org.gongkai.catalogue.InterpretationParts interpretationParts) {
        this.interpretationParts = interpretationParts;
        this.interpretations = interpretations;
        this.service = service;
        this.importer = importer;
        this.units = units;
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.attachmentPolicy = attachmentPolicy;
    }

    /**
     * The unit queue; with {@code status} (a {@link DocumentStatus} name, the workbench's links) only the documents
     * in that status that wait for the actor's step. An unknown status shows the whole queue.
     */
    @GetMapping
    String queue(@RequestParam(required = false) String status,
            Model model) {
        Actor actor = Actor.require();
        DocumentStatus filter = java.util.Arrays.stream(DocumentStatus.values())
                .filter(s -> s.name().equals(status)).findFirst().orElse(null);
        model.addAttribute("status", filter);
        if (filter != null) {
            model.addAttribute("waiting", service.waitingFor(actor, filter));
        } else {
            model.addAttribute("deadlines", service.queue(actor));
            model.addAttribute("documents", service.documentsOf(actor));
        }
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("canDraft", !units.visibleUnits(actor, Role.EDITOR).isEmpty());
        return "catalogue/console/queue";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        DocumentForm form = new DocumentForm();
        form.setWrittenOn(java.time.LocalDate.now(clock).toString());
        model.addAttribute("form", form);
        return form(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") DocumentForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            DocumentContent content = form.input().content();
            if (reportProblems(content, result, model)) {
                return form(model, null);
            }
            Document d = this.<DocumentChange>dispatch(new DocumentCommands.DraftDocument(
                    form.getUnitId() == null ? -1 : form.getUnitId(), content)).document();
            redirect.addFlashAttribute("notice", "已保存草稿：" + d.title());
            return "redirect:/console/catalogue/" + d.id();
        } catch (GongkaiException e) {
            FormErrors.reject(result, e);
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", DocumentForm.of(service.view(Actor.require(), id)));
        return form(model, id);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") DocumentForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        service.view(Actor.require(), id);
        try {
            DocumentContent content = form.input().content();
            if (reportProblems(content, result, model)) {
                return form(model, id);
            }
            Document d = this.<DocumentChange>dispatch(new DocumentCommands.EditDocument(id, content)).document();
            redirect.addFlashAttribute("notice", "已保存：" + d.title());
            return "redirect:/console/catalogue/" + id;
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                throw e;
            }
            FormErrors.reject(result, e);
            return form(model, id);
        }
    }

    /** Every missing, invalid or too long field at once, next to its input (the content's own messages first). */
    private static boolean reportProblems(DocumentContent content, BindingResult result, Model model) {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        content.problems().forEach(p -> problems.putIfAbsent(p.field(), p.message()));
        return FormErrors.withProblems(result, problems, model).hasErrors();
    }

    private String form(Model model, Long id) {
        Actor actor = Actor.require();
        Set<Long> editable = units.visibleUnits(actor, Role.EDITOR);
        model.addAttribute("documentId", id);
        model.addAttribute("units", units.findAll().stream().filter(u -> editable.contains(u.id())).toList());
        model.addAttribute("topics", Topics.all());
        model.addAttribute("categories", InformationCategory.values());
        model.addAttribute("genres", Genres.all());
        model.addAttribute("modes", DisclosureMode.values());
        model.addAttribute("validities", Validity.values());
        return "catalogue/console/form";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        Actor actor = Actor.require();
        Document d = service.view(actor, id);
        var findings = service.findings(actor, id);
        var attachments = service.attachments(id);
        var actions = service.allowedActions(actor, d);
        model.addAttribute("doc", d);
        model.addAttribute("returnedReason", service.returnedReason(actor, id).orElse(null));
        model.addAttribute("unitName", unitNames().get(d.unitId()));
        model.addAttribute("interpretationWarning", interpretations.warning(d).map(w -> "提醒：" + w).orElse(null));
        model.addAttribute("findings", findings);
        model.addAttribute("attachments", attachments);
        model.addAttribute("interpretationParts", d.content().interpretsId() == null ? java.util.List.of()
                : interpretationParts.working(actor, id));
        model.addAttribute("actions", actions);
        model.addAttribute("offered", DocumentPageForms.permitted(dispatcher, actor, d.id(),
                offered(d, actions, findings, attachments)));
        model.addAttribute("attachmentHint", attachmentPolicy.hint(AttachmentPurpose.CATALOGUE_ATTACHMENT));
        model.addAttribute("attachmentAccept", AttachmentPurpose.CATALOGUE_ATTACHMENT.accept());
        model.addAttribute("editable", (d.status() == DocumentStatus.DRAFT || d.status() == DocumentStatus.PUBLISHED)
                && dispatcher.permits(actor, new DocumentCommands.EditDocument(id, null)));
        if (!model.containsAttribute("failed")) {
            model.addAttribute("failed", FailedAction.NONE);
        }
        return "catalogue/console/detail";
    }

    /**
     * The forms the document page offers now, by name (the workflow steps the lifecycle table and the actor's roles
     * allow, {@code act-<path>}; the guard, attachment and repeal forms the document's state allows). The page shows
     * exactly these, and links a refusal's reason to its form only while the form is offered.
     */
    static Set<String> offered(Document d, Set<WorkflowAction> actions, java.util.List<Finding> findings,
            java.util.List<Attachment> attachments) {
        Set<String> out = new java.util.HashSet<>();
        actions.forEach(a -> out.add("act-" + a.path()));
        findings.stream().filter(Finding::blocking).forEach(f -> out.add("override-" + f.id()));
        out.add("scan");
        if (d.status() == DocumentStatus.DRAFT || d.status() == DocumentStatus.SUBMITTED) {
            out.add("mask");
        }
        if (d.status() == DocumentStatus.DRAFT) {
            out.add("attachments");
            attachments.forEach(a -> out.add("remove-" + a.id()));
        }
        if (d.isPublic() && d.content().validity() != Validity.REPEALED) {
            out.add("repeal");
        }
        return out;
    }

    @PostMapping("/{id}/act/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String scheduledAt, Model model, RedirectAttributes redirect) {
        WorkflowAction a = WorkflowAction.byPath(action).orElseThrow(GongkaiException::notFound);
        FailedAction typed = switch (a) {
            case RETURN, WITHDRAW -> FailedAction.of("act-" + a.path(), "reason", reason);
            case SCHEDULE -> FailedAction.of("act-" + a.path(), "scheduledAt", scheduledAt);
            default -> FailedAction.of("act-" + a.path());
        };
        return attempt(id, model, redirect, typed, () -> {
                    Document d = this.<DocumentChange>dispatch(DocumentCommands.of(a, id, reason, localTime(scheduledAt)))
                            .document();
                    return a.label() + "：完成，当前状态“" + d.status().label() + "”"
                            + (d.indexNumber() != null && a == WorkflowAction.PUBLISH ? "，索引号 " + d.indexNumber() : "");
                });
    }

    @PostMapping("/{id}/mask")
    String mask(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return attempt(id, model, redirect, FailedAction.of("mask"), () -> {
            dispatch(new DocumentCommands.MaskDocument(id));
            return "已按默认规则对正文脱敏";
        });
    }

    @PostMapping("/{id}/scan")
    String scan(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return attempt(id, model, redirect, FailedAction.of("scan"), () -> {
            dispatch(new DocumentCommands.ScanDocument(id));
            long open = service.findings(Actor.require(), id).stream().filter(f -> f.blocking()).count();
            return "已重新检查：" + open + "处待处理";
        });
    }

    @PostMapping("/findings/{findingId}/override")
    String override(@PathVariable long findingId, @RequestParam long documentId,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        return attempt(documentId, model, redirect, FailedAction.of("override-" + findingId, "reason", reason),
                () -> {
                    dispatch(new DocumentCommands.OverrideFinding(findingId, reason));
                    return "已记录确认理由";
                });
    }

    @PostMapping("/{id}/repeal")
    String repeal(@PathVariable long id, @RequestParam(required = false) String replacementId,
            @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        return attempt(id, model, redirect, FailedAction.of("repeal", "replacementId", replacementId, "note", note), () -> {
                    dispatch(new DocumentCommands.RepealDocument(id, number(replacementId), note));
                    return "已废止";
                });
    }

    @PostMapping("/{id}/attachments")
    String upload(@PathVariable long id, @RequestParam("file") MultipartFile file, Model model,
            RedirectAttributes redirect) {
        return attempt(id, model, redirect, FailedAction.of("attachments", "file", ""), () -> {
            if (file.isEmpty()) {
                throw GongkaiException.invalid("file", "请选择要上传的文件");
            }
            try (InputStream in = file.getInputStream()) {
                Attachment a = dispatch(new DocumentCommands.AddAttachment(id, in, file.getOriginalFilename()));
                return "已添加附件：" + a.name();
            } catch (IOException e) {
                throw GongkaiException.invalid("file", "文件读取失败，请重新上传");
            }
        });
    }

    @PostMapping("/{id}/attachments/{attachmentId}/remove")
    String removeAttachment(@PathVariable long id, @PathVariable long attachmentId, Model model,
            RedirectAttributes redirect) {
        return attempt(id, model, redirect, FailedAction.of("remove-" + attachmentId), () -> {
            dispatch(new DocumentCommands.RemoveAttachment(id, attachmentId));
            return "已删除附件";
        });
    }

    @GetMapping("/{id}/versions")
    String versions(@PathVariable long id, @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to, Model model) {
        Actor actor = Actor.require();
        Document d = service.view(actor, id);
        var versions = service.versions(actor, id);
        model.addAttribute("doc", d);
        model.addAttribute("versions", versions);
        if (versions.size() >= 2) {
            int a = from != null ? from : versions.get(versions.size() - 2).version();
            int b = to != null ? to : versions.get(versions.size() - 1).version();
            model.addAttribute("from", a);
            model.addAttribute("to", b);
            model.addAttribute("diff", service.diff(actor, id, a, b));
        }
        return "catalogue/console/versions";
    }

    @GetMapping("/late")
    String late(Model model) {
        model.addAttribute("rows", service.lateList(Actor.require()));
        return "catalogue/console/late";
    }

    @GetMapping("/findings")
    String rescanFindings(Model model) {
        model.addAttribute("findings", service.rescanFindings(Actor.require()));
        return "catalogue/console/findings";
    }

    private interface Step {
        String run();
    }

    private <R> R dispatch(Command command) {
        return dispatcher.dispatch(command);
    }

    /**
     * Runs a page action: on success back to the document with a notice; on a refusal the document page is shown
     * again with the typed values and the reason at the field of the form that was sent (nothing typed is lost).
     */
    private String attempt(long id, Model model, RedirectAttributes redirect, FailedAction form, Step step) {
        try {
            redirect.addFlashAttribute("notice", step.run());
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("failed", form.refusedWith(e));
            return detail(id, model);
        }
        return "redirect:/console/catalogue/" + id;
    }

    private static Long number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw GongkaiException.invalid("replacementId", "请填写替代文件的编号（数字）");
        }
    }

    private static java.time.Instant localTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        } catch (DateTimeParseException e) {
            throw new GongkaiException(ErrorCode.INVALID_DATE, "发布时间格式不正确", "scheduledAt");
        }
    }

    private Map<Long, String> unitNames() {
        return units.findAll().stream().collect(Collectors.toMap(UnitDirectory.UnitView::id, UnitDirectory.UnitView::name));
    }
}
