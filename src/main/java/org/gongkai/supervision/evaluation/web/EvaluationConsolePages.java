package org.gongkai.supervision.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.supervision.evaluation.Evaluations;
import org.gongkai.supervision.submissions.SupervisionOffice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The office's summary of public evaluations per unit and month, and one unit's month with its comments. */
@Controller
class EvaluationConsolePages {

    private final Evaluations evaluations;
    private final SupervisionOffice office;
    private final Clock clock;

    EvaluationConsolePages(Evaluations evaluations, SupervisionOffice office, Clock clock) {
        this.evaluations = evaluations;
        this.office = office;
        this.clock = clock;
    }

    @GetMapping("/console/supervision/evaluations")
    String summary(@RequestParam(required = false) String period, Model model, HttpServletResponse response) {
        Actor actor = Actor.require();
        YearMonth month = YearMonth.now(clock);
        if (period != null && !period.isBlank()) {
            try {
                month = parse(period);
            } catch (GongkaiException e) {
                response.setStatus(e.code().status().value());
                model.addAttribute("problem", e.getMessage());
            }
        }
        model.addAttribute("period", period == null || period.isBlank() ? month.toString() : period);
        model.addAttribute("month", month);
        model.addAttribute("questions", evaluations.settings().questions());
        model.addAttribute("rows", model.containsAttribute("problem") ? List.of()
                : evaluations.summary(office.scope(actor), month));
        return "supervision/evaluation/summary";
    }

    @GetMapping("/console/supervision/evaluations/{unitCode}")
    String unit(@PathVariable String unitCode, @RequestParam(defaultValue = "") String period, Model model) {
        Actor actor = Actor.require();
        var unit = office.unit(unitCode).filter(u -> office.scope(actor).contains(u.id()))
                .orElseThrow(GongkaiException::notFound);
        YearMonth month = period.isBlank() ? YearMonth.now(clock) : parse(period);
        model.addAttribute("unit", unit);
        model.addAttribute("month", month);
        model.addAttribute("questions", evaluations.settings().questions());
        model.addAttribute("summary", evaluations.summary(List.of(unit.id()), month).stream().findFirst().orElse(null));
        model.addAttribute("comments", evaluations.comments(unit.id(), month));
        return "supervision/evaluation/unit";
    }

    static YearMonth parse(String period) {
        try {
            YearMonth month = YearMonth.parse(period.strip());
            if (month.getYear() < 2000 || month.getYear() > 2100) {
                throw new GongkaiException(ErrorCode.INVALID_DATE, "月份超出范围", "period");
            }
            return month;
        } catch (DateTimeParseException e) {
            throw new GongkaiException(ErrorCode.INVALID_DATE, "月份格式为 YYYY-MM", "period");
        }
    }
}
