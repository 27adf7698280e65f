package org.gongkai.requests.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.gongkai.common.GongkaiException;
import org.gongkai.files.AttachmentPolicy;
import org.gongkai.files.AttachmentPurpose;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.requests.ApplicantType;
import org.gongkai.requests.DeliveryChannel;
import org.gongkai.requests.DeliveryForm;
import org.gongkai.requests.RequestService;
import org.gongkai.requests.StatusView;
import org.gongkai.web.FormErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The citizen's pages: apply (works without JS), the receipt, and the status page with the letter download. */
@Controller
class PublicRequestPages {

    private final RequestService service;
    private final UnitDirectory units;
    private final AttachmentPolicy attachments;

    PublicRequestPages(RequestService service, UnitDirectory units, AttachmentPolicy attachments) {
        this.service = service;
        this.units = units;
        this.attachments = attachments;
    }

    @GetMapping("/requests/apply")
    String applyForm(Model model) {
        ApplyForm form = new ApplyForm();
        form.setFormToken(UUID.randomUUID().toString());
        model.addAttribute("form", form);
        return apply(model);
    }

    @PostMapping("/requests/apply")
    String submit(@Valid @ModelAttribute("form") ApplyForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (FormErrors.withProblems(result, ApplyForm.messages(service.problems(form.input())), model).hasErrors()) {
            model.addAttribute("reselectAttachment", form.hasAttachment());
            return apply(model);
        }
        String key = form.getFormToken() == null || form.getFormToken().isBlank() ? null : "form:" + form.getFormToken();
        try (InputStream content = form.hasAttachment() ? form.getAttachment().getInputStream() : null) {
            RequestService.Submitted receipt = service.submitOnline(form.input(), key, content == null ? null
                    : new RequestService.Upload(form.getAttachment().getOriginalFilename(), content));
            redirect.addFlashAttribute("receipt", receipt);
            return "redirect:/requests/receipt";
        } catch (GongkaiException e) {
            FormErrors.reject(result, e);
            model.addAttribute("reselectAttachment", form.hasAttachment() && !"attachment".equals(e.field()));
            return apply(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String apply(Model model) {
        model.addAttribute("attachmentHint", attachments.hint(AttachmentPurpose.PUBLIC_APPLICATION));
        model.addAttribute("attachmentAccept", AttachmentPurpose.PUBLIC_APPLICATION.accept());
        model.addAttribute("applicantTypes", ApplicantType.values());
        model.addAttribute("deliveryForms", DeliveryForm.values());
        model.addAttribute("deliveryChannels", DeliveryChannel.values());
        model.addAttribute("unitGroups", org.gongkai.requests.ReceivingUnits.groups(units.findAll()));
        return "requests/apply";
    }

    @GetMapping("/requests/receipt")
    String receipt(Model model) {
        if (!model.containsAttribute("receipt")) {
            return "redirect:/requests/status";
        }
        return "requests/receipt";
    }

    /** The receipt as a PDF, for the holder of the tracking number and access code (sent by POST: never in a URL). */
    @PostMapping("/requests/receipt/pdf")
    ResponseEntity<byte[]> receiptPdf(@RequestParam(defaultValue = "") String trackingNumber,
            @RequestParam(defaultValue = "") String accessCode) {
        if (trackingNumber.length() > 32 || accessCode.length() > 32) {
            throw GongkaiException.notFound();
        }
        byte[] pdf = service.receiptPdf(trackingNumber, accessCode);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("申请回执-" + trackingNumber.trim().toUpperCase() + ".pdf",
                                java.nio.charset.StandardCharsets.UTF_8)
                        .build().toString())
                .body(pdf);
    }

    @GetMapping("/requests/status")
    String statusForm(Model model) {
        return "requests/status";
    }

    @PostMapping("/requests/status")
    String status(@RequestParam(defaultValue = "") String trackingNumber, @RequestParam(defaultValue = "") String accessCode,
            Model model) {
        model.addAttribute("trackingNumber", trackingNumber);
        model.addAttribute("accessCode", accessCode);
        try {
            StatusView view = service.status(trackingNumber, accessCode);
            model.addAttribute("view", view);
        } catch (GongkaiException e) {
            model.addAttribute("lookupError", "查询号或查询码不正确，请核对后重试");
        }
        return "requests/status";
    }

    @PostMapping("/requests/status/letter")
    ResponseEntity<byte[]> letter(@RequestParam(defaultValue = "") String trackingNumber,
            @RequestParam(defaultValue = "") String accessCode) {
        byte[] pdf = service.replyLetterPdf(trackingNumber, accessCode);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("答复书-" + trackingNumber.trim().toUpperCase() + ".pdf", java.nio.charset.StandardCharsets.UTF_8)
                        .build().toString())
                .body(pdf);
    }
}
