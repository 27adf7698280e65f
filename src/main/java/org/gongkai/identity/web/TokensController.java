package org.gongkai.identity.web;

import java.time.Clock;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.identity.ApiTokenService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Personal API tokens: create (shown once), list, revoke. Security admins also see and revoke everyone's. */
@Controller
class TokensController {

    private final ApiTokenService identity;
    private final Clock clock;

    TokensController(ApiTokenService identity, Clock clock) {
        this.identity = identity;
        this.clock = clock;
    }

    @GetMapping("/console/identity/tokens")
    String list(Model model) {
        return page(model);
    }

    @PostMapping("/console/identity/tokens")
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "90") String days,
            Model model) {
        model.addAttribute("name", name);
        model.addAttribute("days", days);
        try {
            int d;
            try {
                d = Integer.parseInt(days.trim());
            } catch (NumberFormatException e) {
                throw GongkaiException.invalid("days", "有效期请填写天数（整数）");
            }
            model.addAttribute("issued", identity.issueToken(Actor.require().staffId(), name, d));
            model.addAttribute("name", "");
            model.addAttribute("days", "90");
        } catch (GongkaiException e) {
            model.addAttribute("errorField", e.field());
            model.addAttribute("error", e.getMessage());
        }
        return page(model);
    }

    @PostMapping("/console/identity/tokens/{id}/revoke")
    String revoke(@PathVariable long id) {
        identity.revokeToken(Actor.require(), id);
        return "redirect:/console/identity/tokens";
    }

    private String page(Model model) {
        Actor actor = Actor.require();
        model.addAttribute("now", clock.instant());
        model.addAttribute("tokens", identity.tokensOf(actor.staffId()));
        if (actor.hasRole(Role.SECURITY_ADMIN)) {
            model.addAttribute("allTokens", identity.allTokens());
        }
        if (!model.containsAttribute("days")) {
            model.addAttribute("days", "90");
        }
        return "identity/tokens";
    }
}
