package org.gongkai.catalogue.web;

import java.util.Map;
import java.util.stream.Collectors;
import org.gongkai.catalogue.Interpretations;
import org.gongkai.common.Actor;
import org.gongkai.organisation.UnitDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 未按时解读的政策: every policy in the actor's scope whose genre needs an interpretation and that still has none
 * after N working days (the supervisor sees the county, an editor their unit), the drill-down of {@code
 * POLICY_INTERPRETED_ON_TIME_RATE}.
 */
@Controller
class InterpretationPages {

    private final Interpretations interpretations;
    private final UnitDirectory units;

    InterpretationPages(Interpretations interpretations, UnitDirectory units) {
        this.interpretations = interpretations;
        this.units = units;
    }

    @GetMapping("/console/catalogue/interpretations")
    String overdue(Model model) {
        Map<Long, String> names = units.findAll().stream()
                .collect(Collectors.toMap(UnitDirectory.UnitView::id, UnitDirectory.UnitView::name));
        model.addAttribute("overdue", interpretations.overdue(Actor.require()));
        model.addAttribute("unitNames", names);
        return "catalogue/console/interpretations";
    }
}
