package org.gongkai.organisation.web;

import jakarta.validation.Valid;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.organisation.OrganisationService;
import org.gongkai.organisation.Unit;
import org.gongkai.organisation.UnitLetters;
import org.gongkai.organisation.UnitType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The unit tree (within the data scope) and the unit form for the system administrator. */
@Controller
@RequestMapping("/console/organisation/units")
class UnitPages {

    private final OrganisationService organisation;
    private final UnitLetters letters;

    UnitPages(OrganisationService organisation, UnitLetters letters) {
        this.organisation = organisation;
        this.letters = letters;
    }

    @GetMapping
    String tree(Model model) {
        model.addAttribute("nodes", organisation.unitTree(Actor.require()));
        return "organisation/units";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new UnitForm());
        return form(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, null);
        }
        try {
            Unit unit = letters.create(form.details(), form.letterSettings());
            redirect.addFlashAttribute("notice", "已创建单位：" + unit.name());
            return "redirect:/console/organisation/units";
        } catch (GongkaiException e) {
            Forms.reject(result, e);
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Unit unit = organisation.unit(Actor.require(), id);
        model.addAttribute("form", UnitForm.of(unit, letters.settings(Actor.require(), id)));
        return form(model, id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        organisation.unit(Actor.require(), id);
        if (result.hasErrors()) {
            return form(model, id);
        }
        try {
            Unit unit = letters.update(id, form.details(), form.letterSettings());
            redirect.addFlashAttribute("notice", "已保存单位：" + unit.name());
            return "redirect:/console/organisation/units";
        } catch (GongkaiException e) {
            Forms.reject(result, e);
            return form(model, id);
        }
    }

    private String form(Model model, Long id) {
        model.addAttribute("unitId", id);
        model.addAttribute("types", UnitType.values());
        model.addAttribute("parents", organisation.allUnits().stream().filter(u -> !u.id().equals(id)).toList());
        model.addAttribute("regions", organisation.regions());
        return "organisation/unit-form";
    }
}
