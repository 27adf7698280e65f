package org.gongkai.trading.notices;

import jakarta.validation.Valid;
import java.util.Arrays;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.trading.notices.NoticeCommands.Written;
import org.gongkai.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The trading officer's notice pages: the notices of the officer's projects with their review status in the catalogue,
 * the form that writes a notice for a project (it goes to review at once), and a notice's page, where a notice the
 * reviewer returned is corrected and submitted again.
 */
@Controller
class NoticeConsolePages {

    static final int LIST_MAX = 200;

    private final Notices notices;
    private final CommandDispatcher commands;

    NoticeConsolePages(Notices notices, CommandDispatcher commands) {
        this.notices = notices;
        this.commands = commands;
    }

    @GetMapping("/console/trading/notices")
    String list(Model model) {
        model.addAttribute("rows", notices.console(Actor.require(), LIST_MAX));
        return "trading/notices/console-list";
    }

    @GetMapping("/console/trading/notices/new")
    String newForm(@RequestParam(name = "project", required = false) String project, Model model) {
        NoticeForm form = new NoticeForm();
        form.setProjectCode(project == null || project.length() > 60 ? null : project.strip());
        model.addAttribute("form", form);
        return form(model);
    }

    @PostMapping("/console/trading/notices")
    String create(@Valid @ModelAttribute("form") NoticeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model);
        }
        try {
            Written w = commands.dispatch(form.write());
            redirect.addFlashAttribute("notice", "公告已提交保密审查，审查、签发后发布（当前状态：" + w.statusLabel() + "）");
            return "redirect:/console/trading/notices/" + w.noticeId();
        } catch (GongkaiException e) {
            FormErrors.reject(result, e);
            return form(model);
        }
    }

    @GetMapping("/console/trading/notices/{id}")
    String detail(@PathVariable long id, Model model) {
        Notices.StaffNotice staff = notices.staffNotice(Actor.require(), id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", NoticeForm.of(staff.notice(), projectCode(staff)));
        }
        return detail(model, staff);
    }

    @PostMapping("/console/trading/notices/{id}/resubmit")
    String resubmit(@PathVariable long id, @Valid @ModelAttribute("form") NoticeForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Notices.StaffNotice staff = notices.staffNotice(Actor.require(), id);
        if (result.hasErrors()) {
            return detail(model, staff);
        }
        try {
            Written w = commands.dispatch(form.resubmit(id));
            redirect.addFlashAttribute("notice", "已修改并重新提交审查（当前状态：" + w.statusLabel() + "）");
            return "redirect:/console/trading/notices/" + id;
        } catch (GongkaiException e) {
            FormErrors.reject(result, e);
            return detail(model, staff);
        }
    }

    private String detail(Model model, Notices.StaffNotice staff) {
        model.addAttribute("staff", staff);
        model.addAttribute("projectCode", projectCode(staff));
        model.addAttribute("minDays", notices.objectionMinDays());
        return "trading/notices/console-notice";
    }

    private String projectCode(Notices.StaffNotice staff) {
        return notices.projectCodeOf(staff.notice());
    }

    private String form(Model model) {
        model.addAttribute("kinds", Arrays.stream(NoticeKind.values())
                .map(k -> new TradingPortalPages.Option(k.name(), k.label())).toList());
        model.addAttribute("minDays", notices.objectionMinDays());
        return "trading/notices/console-form";
    }
}
