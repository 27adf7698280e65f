package org.gongkai.requests.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.common.GongkaiException;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.gongkai.requests.DecisionCode;
import org.gongkai.requests.RequestRegister;
import org.gongkai.web.FormFields;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public register of answered requests (#10): the list with its search form (GET, works without JavaScript;
 * a bad value is shown at its field with what was typed), an entry page per request, and the per-unit statistics.
 */
@Controller
class RegisterPages {

    private final RequestRegister register;

    RegisterPages(RequestRegister register) {
        this.register = register;
    }

    public record PageLink(String label, String href, boolean current) {}

    @GetMapping("/requests/register")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "") String decision, @RequestParam(defaultValue = "1") String page,
            Model model) {
        Map<String, String> problems = new LinkedHashMap<>();
        List<UnitView> units = register.listedUnits();
        String text = q.strip();
        if (text.length() > RegisterSearchForm.Q_MAX) {
            problems.put("q", "检索词不能超过" + RegisterSearchForm.Q_MAX + "个字");
        }
        Long unitId = null;
        if (!unit.isBlank()) {
            unitId = units.stream().filter(u -> u.creditCode().equals(unit.strip())).map(UnitView::id).findFirst()
                    .orElse(null);
            if (unitId == null) {
                problems.put("unit", "请从列表中选择受理单位");
            }
        }
        DecisionCode.Group group = null;
        if (!decision.isBlank()) {
            try {
                group = DecisionCode.Group.valueOf(decision.strip());
            } catch (IllegalArgumentException e) {
                problems.put("decision", "请从列表中选择办理结果");
            }
        }
        int pageNumber = pageNumber(page);
        model.addAttribute("q", cut(q, RegisterSearchForm.Q_MAX + 20));
        model.addAttribute("unit", cut(unit, 40));
        model.addAttribute("decision", cut(decision, 40));
        model.addAttribute("problems", problems);
        model.addAttribute("unitOptions", units.stream().map(u -> new FormFields.Option(u.creditCode(), u.name())).toList());
        model.addAttribute("decisionOptions", java.util.Arrays.stream(DecisionCode.Group.values())
                .map(g -> new FormFields.Option(g.name(), g.label())).toList());
        if (problems.isEmpty()) {
            RequestRegister.Page result = register.search(new RequestRegister.Query(text, unitId, group, pageNumber));
            model.addAttribute("result", result);
            model.addAttribute("pages", pages(result, text, unit.strip(), decision.strip()));
        }
        return "requests/register-list";
    }

    @GetMapping("/requests/register/statistics")
    String statistics(Model model) {
        model.addAttribute("statistics", register.statistics().orElse(null));
        model.addAttribute("groups", DecisionCode.Group.values());
        model.addAttribute("codes", DecisionCode.values());
        return "requests/register-statistics";
    }

    @GetMapping("/requests/register/{id}")
    String entry(@PathVariable String id, Model model) {
        if (!id.matches("[0-9]{1,18}")) {
            throw GongkaiException.notFound();
        }
        model.addAttribute("entry", register.entry(Long.parseLong(id)));
        return "requests/register-entry";
    }

    /** Page 1 for anything that is not a page number; at most the last page the register serves. */
    static int pageNumber(String page) {
        if (page == null || !page.strip().matches("[0-9]{1,6}")) {
            return 1;
        }
        return Math.max(1, Math.min(RequestRegister.MAX_PAGE, Integer.parseInt(page.strip())));
    }

    private static List<PageLink> pages(RequestRegister.Page result, String q, String unit, String decision) {
        List<PageLink> links = new ArrayList<>();
        if (result.pages() <= 1) {
            return links;
        }
        int from = Math.max(1, result.page() - 4);
        int to = Math.min(result.pages(), from + 9);
        if (result.page() > 1) {
            links.add(new PageLink("上一页", href(q, unit, decision, result.page() - 1), false));
        }
        for (int p = from; p <= to; p++) {
            links.add(new PageLink(Integer.toString(p), href(q, unit, decision, p), p == result.page()));
        }
        if (result.page() < result.pages()) {
            links.add(new PageLink("下一页", href(q, unit, decision, result.page() + 1), false));
        }
        return links;
    }

    static String href(String q, String unit, String decision, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/requests/register");
        Map<String, Object> values = new LinkedHashMap<>();
        if (!q.isEmpty()) {
            b.queryParam("q", "{q}");
            values.put("q", q);
        }
        if (!unit.isEmpty()) {
            b.queryParam("unit", "{unit}");
            values.put("unit", unit);
        }
        if (!decision.isEmpty()) {
            b.queryParam("decision", "{decision}");
            values.put("decision", decision);
        }
        if (page > 1) {
            b.queryParam("page", "{page}");
            values.put("page", page);
        }
        return b.encode().buildAndExpand(values).toUriString();
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
