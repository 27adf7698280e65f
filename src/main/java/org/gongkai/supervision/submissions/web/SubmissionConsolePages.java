package org.gongkai.supervision.submissions.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.commands.Command;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.files.AttachmentPolicy;
import org.gongkai.files.AttachmentPurpose;
import org.gongkai.supervision.submissions.Submission;
import org.gongkai.supervision.submissions.SubmissionCommands.AdoptSubmission;
import org.gongkai.supervision.submissions.SubmissionCommands.AttachToSubmission;
import org.gongkai.supervision.submissions.SubmissionCommands.DeclineSubmission;
import org.gongkai.supervision.submissions.SubmissionCommands.EditSubmission;
import org.gongkai.supervision.submissions.SubmissionCommands.RecordInstruction;
import org.gongkai.supervision.submissions.SubmissionCommands.SubmitInformation;
import org.gongkai.supervision.submissions.SubmissionLifecycle;
import org.gongkai.supervision.submissions.SubmissionLifecycle.Action;
import org.gongkai.supervision.submissions.SubmissionRankings;
import org.gongkai.supervision.submissions.Submissions;
import org.gongkai.supervision.submissions.SupervisionOffice;
import org.gongkai.web.FailedAction;
import org.gongkai.web.FormFields;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console pages of information submissions: the list (a unit's 信息员: their units'; the office: every unit's), the
 * form to submit, a submission's page with the office's actions the lifecycle and the server allow (edit, adopt,
 * instruct, decline) and the unit's attachment form, the rankings by period and the points drill-down of a month.
 */
@Controller
class SubmissionConsolePages {

    static final String BASE = "/console/supervision/submissions";

    /** The page's forms: path segment → the lifecycle action it runs. */
    static final Map<String, Action> FORMS = new LinkedHashMap<>();

    static {
        FORMS.put("adopt", Action.ADOPT);
        FORMS.put("instruct", Action.INSTRUCT);
        FORMS.put("edit", Action.EDIT);
        FORMS.put("decline", Action.DECLINE);
    }

    private final CommandDispatcher commands;
    private final Submissions submissions;
    private final SubmissionRankings rankings;
    private final SupervisionOffice office;
    private final AttachmentPolicy policy;
    private final java.time.Clock clock;

    SubmissionConsolePages(CommandDispatcher commands, Submissions submissions, SubmissionRankings rankings,
            SupervisionOffice office, AttachmentPolicy policy, java.time.Clock clock) {
        this.clock = clock;
        this.commands = commands;
        this.submissions = submissions;
        this.rankings = rankings;
        this.office = office;
        this.policy = policy;
    }

    @GetMapping(BASE)
    String list(Model model) {
        Actor actor = Actor.require();
        model.addAttribute("rows", submissions.list(actor, null));
        model.addAttribute("names", names());
        model.addAttribute("mayCreate", actor.hasRole(Role.EDITOR));
        model.addAttribute("isOffice", submissions.isOffice(actor));
        return "supervision/submissions/list";
    }

    @GetMapping(BASE + "/new")
    String form(Model model) {
        return newPage(model, null, null, null, null);
    }

    @PostMapping(BASE + "/new")
    String submit(@RequestParam(required = false) String unitCode, @RequestParam(required = false) String title,
            @RequestParam(required = false) String text, @RequestParam(required = false) MultipartFile file,
            Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        try {
            Submission s = commands.dispatch(new SubmitInformation(unitCode, title, text));
            if (file != null && !file.isEmpty()) {
                try {
                    commands.dispatch(new AttachToSubmission(s.id(), file.getOriginalFilename(), file.getBytes()));
                } catch (GongkaiException e) {
                    redirect.addFlashAttribute("failure", "信息已报送，但附件未能保存：" + e.getMessage());
                    return "redirect:" + BASE + "/" + s.id();
                }
            }
            redirect.addFlashAttribute("notice", "已报送");
            return "redirect:" + BASE + "/" + s.id();
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.FORBIDDEN) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            return newPage(model, FailedAction.of("submit", "unitCode", unitCode, "title", title, "text", text)
                    .refusedWith(e), unitCode, title, text);
        }
    }

    private String newPage(Model model, FailedAction failed, String unitCode, String title, String text) {
        Actor actor = Actor.require();
        if (!actor.hasRole(Role.EDITOR)) {
            throw new GongkaiException(ErrorCode.FORBIDDEN);
        }
        List<FormFields.Option> units = actor.unitsWithRole(Role.EDITOR).stream().sorted()
                .map(id -> office.unit(id).orElseThrow())
                .map(u -> new FormFields.Option(u.creditCode(), u.name())).toList();
        model.addAttribute("units", units);
        model.addAttribute("failed", failed == null ? FailedAction.NONE : failed);
        model.addAttribute("fileHint", policy.hint(AttachmentPurpose.INFORMATION_SUBMISSION));
        model.addAttribute("accept", AttachmentPurpose.INFORMATION_SUBMISSION.accept());
        return "supervision/submissions/new";
    }

    @GetMapping(BASE + "/{id}")
    String page(@PathVariable long id, Model model) {
        return render(id, model, FailedAction.NONE);
    }

    @PostMapping(BASE + "/{id}/attach")
    String attach(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Model model,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw GongkaiException.invalid("file", "请选择文件");
            }
            commands.dispatch(new AttachToSubmission(id, file.getOriginalFilename(), file.getBytes()));
            redirect.addFlashAttribute("notice", "附件已添加");
            return "redirect:" + BASE + "/" + id;
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.NOT_FOUND || e.code() == ErrorCode.FORBIDDEN) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            return render(id, model, FailedAction.of("attach", Map.of()).refusedWith(
                    new GongkaiException(e.code(), e.getMessage(), "file")));
        }
    }

    @PostMapping(BASE + "/{id}/{form}")
    String act(@PathVariable long id, @PathVariable String form, @RequestParam Map<String, String> params,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!FORMS.containsKey(form)) {
            throw GongkaiException.notFound();
        }
        params.remove("_csrf");
        try {
            commands.dispatch(command(id, form, params));
            redirect.addFlashAttribute("notice", "已保存");
            return "redirect:" + BASE + "/" + id;
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.NOT_FOUND || e.code() == ErrorCode.FORBIDDEN) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            return render(id, model, FailedAction.of(form, params).refusedWith(e));
        }
    }

    static Command command(long id, String form, Map<String, String> p) {
        return switch (form) {
            case "adopt" -> new AdoptSubmission(id, p.get("publication"), p.get("on"));
            case "instruct" -> new RecordInstruction(id, p.get("level"), p.get("leader"), p.get("on"), p.get("text"));
            case "edit" -> new EditSubmission(id, p.get("title"), p.get("text"));
            default -> new DeclineSubmission(id, p.get("reason"));
        };
    }

    private String render(long id, Model model, FailedAction failed) {
        Actor actor = Actor.require();
        Submission s = submissions.readable(actor, id);
        var allowed = SubmissionLifecycle.TABLE.allowedActions(s.status());
        List<String> offered = FORMS.entrySet().stream().filter(e -> allowed.contains(e.getValue()))
                .filter(e -> commands.permits(actor, command(id, e.getKey(), Map.of())))
                .map(Map.Entry::getKey).toList();
        boolean mayAttach = allowed.contains(Action.ATTACH)
                && commands.permits(actor, new AttachToSubmission(id, "", new byte[0]));
        model.addAttribute("s", s);
        model.addAttribute("unitName", office.unit(s.unitId()).map(u -> u.name()).orElse(""));
        model.addAttribute("offered", offered);
        model.addAttribute("mayAttach", mayAttach);
        model.addAttribute("failed", failed);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("publications", submissions.settings().publications());
        model.addAttribute("levels", submissions.settings().instructionLevels());
        model.addAttribute("fileHint", policy.hint(AttachmentPurpose.INFORMATION_SUBMISSION));
        model.addAttribute("accept", AttachmentPurpose.INFORMATION_SUBMISSION.accept());
        return "supervision/submissions/page";
    }

    @GetMapping(BASE + "/rankings")
    String rankings(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Model model, HttpServletResponse response) {
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        try {
            LocalDate[] period = rankings.period(from, to);
            model.addAttribute("from", period[0]);
            model.addAttribute("to", period[1]);
            model.addAttribute("rows", rankings.ranking(period[0], period[1]));
        } catch (GongkaiException e) {
            response.setStatus(e.code().status().value());
            model.addAttribute("rows", List.of());
            model.addAttribute("problemField", e.field());
            model.addAttribute("problem", e.getMessage());
        }
        return "supervision/submissions/rankings";
    }

    @GetMapping(BASE + "/points")
    String points(@RequestParam(defaultValue = "") String unitCode, @RequestParam(defaultValue = "") String period,
            Model model) {
        Actor actor = Actor.require();
        var unit = office.unit(unitCode).filter(u -> office.scope(actor).contains(u.id()))
                .orElseThrow(GongkaiException::notFound);
        YearMonth month;
        try {
            month = YearMonth.parse(period);
        } catch (java.time.format.DateTimeParseException e) {
            throw new GongkaiException(ErrorCode.INVALID_DATE, "期间格式为 YYYY-MM", "period");
        }
        model.addAttribute("unit", unit);
        model.addAttribute("period", month);
        model.addAttribute("lines", submissions.pointLines(unit.id(), month.atDay(1), month.atEndOfMonth()));
        return "supervision/submissions/points";
    }

    private Map<Long, String> names() {
        Map<Long, String> names = new java.util.HashMap<>();
        office.allUnits().forEach(u -> names.put(u.id(), u.name()));
        return names;
    }
}
