package org.gongkai.trading.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.audit.AuditLog;
import org.gongkai.commands.Command;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.trading.TradingScope;
import org.gongkai.trading.draws.DrawCommands;
import org.gongkai.trading.draws.DrawRecord;
import org.gongkai.trading.draws.Draws;
import org.gongkai.trading.experts.ExpertCommands;
import org.gongkai.trading.experts.ExpertPool;
import org.gongkai.trading.experts.ExpertRepository;
import org.gongkai.trading.projects.Project;
import org.gongkai.trading.projects.ProjectListing;
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
 * The trading officer's console ({@code /console/trading}): the projects of its units; a project's page with its
 * draws, the draw form (specialty, count, committee size → the commitment and pool digest, never a name), the
 * evaluation start and the ratings of the experts drawn; a draw's operator page with the selected experts' names and
 * phones (each reading audited {@code VIEW_DRAW_CONTACTS}), the decline form and the replacement draw. Plain forms
 * through the same commands as the API; no script.
 */
@Controller
class TradingConsolePages {

    static final int PAGE_SIZE = 50;

    private final ProjectListing listing;
    private final Draws draws;
    private final ExpertRepository experts;
    private final ExpertPool pool;
    private final TradingScope scope;
    private final CommandDispatcher commands;
    private final AuditLog audit;
    private final java.time.Clock clock;

    TradingConsolePages(ProjectListing listing, Draws draws, ExpertRepository experts, ExpertPool pool,
            TradingScope scope, CommandDispatcher commands, AuditLog audit, java.time.Clock clock) {
        this.clock = clock;
        this.listing = listing;
        this.draws = draws;
        this.experts = experts;
        this.pool = pool;
        this.scope = scope;
        this.commands = commands;
        this.audit = audit;
    }

    @GetMapping("/console/trading")
    String projects(@RequestParam(defaultValue = "1") int page, Model model) {
        Set<Long> units = scope.officerUnits(Actor.require());
        int total = listing.count(units);
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page < 1 || page > pages) {
            throw GongkaiException.invalid("page", "页码应在 1 至 " + pages + " 之间");
        }
        model.addAttribute("rows", listing.page(units, (page - 1) * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        return "trading/console-projects";
    }

    @GetMapping("/console/trading/projects/{code}")
    String project(@PathVariable String code, Model model) {
        return projectPage(code, FailedAction.NONE, model);
    }

    private String projectPage(String code, FailedAction failed, Model model) {
        if (code.length() > 60) {
            throw GongkaiException.notFound();
        }
        Project p = draws.project(Actor.require(), code);
        List<DrawRecord> list = draws.ofProject(p.id());
        Set<String> rateable = new HashSet<>();
        list.forEach(d -> d.selected().stream().filter(id -> d.declines().stream()
                .noneMatch(x -> x.expertId().equals(id))).forEach(rateable::add));
        Map<String, Integer> scores = pool.scoresOfProject(p.id());
        model.addAttribute("project", p);
        model.addAttribute("started", p.evaluationStarted(clock.instant()));
        model.addAttribute("draws", list);
        model.addAttribute("specialties", pool.specialties().stream()
                .map(s -> new FormFields.Option(s.code(), s.code() + " " + s.name())).toList());
        model.addAttribute("toRate", rateable.stream().filter(id -> !scores.containsKey(id)).sorted()
                .map(id -> new FormFields.Option(id, id)).toList());
        model.addAttribute("scores", new java.util.TreeMap<>(scores));
        model.addAttribute("failed", failed);
        return "trading/console-project";
    }

    @PostMapping("/console/trading/projects/{code}/draws")
    String draw(@PathVariable String code, @RequestParam Map<String, String> p, Model model,
            RedirectAttributes redirect) {
        boolean replacement = "true".equals(p.get("replacement"));
        String form = replacement ? "replace" : "draw";
        FailedAction typed = FailedAction.of(form, p);
        try {
            DrawCommands.Drawn drawn = commands.dispatch(new DrawCommands.DrawExperts(code, p.get("specialty"),
                    number(p, "count"), number(p, "committeeSize"), replacement));
            redirect.addFlashAttribute("success", (replacement ? "已补抽" : "已抽取") + "，抽取编号 " + drawn.drawId()
                    + "；承诺值 " + drawn.commitment() + "；候选池摘要 " + drawn.poolDigest() + "；候选 "
                    + drawn.poolSize() + " 名。");
            return "redirect:/console/trading/projects/" + code;
        } catch (GongkaiException e) {
            return refused(code, typed, e, model);
        }
    }

    @PostMapping("/console/trading/projects/{code}/evaluation-start")
    String start(@PathVariable String code, Model model, RedirectAttributes redirect) {
        return act(code, "start", Map.of(), new DrawCommands.StartEvaluation(code), "已记录评标开始，抽取记录已公开。",
                model, redirect);
    }

    @PostMapping("/console/trading/projects/{code}/ratings")
    String rate(@PathVariable String code, @RequestParam Map<String, String> p, Model model,
            RedirectAttributes redirect) {
        FailedAction typed = FailedAction.of("rate", p);
        Integer score;
        try {
            score = number(p, "score");
        } catch (GongkaiException e) {
            return refused(code, typed, e, model);
        }
        return act(code, "rate", p, new ExpertCommands.RateExpert(code, p.get("expertId"), score, p.get("comment")),
                "已保存评价。", model, redirect);
    }

    private String act(String code, String form, Map<String, String> p, Command command, String done, Model model,
            RedirectAttributes redirect) {
        try {
            commands.dispatch(command);
            redirect.addFlashAttribute("success", done);
            return "redirect:/console/trading/projects/" + code;
        } catch (GongkaiException e) {
            return refused(code, FailedAction.of(form, p), e, model);
        }
    }

    private String refused(String code, FailedAction typed, GongkaiException e, Model model) {
        if (e.code() == org.gongkai.common.ErrorCode.NOT_FOUND || e.code() == org.gongkai.common.ErrorCode.FORBIDDEN) {
            throw e;
        }
        return projectPage(code, typed.refusedWith(e), model);
    }

    /** The operator's page of a draw: the selected experts' names and phones, to notify them; audited. */
    @GetMapping("/console/trading/draws/{drawId}")
    String draw(@PathVariable String drawId, Model model) {
        return drawPage(drawId, FailedAction.NONE, model);
    }

    private String drawPage(String drawId, FailedAction failed, Model model) {
        if (drawId.length() > 40) {
            throw GongkaiException.notFound();
        }
        DrawRecord d = draws.staffDraw(Actor.require(), drawId);
        audit.success("VIEW_DRAW_CONTACTS", "TradingDraw", d.drawId(), "查看抽中专家的联系方式以通知");
        model.addAttribute("d", d);
        model.addAttribute("projectCode", draws.projectCode(d));
        model.addAttribute("contacts", experts.contacts(d.selected()));
        Set<String> declined = new HashSet<>();
        d.declines().forEach(x -> declined.add(x.expertId()));
        model.addAttribute("declinable", d.selected().stream().filter(id -> !declined.contains(id))
                .map(id -> new FormFields.Option(id, id)).toList());
        model.addAttribute("failed", failed);
        return "trading/console-draw";
    }

    @PostMapping("/console/trading/draws/{drawId}/declines")
    String decline(@PathVariable String drawId, @RequestParam Map<String, String> p, Model model,
            RedirectAttributes redirect) {
        try {
            commands.dispatch(new DrawCommands.RecordDecline(drawId, p.get("expertId"), p.get("reason")));
            redirect.addFlashAttribute("success", "已登记专家 " + p.get("expertId") + " 拒绝或缺席；请在项目页补抽。");
            return "redirect:/console/trading/draws/" + drawId;
        } catch (GongkaiException e) {
            if (e.code() == org.gongkai.common.ErrorCode.NOT_FOUND || e.code() == org.gongkai.common.ErrorCode.FORBIDDEN) {
                throw e;
            }
            return drawPage(drawId, FailedAction.of("decline", p).refusedWith(e), model);
        }
    }

    private static Integer number(Map<String, String> p, String name) {
        String v = p.get(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            throw GongkaiException.invalid(name, "请填写整数");
        }
    }
}
