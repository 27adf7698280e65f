package org.gongkai.organisation.web;

import jakarta.validation.Valid;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.organisation.ReadingPlace;
import org.gongkai.organisation.ReadingPlaces;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 查阅点: the system administrator's console pages ({@code /console/organisation/reading-places}); the portal shows
 * them in the disclosure column (catalogue's {@code /openness/reading-places} and every unit's guide).
 */
@Controller
class ReadingPlacePages {

    static final String CONSOLE = "/console/organisation/reading-places";

    private final ReadingPlaces places;

    ReadingPlacePages(ReadingPlaces places) {
        this.places = places;
    }

    @GetMapping(CONSOLE)
    String list(Model model) {
        model.addAttribute("places", places.all());
        return "organisation/reading-places";
    }

    @GetMapping(CONSOLE + "/new")
    String newForm(Model model) {
        model.addAttribute("form", new ReadingPlaceForm());
        return form(model, null);
    }

    @PostMapping(CONSOLE)
    String create(@Valid @ModelAttribute("form") ReadingPlaceForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, null);
        }
        try {
            ReadingPlace p = places.create(Actor.require(), form.details());
            redirect.addFlashAttribute("notice", "已添加查阅点：" + p.name());
            return "redirect:" + CONSOLE;
        } catch (GongkaiException e) {
            Forms.reject(result, e);
            return form(model, null);
        }
    }

    @GetMapping(CONSOLE + "/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", ReadingPlaceForm.of(places.find(id).orElseThrow(GongkaiException::notFound)));
        return form(model, id);
    }

    @PostMapping(CONSOLE + "/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ReadingPlaceForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        places.find(id).orElseThrow(GongkaiException::notFound);
        if (result.hasErrors()) {
            return form(model, id);
        }
        try {
            ReadingPlace p = places.update(Actor.require(), id, form.details());
            redirect.addFlashAttribute("notice", "已保存查阅点：" + p.name());
            return "redirect:" + CONSOLE;
        } catch (GongkaiException e) {
            Forms.reject(result, e);
            return form(model, id);
        }
    }

    @PostMapping(CONSOLE + "/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        places.delete(Actor.require(), id);
        redirect.addFlashAttribute("notice", "已删除查阅点");
        return "redirect:" + CONSOLE;
    }

    private String form(Model model, Long id) {
        model.addAttribute("placeId", id);
        model.addAttribute("kinds", ReadingPlace.Kind.values());
        return "organisation/reading-place-form";
    }
}
