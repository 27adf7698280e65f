package org.gongkai.requests.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.files.AttachmentPolicy;
import org.gongkai.files.AttachmentPurpose;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.Channel;
import org.gongkai.requests.DecisionCode;
import org.gongkai.requests.DeliveryChannel;
import org.gongkai.requests.DeliveryForm;
import org.gongkai.requests.OfficerView;
import org.gongkai.requests.RequestAttachment;
import org.gongkai.requests.RequestCommands.AddAttachment;
import org.gongkai.requests.RequestCommands.RegisterRequest;
import org.gongkai.requests.RequestService;
import org.gongkai.requests.ReviewKind;
import org.gongkai.requests.ReviewResult;
import org.gongkai.requests.fees.FeeSchedule;
import org.gongkai.requests.letters.LetterRenderer.LetterKind;
import org.gongkai.web.FailedAction;
import org.gongkai.web.FormErrors;
import org.gongkai.web.FormFields;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The disclosure office's console: queue, supervisor's overdue list, registration and the request page, whose
 * forms are the actions the lifecycle allows now; every action dispatches its command.
 */
@Controller
@RequestMapping("/console/requests")
class ConsoleRequestPages {

    private final RequestService service;
    private final CommandDispatcher commands;
    private final UnitDirectory units;
    private final AttachmentPolicy attachments;

    ConsoleRequestPages(RequestService service, CommandDispatcher commands, UnitDirectory units,
            AttachmentPolicy attachments) {
        this.service = service;
        this.commands = commands;
        this.units = units;
        this.attachments = attachments;
    }

    /**
     * The queue: open requests by due date, or all ({@code all=true}), or those a due-date filter matches
     * ({@code due=soon|overdue}, the workbench's links); an unknown filter value shows the open queue.
     */
    @GetMapping
    String queue(@RequestParam(defaultValue = "false") boolean all,
            @RequestParam(required = false) String due, Model model) {
        Actor actor = Actor.require();
        java.util.Optional<org.gongkai.requests.DueFilter> filter = org.gongkai.requests.DueFilter.parse(due);
        model.addAttribute("rows", filter.map(f -> service.due(actor, f)).orElseGet(() -> service.queue(actor, !all)));
        model.addAttribute("due", filter.map(org.gongkai.requests.DueFilter::param).orElse(""));
        model.addAttribute("soonDays", service.dueSoonWorkingDays());
        model.addAttribute("all", all && filter.isEmpty());
        model.addAttribute("today", LocalDate.now(service.clock()));
        model.addAttribute("reminders", service.reminders(actor));
        return "requests/queue";
    }

    @GetMapping("/overdue")
    String overdue(Model model) {
        model.addAttribute("rows", service.overdue(Actor.require()));
        model.addAttribute("today", LocalDate.now(service.clock()));
        return "requests/overdue";
    }

    @GetMapping("/new")
    String registerForm(Model model) {
        ApplyForm form = new ApplyForm();
        form.setChannel(Channel.LETTER.name());
        form.setReceivedOn(LocalDate.now(service.clock()).toString());
        model.addAttribute("form", form);
        return register(model);
    }

    @PostMapping("/new")
    String registerSubmit(@Valid @ModelAttribute("form") ApplyForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (FormErrors.withProblems(result, ApplyForm.messages(service.problems(form.input())), model).hasErrors()) {
            return register(model);
        }
        try {
            Channel channel = form.getChannel() == null || form.getChannel().isBlank() ? null
                    : Channel.valueOf(form.getChannel());
            RequestService.Submitted s = commands.dispatch(new RegisterRequest(form.input(), channel,
                    RequestActionForms.parseDate(form.getReceivedOn(), "receivedOn")));
            redirect.addFlashAttribute("notice", "已登记申请 " + s.trackingNumber() + "，查询码 " + s.accessCode()
                    + "（请告知申请人）；答复期限 " + s.dueDate());
            return "redirect:/console/requests/" + s.trackingNumber();
        } catch (GongkaiException e) {
            FormErrors.reject(result, e);
            return register(model);
        }
    }

    private String register(Model model) {
        model.addAttribute("applicantTypes", ApplicantType.values());
        model.addAttribute("deliveryForms", DeliveryForm.values());
        model.addAttribute("deliveryChannels", DeliveryChannel.values());
        model.addAttribute("channels", List.of(Channel.LETTER, Channel.IN_PERSON, Channel.FAX, Channel.EMAIL));
        model.addAttribute("unitGroups", org.gongkai.requests.ReceivingUnits.groups(units.findAll()));
        return "requests/register";
    }

    /**
     * The request page: the applicant's identity number and contacts masked, unless the officer has just asked to
     * see them ({@code revealed}, set only by {@link #reveal} after it recorded the view).
     */
    @GetMapping("/{tn}")
    String request(@PathVariable String tn, Model model) {
        return page(tn, model, FailedAction.NONE);
    }

    /** 查看完整信息: records the view of the applicant's data (audit), then shows the page once with it in full. */
    @PostMapping("/{tn}/reveal")
    String reveal(@PathVariable String tn, RedirectAttributes redirect) {
        service.revealApplicant(Actor.require(), tn);
        redirect.addFlashAttribute("revealed", true);
        return "redirect:/console/requests/" + tn + "#applicant";
    }

    /** The request page; after a refusal, {@code failed} re-shows the refused form with what was typed. */
    private String page(String tn, Model model, FailedAction failed) {
        OfficerView view = service.officerPage(Actor.require(), tn, Boolean.TRUE.equals(model.getAttribute("revealed")));
        model.addAttribute("failed", failed);
        model.addAttribute("v", view);
        model.addAttribute("pendingReviews", view.request().reviews().stream()
                .filter(r -> r.result() == ReviewResult.PENDING)
                .map(r -> new FormFields.Option(r.kind().name() + "/" + r.filedOn(),
                        r.kind().label() + "（" + r.filedOn() + " 提起）"))
                .toList());
        model.addAttribute("decisionCodes", DecisionCode.values());
        model.addAttribute("reviewKinds", ReviewKind.values());
        model.addAttribute("reviewResults", ReviewResult.values());
        model.addAttribute("finalResults", java.util.Arrays.stream(ReviewResult.values())
                .filter(r -> r != ReviewResult.PENDING).toList());
        model.addAttribute("feeMethods", FeeSchedule.Method.values());
        model.addAttribute("today", LocalDate.now(service.clock()));
        model.addAttribute("transferUnits", view.allows("transfer") ? transferGroups(view.request().unitId()) : List.of());
        model.addAttribute("attachmentHint", attachments.hint(AttachmentPurpose.OFFICER_DOCUMENT));
        model.addAttribute("attachmentAccept", AttachmentPurpose.OFFICER_DOCUMENT.accept());
        return "requests/detail";
    }

    /** The units a request can be transferred to: those that handle applications, grouped, without its own. */
    private List<org.gongkai.requests.ReceivingUnits.Group> transferGroups(long currentUnitId) {
        return org.gongkai.requests.ReceivingUnits.groups(units.findAll()).stream()
                .map(g -> new org.gongkai.requests.ReceivingUnits.Group(g.label(),
                        g.units().stream().filter(u -> u.id() != currentUnitId).toList()))
                .filter(g -> !g.units().isEmpty())
                .toList();
    }

    /**
     * An officer's file (policy {@link AttachmentPurpose#OFFICER_DOCUMENT}). A refused file shows the page again
     * with the reason at the upload field.
     */
    @PostMapping("/{tn}/attachments")
    String upload(@PathVariable String tn, @RequestParam(name = "file", required = false) MultipartFile file,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        boolean none = file == null || (file.isEmpty()
                && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()));
        try {
            try (InputStream in = none ? null : file.getInputStream()) {
                RequestAttachment a = commands.dispatch(new AddAttachment(tn, none ? null : file.getOriginalFilename(),
                        in));
                redirect.addFlashAttribute("notice", "已添加附件：" + a.name());
            } catch (IOException e) {
                throw GongkaiException.invalid("file", "文件读取失败，请重新上传");
            }
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            return page(tn, model, FailedAction.of("attachments", "file", "").refusedWith(e));
        }
        return "redirect:/console/requests/" + tn + "#attachments";
    }

    @GetMapping("/{tn}/attachments/{id}")
    ResponseEntity<InputStreamResource> download(@PathVariable String tn, @PathVariable long id) {
        RequestService.AttachmentDownload d = service.openAttachment(Actor.require(), tn, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.attachment().mediaType()))
                .contentLength(d.attachment().size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(d.attachment().name(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(d.content()));
    }

    /**
     * Every action form posts here and dispatches its command. Success redirects to the page; a refusal shows the
     * page again (status of the refusal) with what was typed and the reason at its field.
     */
    @PostMapping("/{tn}/{action}")
    String act(@PathVariable String tn, @PathVariable String action, @RequestParam java.util.Map<String, String> p,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            commands.dispatch(RequestActionForms.command(action, tn, p));
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            return page(tn, model, FailedAction.of(action, p).refusedWith(e));
        }
        redirect.addFlashAttribute("notice", "已保存");
        return "redirect:/console/requests/" + tn;
    }

    @GetMapping("/{tn}/letters/{kind}.{format}")
    ResponseEntity<byte[]> letter(@PathVariable String tn, @PathVariable String kind, @PathVariable String format) {
        LetterKind letterKind;
        try {
            letterKind = LetterKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw GongkaiException.notFound();
        }
        boolean pdf = "pdf".equals(format);
        if (!pdf && !"docx".equals(format)) {
            throw GongkaiException.notFound();
        }
        byte[] bytes = service.letter(Actor.require(), tn, letterKind, pdf);
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF
                        : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(tn + "-" + kind + "." + format, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }
}
