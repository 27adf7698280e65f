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

    @GetMapping({"/openness", "/services", "/interaction", "/data"})
    String section(jakarta.servlet.http.HttpServletRequest request, Model model) {
        String slug = request.getServletPath().substring(1);
        model.addAttribute("section", PortalSection.bySlug(slug));
        return "web/section";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "web/accessibility";
    }
}
