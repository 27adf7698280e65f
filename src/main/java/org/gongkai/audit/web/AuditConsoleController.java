package org.gongkai.audit.web;

import org.gongkai.audit.AuditFilter;
import org.gongkai.audit.AuditService;
import org.gongkai.audit.RefusalLog;
import org.gongkai.audit.AuditService.PurgeResult;
import org.gongkai.common.GongkaiException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The audit administrator's console: filtered, paged records; chain verification; purge. */
@Controller
@RequestMapping("/console/audit")
class AuditConsoleController {

    private static final int PAGE_SIZE = 50;
    private final AuditService audit;
    private final RefusalLog refusals;

    AuditConsoleController(AuditService audit, RefusalLog refusals) {
        this.audit = audit;
        this.refusals = refusals;
    }

    /** The choices of the outcome filter (value, label). */
    private static final java.util.List<java.util.Map<String, String>> OUTCOMES = java.util.List.of(
            java.util.Map.of("value", "SUCCESS", "label", "成功"),
            java.util.Map.of("value", "FAILURE", "label", "失败"),
            java.util.Map.of("value", "REFUSED", "label", "拒绝"));

    /** The filter form as typed (kept as text so a bad date is shown back unchanged). */
    public static class FilterForm {
        @jakarta.validation.constraints.Size(max = 200)
        private String actor;
        @jakarta.validation.constraints.Size(max = 100)
        private String action;
        @jakarta.validation.constraints.Size(max = 100)
        private String objectType;
        @jakarta.validation.constraints.Size(max = 10)
        private String from;
        @jakarta.validation.constraints.Size(max = 10)
        private String to;
        @jakarta.validation.constraints.Size(max = 16)
        private String outcome;
        private int page;

        public String getActor() { return actor; }
        public void setActor(String actor) { this.actor = actor; }
        public String getAction() { return action; }
        public void setAction(String action) { this.action = action; }
        public String getObjectType() { return objectType; }
        public void setObjectType(String objectType) { this.objectType = objectType; }
        public String getFrom() { return from; }
        public void setFrom(String from) { this.from = from; }
        public String getTo() { return to; }
        public void setTo(String to) { this.to = to; }
        public String getOutcome() { return outcome; }
        public void setOutcome(String outcome) { this.outcome = outcome; }
        public int getPage() { return page; }
        public void setPage(int page) { this.page = Math.max(0, page); }
    }

    @GetMapping
    String list(@jakarta.validation.Valid @ModelAttribute("filter") FilterForm form,
            org.springframework.validation.BindingResult result, Model model) {
        try {
            // a filter longer than declared is refused at its field; a page that is no number shows the first page
            var refused = result.getFieldErrors().stream().filter(f -> !f.getField().equals("page")).findFirst();
            if (refused.isPresent()) {
                throw GongkaiException.invalid(refused.get().getField(), refused.get().getDefaultMessage());
            }
            AuditFilter filter = AuditFilter.parse(form.getActor(), form.getAction(), form.getObjectType(),
                    form.getFrom(), form.getTo(), form.getOutcome());
            refusals.flush(); // the aggregates of the current minute too
            model.addAttribute("records", audit.search(filter, form.getPage(), PAGE_SIZE));
        } catch (GongkaiException e) {
            model.addAttribute("errorField", e.field());
            model.addAttribute("errorMessage", e.getMessage());
        }
        model.addAttribute("retentionDays", audit.retentionDays());
        model.addAttribute("outcomes", OUTCOMES);
        return "audit/records";
    }

    @PostMapping("/verify")
    String verify(RedirectAttributes redirect) {
        redirect.addFlashAttribute("verification", audit.checkIntegrity());
        return "redirect:/console/audit";
    }

    @PostMapping("/purge")
    String purge(RedirectAttributes redirect) {
        PurgeResult result = audit.purge();
        redirect.addFlashAttribute("purged", result);
        return "redirect:/console/audit";
    }
}
