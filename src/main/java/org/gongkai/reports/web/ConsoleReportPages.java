package org.gongkai.reports.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.commands.Command;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.reports.ReportCommands;
import org.gongkai.reports.ReportExports;
import org.gongkai.reports.ReportReadiness;
import org.gongkai.reports.ReportService;
import org.gongkai.reports.ReportView;
import org.gongkai.web.FormErrors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Console: the supervisor's overview (every unit's status against the deadline and the county total) and
 * a unit's report — draft with its checks, narrative, table-二 entries, submit, approve or return, publish.
 * Each action dispatches a {@link ReportCommands} command; the page offers only what the lifecycle and the
 * viewer's roles allow now, and a refused action shows the page again with what was typed and the reason.
 */
@Controller
@RequestMapping("/console/reports")
class ConsoleReportPages {

    private final ReportService reports;
    private final ReportExports exports;
    private final CommandDispatcher dispatcher;
    private final java.time.Clock clock;

    ConsoleReportPages(ReportService reports, ReportExports exports, CommandDispatcher dispatcher,
            java.time.Clock clock) {
        this.reports = reports;
        this.exports = exports;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    // The forms' limits are the commands' (ReportCommands); the page reads them for maxlength.

    /** The narrative form. */
    public static class NarrativeForm {
        @Size(max = ReportCommands.OVERVIEW_MAX)
        private String overview;
        @Size(max = ReportCommands.PROBLEMS_MAX)
        private String problems;
        @Size(max = ReportCommands.OTHER_MATTERS_MAX)
        private String otherMatters;

        public String getOverview() {
            return overview;
        }

        public void setOverview(String overview) {
            this.overview = overview;
        }

        public String getProblems() {
            return problems;
        }

        public void setProblems(String problems) {
            this.problems = problems;
        }

        public String getOtherMatters() {
            return otherMatters;
        }

        public void setOtherMatters(String otherMatters) {
            this.otherMatters = otherMatters;
        }
    }

    /** The table-二 entries form. */
    public static class EntriesForm {
        @Size(max = ReportCommands.NUMBER_MAX)
        private String licensing;
        @Size(max = ReportCommands.NUMBER_MAX)
        private String penalties;
        @Size(max = ReportCommands.NUMBER_MAX)
        private String coercion;
        @Size(max = ReportCommands.NUMBER_MAX)
        private String fees;

        public String getLicensing() {
            return licensing;
        }

        public void setLicensing(String licensing) {
            this.licensing = licensing;
        }

        public String getPenalties() {
            return penalties;
        }

        public void setPenalties(String penalties) {
            this.penalties = penalties;
        }

        public String getCoercion() {
            return coercion;
        }

        public void setCoercion(String coercion) {
            this.coercion = coercion;
        }

        public String getFees() {
            return fees;
        }

        public void setFees(String fees) {
            this.fees = fees;
        }
    }

    /** The return form. */
    public static class ReturnForm {
        @Size(max = ReportCommands.COMMENT_MAX)
        private String comment;

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }

    @GetMapping
    String index(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) String status, Model model) {
        Actor actor = Actor.require();
        org.gongkai.reports.ReportStatus filter = java.util.Arrays.stream(org.gongkai.reports.ReportStatus.values())
                .filter(s -> s.name().equals(status)).findFirst().orElse(null);
        model.addAttribute("status", filter);
        model.addAttribute("waiting", filter == null ? List.of() : reports.waitingFor(actor, filter));
        int y = year == null ? LocalDate.now(clock).getYear() - 1 : year;
        model.addAttribute("year", y);
        model.addAttribute("units", reports.unitsFor(actor));
        if (actor.hasRole(Role.SUPERVISOR)) {
            try {
                model.addAttribute("overview", reports.overview(actor, y));
            } catch (GongkaiException e) {
                if (e.code() != ErrorCode.FORBIDDEN) {
                    throw e; // a year out of range: the 400 page names the range
                }
                model.addAttribute("overview", null); // not a supervisor of any unit
            }
        }
        return "reports/console-index";
    }

    @GetMapping("/{unitCode}/{year}")
    String report(@PathVariable String unitCode, @PathVariable int year, Model model) {
        ReportView view = reports.view(Actor.require(), unitCode, year);
        return page(view, narrativeForm(view), entriesForm(view), new ReturnForm(), model);
    }

    @PostMapping("/{unitCode}/{year}/narrative")
    String narrative(@PathVariable String unitCode, @PathVariable int year,
            @Valid @ModelAttribute("narrativeForm") NarrativeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) { // longer than declared: the message at the field, nothing saved
            ReportView view = reports.view(Actor.require(), unitCode, year);
            return page(view, form, entriesForm(view), new ReturnForm(), model);
        }
        try {
            dispatcher.dispatch(new ReportCommands.EditReportNarrative(unitCode, year, form.getOverview(),
                    form.getProblems(), form.getOtherMatters()));
        } catch (GongkaiException e) {
            FormErrors.reject(result, e);
            ReportView view = reports.view(Actor.require(), unitCode, year);
            return page(view, form, entriesForm(view), new ReturnForm(), model);
        }
        redirect.addFlashAttribute("notice", "已保存文字部分");
        return back(unitCode, year);
    }

    @PostMapping("/{unitCode}/{year}/entries")
    String entries(@PathVariable String unitCode, @PathVariable int year,
            @Valid @ModelAttribute("entriesForm") EntriesForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) { // longer than declared: the message at the field, nothing saved
            ReportView view = reports.view(Actor.require(), unitCode, year);
            return page(view, narrativeForm(view), form, new ReturnForm(), model);
        }
        try {
            dispatcher.dispatch(new ReportCommands.EnterReportEntries(unitCode, year, form.getLicensing(),
                    form.getPenalties(), form.getCoercion(), form.getFees()));
        } catch (GongkaiException e) {
            FormErrors.reject(result, e);
            ReportView view = reports.view(Actor.require(), unitCode, year);
            return page(view, narrativeForm(view), form, new ReturnForm(), model);
        }
        redirect.addFlashAttribute("notice", "已保存表二填报数据");
        return back(unitCode, year);
    }

    @PostMapping("/{unitCode}/{year}/draft")
    String generateDraft(@PathVariable String unitCode, @PathVariable int year, Model model,
            RedirectAttributes redirect) {
        return act(unitCode, year, model, redirect, "已按最新台账数据生成初稿",
                new ReportCommands.GenerateDraft(unitCode, year));
    }

    @PostMapping("/{unitCode}/{year}/submit")
    String submit(@PathVariable String unitCode, @PathVariable int year, Model model, RedirectAttributes redirect) {
        return act(unitCode, year, model, redirect, "已报送审核，数据已锁定", new ReportCommands.SubmitReport(unitCode, year));
    }

    @PostMapping("/{unitCode}/{year}/approve")
    String approve(@PathVariable String unitCode, @PathVariable int year, Model model, RedirectAttributes redirect) {
        return act(unitCode, year, model, redirect, "已审核通过", new ReportCommands.ApproveReport(unitCode, year));
    }

    @PostMapping("/{unitCode}/{year}/return")
    String giveBack(@PathVariable String unitCode, @PathVariable int year,
            @Valid @ModelAttribute("returnForm") ReturnForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) { // longer than declared: the message at the field, nothing saved
            ReportView view = reports.view(Actor.require(), unitCode, year);
            return page(view, narrativeForm(view), entriesForm(view), form, model);
        }
        try {
            dispatcher.dispatch(new ReportCommands.ReturnReport(unitCode, year, form.getComment()));
        } catch (GongkaiException e) {
            FormErrors.reject(result, e);
            ReportView view = reports.view(Actor.require(), unitCode, year);
            return page(view, narrativeForm(view), entriesForm(view), form, model);
        }
        redirect.addFlashAttribute("notice", "已退回修改");
        return back(unitCode, year);
    }

    @PostMapping("/{unitCode}/{year}/publish")
    String publish(@PathVariable String unitCode, @PathVariable int year, Model model, RedirectAttributes redirect) {
        return act(unitCode, year, model, redirect, "已在政府信息公开年报栏目公开",
                new ReportCommands.PublishReport(unitCode, year));
    }

    @GetMapping("/{unitCode}/{year}/report.{kind}")
    ResponseEntity<byte[]> download(@PathVariable String unitCode, @PathVariable int year, @PathVariable String kind) {
        if (!kind.equals("pdf") && !kind.equals("docx") && !kind.equals("xlsx")) {
            throw GongkaiException.notFound();
        }
        return Downloads.of(exports, reports.view(Actor.require(), unitCode, year), kind);
    }

    /** An action without inputs: on a refusal the page is shown again (not redirected) with the reason. */
    private String act(String unitCode, int year, Model model, RedirectAttributes redirect, String ok,
            Command command) {
        try {
            dispatcher.dispatch(command);
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("failure", e.getMessage());
            ReportView view = reports.view(Actor.require(), unitCode, year);
            NarrativeForm narrative = narrativeForm(view);
            String page = page(view, narrative, entriesForm(view), new ReturnForm(), model);
            if (e.code() == ErrorCode.REPORT_NOT_READY) {
                reasonsAtFields(view, narrative, model);
            }
            return page;
        }
        redirect.addFlashAttribute("notice", ok);
        return back(unitCode, year);
    }

    /**
     * A submission or publication refused as not ready: each unfilled placeholder's reason at its narrative input,
     * the year's at the submit and publish buttons ({@code readinessRefused}).
     */
    private static void reasonsAtFields(ReportView view, NarrativeForm narrative, Model model) {
        BeanPropertyBindingResult binding = new BeanPropertyBindingResult(narrative, "narrativeForm");
        for (String field : List.of("overview", "problems", "otherMatters")) {
            for (ReportReadiness.Check c : view.failedReadiness(field)) {
                binding.rejectValue(field, ErrorCode.REPORT_NOT_READY.name(), c.name() + "，请修改后保存");
            }
        }
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "narrativeForm", binding);
        model.addAttribute("readinessRefused", true);
    }

    private String page(ReportView view, NarrativeForm narrative, EntriesForm entries, ReturnForm giveBack,
            Model model) {
        model.addAttribute("report", view);
        model.addAttribute("narrativeForm", narrative);
        model.addAttribute("entriesForm", entries);
        model.addAttribute("returnForm", giveBack);
        return "reports/console-report";
    }

    private static NarrativeForm narrativeForm(ReportView view) {
        NarrativeForm form = new NarrativeForm();
        form.setOverview(view.narrative().overview());
        form.setProblems(view.narrative().problems());
        form.setOtherMatters(view.narrative().otherMatters());
        return form;
    }

    private static EntriesForm entriesForm(ReportView view) {
        EntriesForm form = new EntriesForm();
        var e = view.entries();
        form.setLicensing(e.licensing() == null ? "" : e.licensing().toString());
        form.setPenalties(e.penalties() == null ? "" : e.penalties().toString());
        form.setCoercion(e.coercion() == null ? "" : e.coercion().toString());
        form.setFees(view.feesTenThousandYuan());
        return form;
    }

    private static String back(String unitCode, int year) {
        return "redirect:/console/reports/" + unitCode + "/" + year;
    }
}
