package org.gongkai.organisation.web;

import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.Map;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.organisation.OrganisationService;
import org.gongkai.organisation.Staff;
import org.gongkai.organisation.Unit;
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

/**
 * Staff records within the data scope (mobile masked), the staff form for the system administrator and
 * the role form (授权) for the security administrator.
 */
@Controller
@RequestMapping("/console/organisation/staff")
class StaffPages {

    private final OrganisationService organisation;

    StaffPages(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long unitId, Model model) {
        Actor actor = Actor.require();
        model.addAttribute("staff", organisation.staff(actor, unitId));
        model.addAttribute("units", organisation.visibleUnits(actor));
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("unitId", unitId);
        return "organisation/staff-list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        Actor actor = Actor.require();
        model.addAttribute("person", organisation.staff(actor, id));
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("maySeeRoles", actor.hasRole(Role.SECURITY_ADMIN));
        model.addAttribute("mayEdit", actor.hasRole(Role.SYSTEM_ADMIN));
        return "organisation/staff-detail";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new StaffForm());
        return form(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") StaffForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, null);
        }
        try {
            Staff staff = organisation.createStaff(form.details());
            redirect.addFlashAttribute("notice", "已创建人员：" + staff.displayName());
            return "redirect:/console/organisation/staff/" + staff.id();
        } catch (GongkaiException e) {
            Forms.reject(result, e);
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", StaffForm.of(organisation.staff(Actor.require(), id)));
        return form(model, id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") StaffForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Staff existing = organisation.staff(Actor.require(), id);
        form.setUsername(existing.username());
        if (result.hasErrors()) {
            return form(model, id);
        }
        try {
            organisation.updateStaff(id, form.details());
            redirect.addFlashAttribute("notice", "已保存人员信息");
            return "redirect:/console/organisation/staff/" + id;
        } catch (GongkaiException e) {
            Forms.reject(result, e);
            return form(model, id);
        }
    }

    @GetMapping("/{id}/roles")
    String roles(@PathVariable long id, Model model) {
        model.addAttribute("form", new RoleForm());
        return roleForm(id, model);
    }

    @PostMapping("/{id}/roles")
    String grant(@PathVariable long id, @Valid @ModelAttribute("form") RoleForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return roleForm(id, model);
        }
        try {
            organisation.grantRole(id, form.getUnitId(), form.getRole());
            redirect.addFlashAttribute("notice", "已授予角色：" + form.getRole().label());
            return "redirect:/console/organisation/staff/" + id + "/roles";
        } catch (GongkaiException e) {
            Forms.reject(result, e);
            return roleForm(id, model);
        }
    }

    @PostMapping("/{id}/roles/revoke")
    String revoke(@PathVariable long id, @RequestParam long unitId, @RequestParam Role role,
            RedirectAttributes redirect) {
        try {
            organisation.revokeRole(id, unitId, role);
            redirect.addFlashAttribute("notice", "已取消角色：" + role.label());
        } catch (GongkaiException e) {
            if (e.code() == org.gongkai.common.ErrorCode.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/console/organisation/staff/" + id + "/roles";
    }

    private String roleForm(long id, Model model) {
        Actor actor = Actor.require();
        model.addAttribute("person", organisation.staff(actor, id));
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("units", staffed(organisation.visibleUnits(actor)));
        model.addAttribute("roles", Role.values());
        return "organisation/staff-roles";
    }

    private String form(Model model, Long id) {
        model.addAttribute("staffId", id);
        model.addAttribute("units", staffed(organisation.allUnits()));
        return "organisation/staff-form";
    }

    /** Units that may have staff: not the external issuers (issue #10). */
    private static java.util.List<Unit> staffed(java.util.List<Unit> units) {
        return units.stream().filter(u -> u.type() != org.gongkai.organisation.UnitType.EXTERNAL_ISSUER).toList();
    }

    private Map<Long, String> unitNames() {
        Map<Long, String> names = new HashMap<>();
        for (Unit u : organisation.allUnits()) {
            names.put(u.id(), u.name());
        }
        return names;
    }
}
