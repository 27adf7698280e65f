package org.gongkai.web;

import java.time.Clock;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.common.Actor;
import org.gongkai.common.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's start page, the workbench (工作台): the officer's to-do counts, units and roles, and functions. */
@Controller
class ConsoleHomeController {

    record Membership(String unitName, String roles) {}

    private final Clock clock;
    private final ObjectProvider<UnitNames> units;
    private final Workbench workbench;

    ConsoleHomeController(Clock clock, ObjectProvider<UnitNames> units, Workbench workbench) {
        this.clock = clock;
        this.units = units;
        this.workbench = workbench;
    }

    @GetMapping("/console")
    String home(Model model) {
        Actor actor = Actor.require();
        model.addAttribute("actor", actor);
        model.addAttribute("greeting", greeting(LocalTime.now(clock)));
        model.addAttribute("memberships", memberships(actor.unitRoles()));
        model.addAttribute("todo", workbench.groups(actor,
                org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication()));
        return "web/console-home";
    }

    static String greeting(LocalTime time) {
        int hour = time.getHour();
        if (hour < 5) {
            return "您好";
        } else if (hour < 12) {
            return "上午好";
        } else if (hour < 18) {
            return "下午好";
        }
        return "晚上好";
    }

    private List<Membership> memberships(Map<Long, Set<Role>> unitRoles) {
        UnitNames directory = units.getIfAvailable();
        return unitRoles.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new Membership(unitName(directory, e.getKey()), e.getValue().stream()
                        .sorted(Comparator.naturalOrder())
                        .map(Role::label)
                        .collect(Collectors.joining("、"))))
                .toList();
    }

    private static String unitName(UnitNames names, long unitId) {
        return (names == null ? java.util.Optional.<String>empty() : names.nameOf(unitId)).orElse("单位 " + unitId);
    }
}
