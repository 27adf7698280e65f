package org.gongkai.supervision.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.organisation.UnitDirectory.UnitView;
import org.gongkai.supervision.evaluation.EvaluationCommands.SubmitEvaluation;
import org.gongkai.supervision.evaluation.Evaluations;
import org.gongkai.supervision.submissions.SupervisionOffice;
import org.gongkai.web.FormFields;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's public evaluation (社会评议): the list of units and one form per unit (plain HTML, no script), a score
 * 1–5 per question and an optional comment that only the office reads. POSTs are rate-limited per address by
 * identity's filter ({@code gongkai.identity.rate-limited-paths} lists {@code /evaluation/*}).
 */
@Controller
class EvaluationPortalPages {

    static final List<FormFields.Option> SCORES = List.of(new FormFields.Option("5", "5 分 非常满意"),
            new FormFields.Option("4", "4 分 满意"), new FormFields.Option("3", "3 分 基本满意"),
            new FormFields.Option("2", "2 分 不满意"), new FormFields.Option("1", "1 分 非常不满意"));

    private final CommandDispatcher commands;
    private final Evaluations evaluations;
    private final SupervisionOffice office;

    EvaluationPortalPages(CommandDispatcher commands, Evaluations evaluations, SupervisionOffice office) {
        this.commands = commands;
        this.evaluations = evaluations;
        this.office = office;
    }

    @GetMapping("/evaluation")
    String units(Model model) {
        model.addAttribute("units", office.allUnits().stream()
                .filter(u -> !"GOVERNMENT".equals(u.type())).toList());
        return "supervision/evaluation/units";
    }

    @GetMapping("/evaluation/{unitCode}")
    String form(@PathVariable String unitCode, Model model) {
        return page(model, unit(unitCode), Map.of(), null, null, null);
    }

    @PostMapping("/evaluation/{unitCode}")
    String submit(@PathVariable String unitCode, @RequestParam Map<String, String> params, Model model,
            HttpServletResponse response) {
        UnitView unit = unit(unitCode);
        Map<String, String> scores = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("score-") && k.length() <= 46 && scores.size() < 40) {
                scores.put(k.substring(6), v);
            }
        });
        String comment = params.get("comment");
        try {
            commands.dispatch(new SubmitEvaluation(unit.creditCode(), scores, comment));
            model.addAttribute("unit", unit);
            return "supervision/evaluation/thanks";
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            String field = e.field() != null && (e.field().startsWith("score-") || e.field().equals("comment"))
                    ? e.field() : firstQuestion();
            return page(model, unit, scores, comment, field, e.getMessage());
        }
    }

    private String firstQuestion() {
        return "score-" + evaluations.settings().questions().get(0).code();
    }

    private UnitView unit(String unitCode) {
        if (unitCode == null || unitCode.length() > 40) {
            throw GongkaiException.notFound();
        }
        return office.unit(unitCode).filter(u -> !"GOVERNMENT".equals(u.type())).orElseThrow(GongkaiException::notFound);
    }

    private String page(Model model, UnitView unit, Map<String, String> scores, String comment, String problemField,
            String problem) {
        model.addAttribute("unit", unit);
        model.addAttribute("questions", evaluations.settings().questions());
        model.addAttribute("scores", scores);
        model.addAttribute("scoreOptions", SCORES);
        model.addAttribute("comment", comment);
        model.addAttribute("problemField", problemField);
        model.addAttribute("problem", problem);
        return "supervision/evaluation/form";
    }
}
