package org.gongkai.trading.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.DateRange;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.trading.experts.ExpertCommands;
import org.gongkai.trading.experts.ExpertInput;
import org.gongkai.trading.experts.ExpertPool;
import org.gongkai.web.FailedAction;
import org.gongkai.web.FormFields;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The expert-pool administrator's console ({@code /console/trading/experts}): the pool a page at a time with ID
 * numbers and phones masked and a filter by specialty, status and id or name; an expert's page with them decrypted
 * (each opening audited {@code VIEW_EXPERT}), the centre's ratings, and the edit form (the {@code EditExpert}
 * command). Former employers and declared conflicts are edited as lines of text. No script.
 */
@Controller
class ExpertConsolePages {

    static final List<FormFields.Option> STATUSES = List.of(new FormFields.Option("ACTIVE", "可抽取（ACTIVE）"),
            new FormFields.Option("SUSPENDED", "暂停（SUSPENDED）"), new FormFields.Option("BLACKLISTED", "禁入（BLACKLISTED）"),
            new FormFields.Option("ON_LEAVE", "请假（ON_LEAVE）"));

    /** The edit form's and the filter's limits (the inputs read maxlength from here). */
    record ExpertForm(@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 50) String name,
            @jakarta.validation.constraints.Size(max = 18) String idNumber,
            @jakarta.validation.constraints.Size(max = 100) String title,
            @jakarta.validation.constraints.Size(max = 18) String employerCode,
            @jakarta.validation.constraints.Size(max = 2000) String formerEmployers,
            @jakarta.validation.constraints.Size(max = 3000) String conflicts,
            @jakarta.validation.constraints.Size(max = 10) String statusFrom,
            @jakarta.validation.constraints.Size(max = 10) String statusUntil,
            @jakarta.validation.constraints.Size(max = 20) String phone,
            @jakarta.validation.constraints.Size(max = 100) String region,
            @jakarta.validation.constraints.Size(max = 50) String q) {}

    private final ExpertPool pool;
    private final CommandDispatcher commands;
    private final DateRange dates;

    ExpertConsolePages(ExpertPool pool, CommandDispatcher commands, DateRange dates) {
        this.pool = pool;
        this.commands = commands;
        this.dates = dates;
    }

    @GetMapping("/console/trading/experts")
    String list(@RequestParam(required = false) String specialty, @RequestParam(required = false) String status,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("specialty", specialty);
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("specialties", options());
        model.addAttribute("statuses", STATUSES);
        try {
            model.addAttribute("result", pool.list(Actor.require(), specialty, status, q, page));
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.FORBIDDEN) {
                throw e;
            }
            model.addAttribute("problemField", e.field());
            model.addAttribute("problem", e.getMessage());
        }
        return "trading/console-experts";
    }

    @GetMapping("/console/trading/experts/{expertId}")
    String expert(@PathVariable String expertId, Model model) {
        return page(expertId, FailedAction.NONE, model);
    }

    private String page(String expertId, FailedAction failed, Model model) {
        ExpertPool.Detail d = pool.detail(Actor.require(), expertId);
        ExpertInput e = d.expert();
        model.addAttribute("e", e);
        model.addAttribute("d", d);
        model.addAttribute("specialties", options());
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("former", String.join("\n", e.formerEmployers().stream()
                .map(f -> f.code() + "," + f.until()).toList()));
        model.addAttribute("conflictLines", String.join("\n", e.conflicts().stream()
                .map(c -> c.partyCode() + "," + c.kind()).toList()));
        model.addAttribute("failed", failed);
        return "trading/console-expert";
    }

    @PostMapping("/console/trading/experts/{expertId}")
    String edit(@PathVariable String expertId, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        Map<String, String> p = new HashMap<>();
        params.forEach((k, v) -> p.put(k, String.join(",", v)));
        try {
            ExpertInput in = new ExpertInput(expertId, p.get("name"), p.get("idNumber"),
                    params.getOrDefault("specialties", List.of()), p.get("title"), p.get("employerCode"),
                    former(p.get("formerEmployers")), conflicts(p.get("conflicts")), p.get("status"),
                    dates.parse("statusFrom", p.get("statusFrom")), dates.parse("statusUntil", p.get("statusUntil")),
                    p.get("phone"), p.get("region"));
            commands.dispatch(new ExpertCommands.EditExpert(expertId, in));
            redirect.addFlashAttribute("success", "已保存专家资料。");
            return "redirect:/console/trading/experts/" + expertId;
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.NOT_FOUND || e.code() == ErrorCode.FORBIDDEN) {
                throw e;
            }
            return page(expertId, FailedAction.of("expert", p).refusedWith(e), model);
        }
    }

    private List<FormFields.Option> options() {
        return pool.specialties().stream().map(s -> new FormFields.Option(s.code(), s.code() + " " + s.name())).toList();
    }

    /** Lines {@code code,YYYY-MM-DD}. */
    private List<ExpertInput.Former> former(String text) {
        List<ExpertInput.Former> out = new ArrayList<>();
        for (String line : lines(text)) {
            String[] parts = line.split("[,，]", -1);
            if (parts.length != 2) {
                throw GongkaiException.invalid("formerEmployers", "每行写一个曾任职单位：统一社会信用代码,离职日期（YYYY-MM-DD）");
            }
            LocalDate until = dates.parse("formerEmployers", parts[1]);
            out.add(new ExpertInput.Former(parts[0].strip(), until));
        }
        return out;
    }

    /** Lines {@code code,KIND}. */
    private static List<ExpertInput.Conflict> conflicts(String text) {
        List<ExpertInput.Conflict> out = new ArrayList<>();
        for (String line : lines(text)) {
            String[] parts = line.split("[,，]", -1);
            if (parts.length != 2) {
                throw GongkaiException.invalid("conflicts", "每行写一项利害关系：统一社会信用代码,类型（RELATIVE、FINANCIAL 或 OTHER）");
            }
            out.add(new ExpertInput.Conflict(parts[0].strip(), parts[1].strip()));
        }
        return out;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
