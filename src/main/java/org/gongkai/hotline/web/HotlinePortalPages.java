package org.gongkai.hotline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.RateLimits;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.hotline.HotlineCommands.SubmitTicket;
import org.gongkai.hotline.HotlineCommands.Taken;
import org.gongkai.hotline.HotlineService;
import org.gongkai.hotline.TicketChannel;
import org.gongkai.web.FormErrors;
import org.gongkai.web.FormFields;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The portal's 互动交流 pages of the 12345 hotline: the form (plain HTML, works without JavaScript), the receipt with
 * the query code shown once, and the status page.
 */
@Controller
class HotlinePortalPages {

    static final int LOOKUPS_PER_MINUTE = 30;

    private final CommandDispatcher commands;
    private final HotlineService service;
    private final RateLimits limits;

    HotlinePortalPages(CommandDispatcher commands, HotlineService service, RateLimits limits) {
        this.commands = commands;
        this.service = service;
        this.limits = limits;
    }

    @GetMapping("/hotline")
    String form(Model model) {
        model.addAttribute("form", new HotlineForm());
        return page(model);
    }

    @PostMapping("/hotline")
    String submit(@Valid @ModelAttribute("form") HotlineForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(model);
        }
        try {
            Taken taken = commands.dispatch(new SubmitTicket(form.input(), TicketChannel.WEB));
            redirect.addFlashAttribute("receipt", taken);
            return "redirect:/hotline/status";
        } catch (GongkaiException e) {
            String field = HotlineForm.field(e.field());
            if (field != null) {
                result.addError(new FieldError("form", field, result.getRawFieldValue(field), false,
                        new String[] {e.code().name()}, null, e.getMessage()));
            } else {
                FormErrors.reject(result, e);
            }
            return page(model);
        }
    }

    private String page(Model model) {
        List<FormFields.Option> categories = service.settings().categories().entrySet().stream()
                .map(e -> new FormFields.Option(e.getKey(), e.getValue())).toList();
        model.addAttribute("categories", categories);
        model.addAttribute("publicList", service.settings().publicList());
        return "hotline/form";
    }

    @GetMapping("/hotline/status")
    String statusForm() {
        return "hotline/status";
    }

    @PostMapping("/hotline/status")
    String status(@RequestParam(defaultValue = "") String ticketNumber, @RequestParam(defaultValue = "") String queryCode,
            Model model, HttpServletRequest request) {
        if (!limits.tryConsume("hotline status lookup", request.getRemoteAddr(), LOOKUPS_PER_MINUTE)) {
            throw new GongkaiException(ErrorCode.RATE_LIMITED);
        }
        model.addAttribute("ticketNumber", ticketNumber);
        try {
            model.addAttribute("view", service.publicStatus(ticketNumber, queryCode));
        } catch (GongkaiException e) {
            model.addAttribute("lookupError", "工单编号或查询码不正确，请核对后重试");
        }
        return "hotline/status";
    }
}
