package org.gongkai.supervision.inspections.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.TimeConfiguration;
import org.gongkai.supervision.inspections.FindingKind;
import org.gongkai.supervision.inspections.FindingStatus;
import org.gongkai.supervision.inspections.InspectionCommands.DismissFinding;
import org.gongkai.supervision.inspections.InspectionCommands.NewFinding;
import org.gongkai.supervision.inspections.InspectionCommands.RecordFinding;
import org.gongkai.supervision.inspections.InspectionCommands.RecordInspection;
import org.gongkai.supervision.inspections.InspectionCommands.RunPatrol;
import org.gongkai.supervision.inspections.InspectionKind;
import org.gongkai.supervision.inspections.Inspections;
import org.gongkai.supervision.inspections.PatrolRun;
import org.gongkai.supervision.tasks.TaskCommands;
import org.gongkai.supervision.tasks.TaskCommands.CreateTask;
import org.gongkai.supervision.tasks.TaskType;
import org.gongkai.web.FailedAction;
import org.gongkai.web.FormFields;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Inspections in the console (supervisors and the office head): the list with the form for a new inspection and its
 * first finding, an inspection's page with its findings — each open one offers 转为督办 (a 督查任务 through the tasks'
 * {@code CreateTask}, assigned to the finding's unit unless others are chosen) and 不需督办 — and the automatic patrol's
 * list with "巡查一次".
 */
@Controller
class InspectionConsolePages {

    static final String BASE = "/console/supervision/inspections";
    static final String PATROL = "/console/supervision/patrol";

    private final CommandDispatcher commands;
    private final Inspections inspections;
    private final Clock clock;

    InspectionConsolePages(CommandDispatcher commands, Inspections inspections, Clock clock) {
        this.commands = commands;
        this.inspections = inspections;
        this.clock = clock;
    }

    @GetMapping(BASE)
    String list(Model model) {
        return listPage(model, FailedAction.NONE);
    }

    @PostMapping(BASE)
    String record(@RequestParam Map<String, String> p, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        p.remove("_csrf");
        try {
            List<NewFinding> findings = blank(p.get("unitCode")) && blank(p.get("description")) ? List.of()
                    : List.of(new NewFinding(p.get("unitCode"), p.get("description")));
            String number = commands.dispatch(new RecordInspection(kind(p.get("kind")), p.get("title"),
                    p.get("heldOn"), p.get("notes"), findings));
            redirect.addFlashAttribute("notice", "已记录巡查 " + number);
            return "redirect:" + BASE + "/" + number;
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.FORBIDDEN) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            return listPage(model, FailedAction.of("record", p).refusedWith(field(e)));
        }
    }

    private String listPage(Model model, FailedAction failed) {
        Actor actor = Actor.require();
        model.addAttribute("inspections", inspections.list(actor));
        model.addAttribute("kinds", List.of(InspectionKind.ROUTINE, InspectionKind.UNANNOUNCED, InspectionKind.SPECIAL));
        model.addAttribute("units", units(actor));
        model.addAttribute("today", LocalDate.now(clock.withZone(TimeConfiguration.ZONE)).toString());
        model.addAttribute("failed", failed);
        return "supervision/inspections/list";
    }

    @GetMapping(BASE + "/{n}")
    String page(@PathVariable String n, Model model) {
        return render(n, model, FailedAction.NONE);
    }

    @PostMapping(BASE + "/{n}/findings")
    String addFinding(@PathVariable String n, @RequestParam Map<String, String> p, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        p.remove("_csrf");
        try {
            commands.dispatch(new RecordFinding(n, p.get("unitCode"), p.get("description")));
            redirect.addFlashAttribute("notice", "已记录问题");
            return "redirect:" + BASE + "/" + n;
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.NOT_FOUND || e.code() == ErrorCode.FORBIDDEN) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            return render(n, model, FailedAction.of("finding", p).refusedWith(e));
        }
    }

    /** An open finding made a task: 转为督办, or dismissed: 不需督办; {@code back} = patrol returns to the patrol list. */
    @PostMapping(BASE + "/{n}/findings/{id}/{form}")
    String actOnFinding(@PathVariable String n, @PathVariable long id, @PathVariable String form,
            @RequestParam Map<String, String> p, @RequestParam(name = "unitCodes", required = false) List<String> codes,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!form.equals("task") && !form.equals("dismiss")) {
            throw GongkaiException.notFound();
        }
        p.remove("_csrf");
        String formId = form + "-" + id;
        Actor actor = Actor.require();
        Inspections.FindingView f = inspections.findingView(actor, n, id);
        try {
            if (form.equals("dismiss")) {
                commands.dispatch(new DismissFinding(id, p.get("reason")));
                redirect.addFlashAttribute("notice", "已作不需督办处理");
                return "redirect:" + BASE + "/" + n;
            }
            List<String> units = codes == null || codes.isEmpty()
                    ? (f.unitCode() == null ? List.of() : List.of(f.unitCode())) : codes.stream().limit(21).toList();
            String title = blank(p.get("title")) ? shorten(f.kindLabel() + "：" + f.description(), TaskCommands.TITLE_MAX)
                    : p.get("title");
            String requirement = blank(p.get("requirement")) ? shorten("请对以下问题进行整改并报送整改情况："
                    + f.description(), TaskCommands.REQUIREMENT_MAX) : p.get("requirement");
            String task = commands.dispatch(new CreateTask(TaskType.SUPERVISION, title, requirement,
                    p.get("requiredEvidence"), units, number(p.get("limitWorkingDays"), formId), n + " "
                    + f.inspectionKind().label(), id));
            redirect.addFlashAttribute("notice", "已转为督办任务 " + task);
            return "redirect:/console/supervision/tasks/" + task;
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.NOT_FOUND || e.code() == ErrorCode.FORBIDDEN) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            return render(n, model, FailedAction.of(formId, p).refusedWith(e));
        }
    }

    private String render(String n, Model model, FailedAction failed) {
        Actor actor = Actor.require();
        model.addAttribute("i", inspections.view(actor, n));
        model.addAttribute("units", units(actor));
        model.addAttribute("failed", failed);
        return "supervision/inspections/page";
    }

    @GetMapping(PATROL)
    String patrol(@RequestParam(required = false) String status, @RequestParam(required = false) String kind,
            Model model) {
        Actor actor = Actor.require();
        FindingStatus s = parse(FindingStatus.class, status);
        FindingKind k = parse(FindingKind.class, kind);
        model.addAttribute("findings", inspections.patrolList(actor, s == null && blank(status)
                ? FindingStatus.OPEN : s, k));
        model.addAttribute("statuses", FindingStatus.values());
        model.addAttribute("kinds", List.of(FindingKind.STALE_COLUMN, FindingKind.DEAD_LINK,
                FindingKind.EXPIRED_VALID, FindingKind.PERSONAL_DATA));
        model.addAttribute("filter", Map.of("status", s == null ? (blank(status) ? "OPEN" : "") : s.name(),
                "kind", k == null ? "" : k.name()));
        model.addAttribute("failed", FailedAction.NONE);
        return "supervision/inspections/patrol";
    }

    @PostMapping(PATROL + "/runs")
    String runPatrol(RedirectAttributes redirect) {
        PatrolRun r = commands.dispatch(new RunPatrol());
        redirect.addFlashAttribute("notice", "已完成自动巡查 " + r.inspectionNumber() + "：新发现问题 " + r.total() + " 个"
                + (r.alreadyListed() > 0 ? "，" + r.alreadyListed() + " 个已在清单中" : ""));
        return "redirect:" + PATROL;
    }

    private List<FormFields.Option> units(Actor actor) {
        return inspections.units(actor).stream().map(u -> new FormFields.Option(u.creditCode(), u.name())).toList();
    }

    private static GongkaiException field(GongkaiException e) {
        if (e.field() == null || !e.field().startsWith("findings")) {
            return e;
        }
        return new GongkaiException(e.code(), e.getMessage(), e.field().contains("description") ? "description"
                : "unitCode");
    }

    static InspectionKind kind(String value) {
        InspectionKind k = parse(InspectionKind.class, value);
        return k == InspectionKind.PATROL ? null : k;
    }

    static Integer number(String value, String form) {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw GongkaiException.invalid("limitWorkingDays", "办理时限应为工作日数");
        }
    }

    static String shorten(String s, int max) {
        return s.length() > max ? s.substring(0, max - 1) + "…" : s;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
