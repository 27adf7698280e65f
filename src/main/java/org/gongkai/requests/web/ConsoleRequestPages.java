package org.gongkai.requests.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.Channel;
import org.gongkai.requests.DecisionCode;
import org.gongkai.requests.DeliveryChannel;
import org.gongkai.requests.DeliveryForm;
import org.gongkai.requests.FieldProblem;
import org.gongkai.requests.RequestAttachment;
import org.gongkai.requests.RequestService;
import org.gongkai.requests.ReviewKind;
import org.gongkai.requests.ReviewResult;
import org.gongkai.requests.letters.LetterRenderer.LetterKind;
import org.gongkai.web.FormErrors;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The disclosure office's console: queue, supervisor's overdue list, registration and the request page. */
@Controller
@RequestMapping("/console/requests")
class ConsoleRequestPages {

    private final RequestService service;
    private final UnitDirectory units;

    ConsoleRequestPages(RequestService service, UnitDirectory units) {
        this.service = service;
        this.units = units;
    }

    @GetMapping
    String queue(@RequestParam(defaultValue = "false") boolean all, Model model) {
        Actor actor = Actor.require();
        model.addAttribute("rows", service.queue(actor, !all));
        model.addAttribute("all", all);
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
    String registerSubmit(@ModelAttribute("form") ApplyForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        for (FieldProblem p : service.problems(form.input())) {
            result.addError(new FieldError("form", p.field(), result.getRawFieldValue(p.field()), false, null, null,
                    p.message()));
        }
        if (result.hasErrors()) {
            return register(model);
        }
        try {
            Channel channel = form.getChannel() == null || form.getChannel().isBlank() ? null
                    : Channel.valueOf(form.getChannel());
            RequestService.Submitted s = service.register(Actor.require(), form.input(), channel,
                    date(form.getReceivedOn(), "receivedOn"));
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
        model.addAttribute("units", units.findAll());
        return "requests/register";
    }

    @GetMapping("/{tn}")
    String request(@PathVariable String tn, Model model) {
        model.addAttribute("v", service.officerView(Actor.require(), tn));
        model.addAttribute("decisionCodes", DecisionCode.values());
        model.addAttribute("reviewResults", ReviewResult.values());
        model.addAttribute("today", LocalDate.now(service.clock()));
        model.addAttribute("letterKinds", LetterKind.values());
        model.addAttribute("attachmentMaxBytes", service.settings().attachmentMaxBytes());
        return "requests/detail";
    }

    @PostMapping("/{tn}/attachments")
    String upload(@PathVariable String tn, @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        Actor actor = Actor.require();
        try {
            if (file == null || (file.isEmpty()
                    && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
                throw GongkaiException.invalid("file", "请选择要上传的文件");
            }
            try (InputStream in = file.getInputStream()) {
                RequestAttachment a = service.uploadAttachment(actor, tn,
                        new RequestService.Upload(file.getOriginalFilename(), in));
                redirect.addFlashAttribute("notice", "已添加附件：" + a.name());
            } catch (IOException e) {
                throw GongkaiException.invalid("file", "文件读取失败，请重新上传");
            }
        } catch (GongkaiException e) {
            if (e.code() == org.gongkai.common.ErrorCode.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("attachmentError", e.getMessage());
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

    @PostMapping("/{tn}/{action}")
    String act(@PathVariable String tn, @PathVariable String action, @RequestParam java.util.Map<String, String> p,
            RedirectAttributes redirect) {
        Actor actor = Actor.require();
        try {
            switch (action) {
                case "accept" -> service.accept(actor, tn, date(p.get("on"), "on"));
                case "review" -> service.review(actor, tn);
                case "correction-request" -> service.requestCorrection(actor, tn, date(p.get("on"), "on"),
                        date(p.get("deadline"), "deadline"), p.get("what"));
                case "correction" -> service.recordCorrection(actor, tn, date(p.get("on"), "on"));
                case "consultation" -> service.startConsultation(actor, tn, date(p.get("on"), "on"), p.get("consultee"));
                case "consultation-end" -> service.endConsultation(actor, tn, date(p.get("on"), "on"));
                case "extension" -> service.extend(actor, tn, date(p.get("on"), "on"), integer(p.get("days"), "days"),
                        p.get("approver"));
                case "fee-notice" -> service.feeNotice(actor, tn, date(p.get("on"), "on"), p.get("method"),
                        integer(p.get("pages"), "pages"));
                case "payment" -> service.recordPayment(actor, tn, date(p.get("on"), "on"));
                case "decision" -> service.decide(actor, tn, date(p.get("on"), "on"), decision(p.get("decisionCode")),
                        p.get("reasons"));
                case "delivery" -> service.deliver(actor, tn, date(p.get("on"), "on"), p.get("channel"));
                case "withdrawal" -> service.withdraw(actor, tn, date(p.get("on"), "on"), p.get("reason"));
                case "archive" -> service.archive(actor, tn);
                case "transfer" -> service.transfer(actor, tn, p.get("unitCode"), p.get("reason"));
                case "notes" -> service.addNote(actor, tn, p.get("body"));
                case "review-record" -> service.recordReview(actor, tn, kind(p.get("kind")), date(p.get("filedOn"), "filedOn"),
                        result(p.get("result")));
                case "review-result" -> service.concludeReview(actor, tn, kind(p.get("kind")),
                        date(p.get("filedOn"), "filedOn"), result(p.get("result")), date(p.get("resultOn"), "resultOn"));
                default -> throw GongkaiException.notFound();
            }
            redirect.addFlashAttribute("notice", "已保存");
        } catch (GongkaiException e) {
            if (e.code() == org.gongkai.common.ErrorCode.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("actionError", e.getMessage());
            redirect.addFlashAttribute("actionErrorFor", action);
        }
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

    static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw GongkaiException.invalid(field, "日期格式不正确，应为 YYYY-MM-DD");
        }
    }

    static Integer integer(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw GongkaiException.invalid(field, "请填写整数");
        }
    }

    static DecisionCode decision(String code) {
        try {
            return code == null || code.isBlank() ? null : DecisionCode.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw GongkaiException.invalid("decisionCode", "办理结果不正确");
        }
    }

    static ReviewKind kind(String kind) {
        try {
            return kind == null || kind.isBlank() ? null : ReviewKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw GongkaiException.invalid("kind", "复议诉讼类型不正确");
        }
    }

    static ReviewResult result(String result) {
        try {
            return result == null || result.isBlank() ? null : ReviewResult.valueOf(result);
        } catch (IllegalArgumentException e) {
            throw GongkaiException.invalid("result", "结果不正确");
        }
    }
}
