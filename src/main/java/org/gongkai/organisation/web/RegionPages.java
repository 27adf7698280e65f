package org.gongkai.organisation.web;

import jakarta.validation.Valid;
import java.util.List;
import org.gongkai.common.GongkaiException;
import org.gongkai.organisation.OrganisationService;
import org.gongkai.organisation.Region;
import org.gongkai.organisation.RegionLevel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 行政区划: list for staff; create and rename for the system administrator. */
@Controller
@RequestMapping("/console/organisation/regions")
class RegionPages {

    private final OrganisationService organisation;

    RegionPages(OrganisationService organisation) {
        this.organisation = organisation;
    }

    /** One line of the region tree: a region and its depth. */
    record RegionLine(Region region, int depth) {}

    @GetMapping
    String list(Model model) {
        List<Region> all = organisation.regions();
        model.addAttribute("lines", tree(all));
        return "organisation/regions";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new RegionForm());
        return form(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") RegionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model);
        }
        try {
            Region region = organisation.createRegion(form.details());
            redirect.addFlashAttribute("notice", "已添加区划：" + region.name());
            return "redirect:/console/organisation/regions";
        } catch (GongkaiException e) {
            Forms.reject(result, e);
            return form(model);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Region region = organisation.region(id).orElseThrow(GongkaiException::notFound);
        model.addAttribute("region", region);
        model.addAttribute("name", region.name());
        return "organisation/region-edit";
    }

    @PostMapping("/{id}")
    String rename(@PathVariable long id, @RequestParam(defaultValue = "") String name, Model model,
            RedirectAttributes redirect) {
        Region region = organisation.region(id).orElseThrow(GongkaiException::notFound);
        try {
            organisation.renameRegion(id, name);
            redirect.addFlashAttribute("notice", "已修改区划名称：" + name.trim());
            return "redirect:/console/organisation/regions";
        } catch (GongkaiException e) {
            model.addAttribute("region", region);
            model.addAttribute("name", name);
            model.addAttribute("nameError", e.getMessage());
            return "organisation/region-edit";
        }
    }

    private String form(Model model) {
        model.addAttribute("levels", RegionLevel.values());
        model.addAttribute("parents", organisation.regions().stream()
                .filter(r -> r.level() != RegionLevel.VILLAGE).toList());
        return "organisation/region-form";
    }

    static List<RegionLine> tree(List<Region> all) {
        java.util.Map<Long, List<Region>> children = new java.util.HashMap<>();
        List<Region> roots = new java.util.ArrayList<>();
        for (Region r : all) {
            if (r.parentId() == null) {
                roots.add(r);
            } else {
                children.computeIfAbsent(r.parentId(), k -> new java.util.ArrayList<>()).add(r);
            }
        }
        List<RegionLine> lines = new java.util.ArrayList<>();
        java.util.function.BiConsumer<Region, Integer>[] walk = new java.util.function.BiConsumer[1];
        walk[0] = (r, depth) -> {
            lines.add(new RegionLine(r, depth));
            children.getOrDefault(r.id(), List.of()).forEach(c -> walk[0].accept(c, depth + 1));
        };
        roots.forEach(r -> walk[0].accept(r, 0));
        return lines;
    }
}
