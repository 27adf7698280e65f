package org.gongkai.gazette.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.gazette.Gazette;
import org.gongkai.gazette.GazetteAccess;
import org.gongkai.gazette.GazetteCommands.AddGazetteEntry;
import org.gongkai.gazette.GazetteCommands.CreateGazetteIssue;
import org.gongkai.gazette.GazetteCommands.MoveGazetteEntry;
import org.gongkai.gazette.GazetteCommands.PublishGazetteIssue;
import org.gongkai.gazette.GazetteCommands.RemoveGazetteEntry;
import org.gongkai.gazette.GazetteCommands.SaveGazettePlace;
import org.gongkai.gazette.GazetteIssue;
import org.gongkai.gazette.Place;
import org.gongkai.gazette.PlaceKind;
import org.gongkai.web.FailedAction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's gazette console: the issues of a year and a new issue; an issue's editor (the documents it carries by
 * section, moved up or down or to another section, taken out; the published documents that may go in; publication);
 * the distribution list; and the delivery notes of a published issue, one per place, printable. Every change is a
 * command through the dispatcher; a refused one shows the page again with the reason at its form.
 */
@Controller
class GazetteConsolePages {

    private final Gazette gazette;
    private final GazetteAccess access;
    private final CommandDispatcher commands;
    private final Clock clock;

    GazetteConsolePages(Gazette gazette, GazetteAccess access, CommandDispatcher commands, Clock clock) {
        this.gazette = gazette;
        this.access = access;
        this.commands = commands;
        this.clock = clock;
    }

    /** An option of a select. */
    public record Option(String value, String label) {}

    @GetMapping("/console/gazette")
    String issues(@RequestParam(required = false) String year, Model model) {
        Actor actor = worker();
        int y = LocalDate.now(clock).getYear();
        if (year != null && year.matches("\\d{4}")) {
            try {
                y = gazette.checkedYear(Integer.parseInt(year));
            } catch (GongkaiException ignored) {
                // an unknown year shows this year
            }
        }
        model.addAttribute("year", y);
        model.addAttribute("years", gazette.years());
        model.addAttribute("issues", gazette.allOfYear(y));
        model.addAttribute("mayEdit", access.mayEdit(actor));
        model.addAttribute("gazetteTitle", gazette.settings().title());
        model.addAttribute("thisYear", LocalDate.now(clock).getYear());
        if (!model.containsAttribute("failed")) {
            model.addAttribute("failed", FailedAction.NONE);
        }
        return "gazette/console-issues";
    }

    @PostMapping("/console/gazette/issues")
    String create(@RequestParam(required = false) String year, @RequestParam(required = false) String number,
            Model model, HttpServletResponse response) {
        FailedAction typed = FailedAction.of("create", "year", year, "number", number);
        try {
            Long id = commands.dispatch(new CreateGazetteIssue(integer(year, "year"), integer(number, "number")));
            return "redirect:/console/gazette/issues/" + id;
        } catch (GongkaiException e) {
            response.setStatus(e.code().status().value());
            model.addAttribute("failed", typed.refusedWith(e));
            return issues(year, model);
        }
    }

    @GetMapping("/console/gazette/issues/{id}")
    String issue(@PathVariable long id, Model model) {
        Actor actor = worker();
        GazetteIssue issue = gazette.issue(id).orElseThrow(GongkaiException::notFound);
        model.addAttribute("issue", issue);
        model.addAttribute("gazetteTitle", gazette.settings().title());
        model.addAttribute("sections", issue.sections(gazette.settings().sections()));
        model.addAttribute("sectionOptions", gazette.settings().sections().stream().map(s -> new Option(s, s)).toList());
        boolean draft = !issue.published();
        model.addAttribute("mayEdit", draft && access.mayEdit(actor));
        model.addAttribute("mayPublish", draft && access.mayPublish(actor));
        model.addAttribute("candidates", draft && access.mayEdit(actor) ? gazette.candidates(issue) : List.of());
        model.addAttribute("places", issue.published() ? gazette.places().stream().filter(Place::active).toList()
                : List.of());
        model.addAttribute("today", LocalDate.now(clock).toString());
        if (!model.containsAttribute("failed")) {
            model.addAttribute("failed", FailedAction.NONE);
        }
        return "gazette/console-issue";
    }

    @PostMapping("/console/gazette/issues/{id}/entries")
    String add(@PathVariable long id, @RequestParam(required = false) String documentId,
            @RequestParam(required = false) String section, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, FailedAction.of("add", "documentId", documentId, "section", section),
                () -> commands.dispatch(new AddGazetteEntry(id, longValue(documentId, "documentId"), blankToNull(section))),
                "已收入本期", model, response, redirect);
    }

    @PostMapping("/console/gazette/issues/{id}/entries/{documentId}/remove")
    String remove(@PathVariable long id, @PathVariable long documentId, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, FailedAction.of("entry-" + documentId), () -> commands.dispatch(new RemoveGazetteEntry(id,
                documentId)), "已移出本期", model, response, redirect);
    }

    @PostMapping("/console/gazette/issues/{id}/entries/{documentId}/move")
    String move(@PathVariable long id, @PathVariable long documentId, @RequestParam(required = false) String direction,
            @RequestParam(required = false) String section, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, FailedAction.of("entry-" + documentId, "section", section),
                () -> commands.dispatch(new MoveGazetteEntry(id, documentId, direction, blankToNull(section))),
                "已调整位置", model, response, redirect);
    }

    @PostMapping("/console/gazette/issues/{id}/publish")
    String publish(@PathVariable long id, @RequestParam(required = false) String publishedOn, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, FailedAction.of("publish", "publishedOn", publishedOn),
                () -> commands.dispatch(new PublishGazetteIssue(id, publishedOn)), "本期公报已出版", model, response,
                redirect);
    }

    @GetMapping("/console/gazette/issues/{id}/delivery")
    String delivery(@PathVariable long id, @RequestParam(required = false) String place, Model model) {
        worker();
        GazetteIssue issue = gazette.issue(id).filter(GazetteIssue::published).orElseThrow(GongkaiException::notFound);
        List<Place> places = gazette.places().stream().filter(p -> p.active() && p.copies() > 0)
                .filter(p -> place == null || String.valueOf(p.id()).equals(place)).toList();
        if (place != null && places.isEmpty()) {
            throw GongkaiException.notFound();
        }
        model.addAttribute("issue", issue);
        model.addAttribute("gazetteTitle", gazette.settings().title());
        model.addAttribute("places", places);
        model.addAttribute("total", places.stream().mapToInt(Place::copies).sum());
        return "gazette/console-delivery";
    }

    @GetMapping("/console/gazette/places")
    String places(Model model) {
        Actor actor = worker();
        model.addAttribute("places", gazette.places());
        model.addAttribute("kinds", Arrays.stream(PlaceKind.values()).map(k -> new Option(k.name(), k.label())).toList());
        model.addAttribute("mayEdit", access.mayEdit(actor));
        model.addAttribute("total", gazette.places().stream().filter(Place::active).mapToInt(Place::copies).sum());
        if (!model.containsAttribute("failed")) {
            model.addAttribute("failed", FailedAction.NONE);
        }
        return "gazette/console-places";
    }

    @PostMapping("/console/gazette/places")
    String savePlace(@RequestParam Map<String, String> params, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        String placeId = params.get("placeId");
        String form = placeId == null || placeId.isBlank() ? "place-new" : "place-" + placeId;
        FailedAction typed = FailedAction.of(form, "name", params.get("name"), "kind", params.get("kind"), "address",
                params.get("address"), "copies", params.get("copies"), "active", params.get("active"));
        try {
            commands.dispatch(new SaveGazettePlace(placeId == null || placeId.isBlank() ? null
                    : longValue(placeId, "placeId"), params.get("name"), params.get("kind"), params.get("address"),
                    integer(params.get("copies"), "copies"), params.get("active") != null));
            redirect.addFlashAttribute("notice", "发送点已保存");
            return "redirect:/console/gazette/places";
        } catch (GongkaiException e) {
            response.setStatus(e.code().status().value());
            model.addAttribute("failed", typed.refusedWith(e));
            return places(model);
        }
    }

    private String act(long id, FailedAction typed, Runnable command, String done, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            command.run();
            redirect.addFlashAttribute("notice", done);
            return "redirect:/console/gazette/issues/" + id;
        } catch (GongkaiException e) {
            response.setStatus(e.code().status().value());
            model.addAttribute("failed", typed.refusedWith(e));
            return issue(id, model);
        }
    }

    private Actor worker() {
        Actor actor = Actor.require();
        access.requireWorkAccess(actor);
        return actor;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Integer integer(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw GongkaiException.invalid(field, "请填写数字");
        }
    }

    private static Long longValue(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw GongkaiException.invalid(field, "请填写数字");
        }
    }
}
