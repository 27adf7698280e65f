package org.gongkai.deposit.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.deposit.TransferPackage;
import org.gongkai.deposit.TransferPackages;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 移交包: the list (every package for the system administrator, with the build form; a receiver's own), the build,
 * the download for the receiving institution, and the same list and download as JSON / bytes for its systems.
 */
@Controller
class DepositPages {

    private final TransferPackages packages;

    DepositPages(TransferPackages packages) {
        this.packages = packages;
    }

    @GetMapping("/console/deposit")
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new BuildForm());
        }
        return page(model);
    }

    @PostMapping("/console/deposit")
    String build(@Valid @ModelAttribute("form") BuildForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(model);
        }
        try {
            TransferPackage p = packages.build(Actor.require(), form.getRecipientUnitId(), date(form.getFrom(), "from"),
                    date(form.getTo(), "to"));
            redirect.addFlashAttribute("notice", "已生成移交包 " + p.bagName() + "：" + p.documents() + " 件文件，"
                    + p.reports() + " 份年报");
            return "redirect:/console/deposit";
        } catch (GongkaiException e) {
            if (e.field() != null && java.util.Set.of("recipientUnitId", "from", "to").contains(e.field())) {
                result.rejectValue(e.field(), e.code().name(), e.getMessage());
            } else {
                result.reject(e.code().name(), e.getMessage());
            }
            return page(model);
        }
    }

    @GetMapping("/console/deposit/{id}/download")
    ResponseEntity<Resource> download(@PathVariable long id) {
        return zip(packages.deliver(Actor.require(), id));
    }

    @GetMapping("/api/v1/deposit/packages")
    @ResponseBody
    java.util.Map<String, Object> api() {
        return java.util.Map.of("items", packages.visible(Actor.require()).stream().map(l -> {
            TransferPackage p = l.pkg();
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("id", p.id());
            m.put("bagName", p.bagName());
            m.put("recipient", l.recipientName());
            m.put("from", p.from().toString());
            m.put("to", p.to().toString());
            m.put("documents", p.documents());
            m.put("annualReports", p.reports());
            m.put("size", p.size());
            m.put("sha256", p.sha256());
            m.put("payloadOxum", p.payloadOxum());
            m.put("download", "/api/v1/deposit/packages/" + p.id() + "/download");
            return m;
        }).toList());
    }

    @GetMapping("/api/v1/deposit/packages/{id}/download")
    @ResponseBody
    ResponseEntity<Resource> apiDownload(@PathVariable long id) {
        return zip(packages.deliver(Actor.require(), id));
    }

    private static ResponseEntity<Resource> zip(TransferPackages.Download d) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(d.pkg().bagName() + ".zip").build().toString())
                .header("Digest", "sha-256=" + d.pkg().sha256())
                .contentLength(d.pkg().size())
                .body(new FileSystemResource(d.file()));
    }

    private String page(Model model) {
        Actor actor = Actor.require();
        boolean admin = actor.hasRole(Role.SYSTEM_ADMIN);
        model.addAttribute("admin", admin);
        model.addAttribute("receiver", actor.hasRole(Role.PACKAGE_RECEIVER));
        model.addAttribute("packages", packages.visible(actor));
        model.addAttribute("recipients", admin ? packages.recipients() : java.util.List.of());
        return "deposit/packages";
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new GongkaiException(ErrorCode.INVALID_DATE, "日期不存在或格式不正确，应为 YYYY-MM-DD", field);
        }
    }
}
