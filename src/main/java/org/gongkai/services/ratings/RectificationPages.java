package org.gongkai.services.ratings;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.commands.Command;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.services.ratings.RatingCommands.AppealRating;
import org.gongkai.services.ratings.RatingCommands.CloseRectification;
import org.gongkai.services.ratings.RatingCommands.ConfirmBadRating;
import org.gongkai.services.ratings.RatingCommands.DecideAppeal;
import org.gongkai.services.ratings.RatingCommands.ExplainBadRating;
import org.gongkai.services.ratings.RatingCommands.RecordRectification;
import org.gongkai.web.FailedAction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's rectification queue and page: pending bad ratings by respond date (late ones marked), and on the page
 * only the action forms the lifecycle allows now and the viewer may run; each form posts to one handler that
 * dispatches its command; a refusal shows the page again with the reason at the field.
 */
@Controller
class RectificationPages {

    /** The page's forms: path segment → the lifecycle action it runs. */
    static final Map<String, RectificationAction> FORMS = new LinkedHashMap<>();

    static {
        FORMS.put("confirm", RectificationAction.CONFIRM);
        FORMS.put("explain", RectificationAction.EXPLAIN);
        FORMS.put("rectify", RectificationAction.RECORD_RECTIFICATION);
        FORMS.put("close", RectificationAction.CLOSE);
        FORMS.put("appeal", RectificationAction.APPEAL);
        FORMS.put("decide-appeal", RectificationAction.UPHOLD_APPEAL);
    }

    /** An option of a select. */
    record Choice(String value, String label) {}

    private final RatingRepository repository;
    private final CommandDispatcher commands;
    private final UnitDirectory units;
    private final Ratings ratings;

    RectificationPages(RatingRepository repository, CommandDispatcher commands, UnitDirectory units, Ratings ratings) {
        this.repository = repository;
        this.commands = commands;
        this.units = units;
        this.ratings = ratings;
    }

    @GetMapping("/console/services/rectifications")
    String queue(@RequestParam(defaultValue = "true") boolean pending, Model model) {
        var scope = units.visibleUnits(Actor.require(), RatingCommandHandlers.READERS);
        model.addAttribute("rows", repository.queue(scope, pending, 200));
        model.addAttribute("pending", pending);
        model.addAttribute("today", ratings.today());
        return "services/rectifications";
    }

    @GetMapping("/console/services/rectifications/{id}")
    String page(@PathVariable long id, Model model) {
        return render(id, model, FailedAction.NONE);
    }

    @PostMapping("/console/services/rectifications/{id}/{form}")
    String act(@PathVariable long id, @PathVariable String form, @RequestParam Map<String, String> params,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!FORMS.containsKey(form)) {
            throw GongkaiException.notFound();
        }
        params.remove("_csrf");
        try {
            commands.dispatch(command(id, form, params));
            redirect.addFlashAttribute("notice", "已保存");
            return "redirect:/console/services/rectifications/" + id;
        } catch (GongkaiException e) {
            if (e.code() == org.gongkai.common.ErrorCode.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            return render(id, model, FailedAction.of(form, params).refusedWith(e));
        }
    }

    static Command command(long id, String form, Map<String, String> p) {
        return switch (form) {
            case "confirm" -> new ConfirmBadRating(id, p.get("response"), date(p));
            case "explain" -> new ExplainBadRating(id, p.get("explanation"), date(p));
            case "rectify" -> new RecordRectification(id, p.get("measures"), date(p));
            case "close" -> new CloseRectification(id, p.get("callbackNote"), p.get("outcome"), date(p));
            case "appeal" -> new AppealRating(id, p.get("reason"));
            default -> new DecideAppeal(id, "true".equals(p.get("upheld")), p.get("note"));
        };
    }

    /** The step's date field: empty = today; else strict YYYY-MM-DD within the platform's range. */
    private static java.time.LocalDate date(Map<String, String> p) {
        String text = p.get("on");
        return text == null || text.isBlank() ? null : org.gongkai.common.DateRange.current().parse("on", text.strip());
    }

    private String render(long id, Model model, FailedAction failed) {
        Actor actor = Actor.require();
        Rectification x = repository.find(id).orElseThrow(GongkaiException::notFound);
        if (!x.within(units.visibleUnits(actor, RatingCommandHandlers.READERS))) {
            throw GongkaiException.outOfScope("Rectification", id);
        }
        var allowed = RectificationLifecycle.TABLE.allowedActions(x.status());
        List<String> offered = FORMS.entrySet().stream()
                .filter(e -> allowed.contains(e.getValue()))
                .filter(e -> commands.permits(actor, command(id, e.getKey(), Map.of())))
                .map(Map.Entry::getKey).toList();
        model.addAttribute("x", x);
        model.addAttribute("levelLabel", RatingLevel.labelOf(x.rating().level()));
        model.addAttribute("offered", offered);
        model.addAttribute("failed", failed);
        model.addAttribute("late", x.late(ratings.today()));
        model.addAttribute("today", ratings.today());
        model.addAttribute("appealChoices", List.of(new Choice("false", "驳回，继续整改"), new Choice("true", "同意，撤销该差评")));
        return "services/rectification";
    }
}
