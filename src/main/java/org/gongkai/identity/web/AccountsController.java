package org.gongkai.identity.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongkai.common.GongkaiException;
import org.gongkai.identity.IdentityService;
import org.gongkai.identity.IdentityService.AccountState;
import org.gongkai.organisation.StaffDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Security admin: initial/reset passwords, the accounts locked now and the lockouts of the last 7 days, unlocking
 * (audited as ACCOUNT_UNLOCKED) and TOTP reset for every staff member.
 */
@Controller
class AccountsController {

    private final IdentityService identity;
    private final StaffDirectory staff;

    AccountsController(IdentityService identity, StaffDirectory staff) {
        this.identity = identity;
        this.staff = staff;
    }

    @GetMapping("/console/identity/accounts")
    String list(Model model) {
        Map<Long, AccountState> states = identity.states().stream()
                .collect(Collectors.toMap(AccountState::staffId, Function.identity()));
        model.addAttribute("staff", staff.findAll());
        model.addAttribute("states", states);
        model.addAttribute("locked", states.values().stream().filter(st -> st.lockedUntil() != null).toList());
        model.addAttribute("names", staff.findAll().stream()
                .collect(Collectors.toMap(s -> s.id(), s -> s.username() + "（" + s.displayName() + "）", (a, b) -> a)));
        model.addAttribute("lockouts", identity.recentLockouts(java.time.Duration.ofDays(7)));
        return "identity/accounts";
    }

    @PostMapping("/console/identity/accounts/{staffId}/password")
    String resetPassword(@PathVariable long staffId, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirm, Model model) {
        try {
            identity.resetPassword(staffId, password, confirm);
            model.addAttribute("notice", "已设置密码，该用户下次登录时须修改密码。");
        } catch (GongkaiException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorStaffId", staffId);
        }
        return list(model);
    }

    @PostMapping("/console/identity/accounts/{staffId}/unlock")
    String unlock(@PathVariable long staffId) {
        identity.unlock(staffId);
        return "redirect:/console/identity/accounts";
    }

    @PostMapping("/console/identity/accounts/{staffId}/totp-reset")
    String resetTotp(@PathVariable long staffId) {
        identity.resetTotp(staffId);
        return "redirect:/console/identity/accounts";
    }
}
