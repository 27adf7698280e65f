package org.gongkai.identity.web;

import jakarta.servlet.http.HttpSession;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.identity.IdentityService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A signed-in user's own password and TOTP settings. */
@Controller
class OwnAccountController {

    private static final String ENROL_SECRET = OwnAccountController.class.getName() + ".SECRET";
    private final IdentityService identity;

    OwnAccountController(IdentityService identity) {
        this.identity = identity;
    }

    @GetMapping("/console/identity/password")
    String password() {
        return "identity/password";
    }

    @PostMapping("/console/identity/password")
    String password(@RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirm,
            Model model) {
        try {
            identity.changePassword(Actor.require().staffId(), currentPassword, password, confirm);
        } catch (GongkaiException e) {
            model.addAttribute("errorField", e.field());
            model.addAttribute("error", e.getMessage());
            return "identity/password";
        }
        model.addAttribute("notice", "密码已修改。");
        return "identity/password";
    }

    @GetMapping("/console/identity/totp")
    String totp(Model model) {
        model.addAttribute("state", identity.state(Actor.require().staffId()).orElseThrow(GongkaiException::notFound));
        return "identity/totp";
    }

    @PostMapping("/console/identity/totp/recovery-codes")
    String regenerate(Model model) {
        model.addAttribute("codes", identity.regenerateRecoveryCodes(Actor.require().staffId()));
        model.addAttribute("next", "/console/identity/totp");
        return "identity/recovery-codes";
    }

    @GetMapping("/console/identity/totp/enrol")
    String enrol(HttpSession session, Model model) {
        Actor actor = Actor.require();
        String secret = identity.newTotpSecret();
        session.setAttribute(ENROL_SECRET, secret);
        return enrolPage(actor, secret, model);
    }

    @PostMapping("/console/identity/totp/enrol")
    String enrol(HttpSession session, @RequestParam(defaultValue = "") String code, Model model) {
        Actor actor = Actor.require();
        if (!(session.getAttribute(ENROL_SECRET) instanceof String secret)) {
            return "redirect:/console/identity/totp/enrol";
        }
        try {
            model.addAttribute("codes", identity.enrolTotp(actor.staffId(), secret, code));
        } catch (GongkaiException e) {
            model.addAttribute("error", e.getMessage());
            return enrolPage(actor, secret, model);
        }
        session.removeAttribute(ENROL_SECRET);
        model.addAttribute("next", "/console/identity/totp");
        return "identity/recovery-codes";
    }

    private String enrolPage(Actor actor, String secret, Model model) {
        model.addAttribute("secret", secret);
        model.addAttribute("uri", identity.totpUri(actor.username(), secret));
        model.addAttribute("action", "/console/identity/totp/enrol");
        return "identity/console-enrol";
    }
}
