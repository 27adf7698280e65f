package org.gongkai.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal home and the columns' landing pages. */
@Controller
class PortalController {

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("sections", PortalSection.ALL);
        return "web/home";
    }

    @GetMapping("/services")
    String services(Model model) {
        return section("services", model);
    }

    @GetMapping("/interaction")
    String interaction(Model model) {
        return section("interaction", model);
    }

    @GetMapping("/data")
    String data(Model model) {
        return section("data", model);
    }

    private static String section(String slug, Model model) {
        model.addAttribute("section", PortalSection.bySlug(slug));
        return "web/section";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "web/accessibility";
    }
}
