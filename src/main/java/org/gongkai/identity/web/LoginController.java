package org.gongkai.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.identity.IdentityService;
import org.gongkai.identity.LoginFailureBudget;
import org.gongkai.identity.LoginFlow;
import org.gongkai.identity.LoginFlow.PendingLogin;
import org.gongkai.identity.LoginStep;
import org.gongkai.identity.SecondFactorOutcome;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in pages: the password form (processed by Spring Security's form login at POST /login) and
 * the steps after it — TOTP code, TOTP enrolment, forced password change. Each step page is public but
 * only works for a session whose sign-in is at that step; anyone else is sent back to the form.
 */
@Controller
class LoginController {

    private final LoginFlow flow;
    private final IdentityService identity;
    private final LoginFailureBudget budget;

    LoginController(LoginFlow flow, IdentityService identity, LoginFailureBudget budget) {
        this.flow = flow;
        this.identity = identity;
        this.budget = budget;
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, @RequestParam(required = false) String logout, Model model) {
        if (Actor.current().isPresent()) {
            return "redirect:/console";
        }
        flow.takeRefusal(request).ifPresent(r -> {
            model.addAttribute("error", r.message());
            model.addAttribute("username", r.username());
        });
        if (logout != null) {
            model.addAttribute("notice", "您已安全退出。");
        }
        return "identity/login";
    }

    // ---------------------------------------------------------------- TOTP

    @GetMapping("/login/totp")
    String totp(HttpServletRequest request) {
        return flow.pending(request, LoginStep.TOTP).map(p -> "identity/login-totp").orElse("redirect:/login");
    }

    @PostMapping("/login/totp")
    String totp(HttpServletRequest request, HttpServletResponse response, @RequestParam(defaultValue = "") String code,
            Model model) {
        PendingLogin pending = flow.pending(request, LoginStep.TOTP).orElse(null);
        if (pending == null) {
            return "redirect:/login";
        }
        SecondFactorOutcome outcome = identity.verifySecondFactor(pending.staffId(), pending.username(), code);
        if (outcome instanceof SecondFactorOutcome.Passed) {
            return "redirect:" + flow.stepDone(request, response, pending, LoginStep.TOTP);
        }
        budget.failed(request.getRemoteAddr()); // a wrong second factor counts against the source's budget
        if (outcome instanceof SecondFactorOutcome.Locked l) {
            flow.lockedDuringSteps(request, pending, l.until());
            return "redirect:/login?error";
        }
        model.addAttribute("error", "验证码不正确，请输入动态验证码或一个未使用的恢复码");
        return "identity/login-totp";
    }

    // ---------------------------------------------------------------- enrolment

    @GetMapping("/login/totp/enrol")
    String enrol(HttpServletRequest request, Model model) {
        PendingLogin pending = flow.pending(request, LoginStep.ENROL_TOTP).orElse(null);
        if (pending == null) {
            return "redirect:/login";
        }
        if (pending.enrolSecret() == null) {
            pending = pending.withEnrolSecret(identity.newTotpSecret());
            flow.update(request, pending);
        }
        return enrolPage(pending, model);
    }

    @PostMapping("/login/totp/enrol")
    String enrol(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(defaultValue = "") String code, Model model) {
        PendingLogin pending = flow.pending(request, LoginStep.ENROL_TOTP).orElse(null);
        if (pending == null || pending.enrolSecret() == null) {
            return "redirect:/login";
        }
        List<String> codes;
        try {
            codes = identity.enrolTotp(pending.staffId(), pending.enrolSecret(), code);
        } catch (GongkaiException e) {
            model.addAttribute("error", e.getMessage());
            return enrolPage(pending, model);
        }
        model.addAttribute("codes", codes);
        model.addAttribute("next", flow.stepDone(request, response, pending, LoginStep.ENROL_TOTP));
        return "identity/recovery-codes";
    }

    private String enrolPage(PendingLogin pending, Model model) {
        model.addAttribute("secret", pending.enrolSecret());
        model.addAttribute("uri", identity.totpUri(pending.username(), pending.enrolSecret()));
        model.addAttribute("action", "/login/totp/enrol");
        return "identity/login-enrol";
    }

    // ---------------------------------------------------------------- forced password change

    @GetMapping("/login/password")
    String password(HttpServletRequest request) {
        return flow.pending(request, LoginStep.CHANGE_PASSWORD).map(p -> "identity/login-password")
                .orElse("redirect:/login");
    }

    @PostMapping("/login/password")
    String password(HttpServletRequest request, HttpServletResponse response,
            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirm,
            Model model) {
        PendingLogin pending = flow.pending(request, LoginStep.CHANGE_PASSWORD).orElse(null);
        if (pending == null) {
            return "redirect:/login";
        }
        try {
            identity.changePassword(pending.staffId(), null, password, confirm);
        } catch (GongkaiException e) {
            model.addAttribute("errorField", e.field());
            model.addAttribute("error", e.getMessage());
            return "identity/login-password";
        }
        return "redirect:" + flow.stepDone(request, response, pending, LoginStep.CHANGE_PASSWORD);
    }
}
