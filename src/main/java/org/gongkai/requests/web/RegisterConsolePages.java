package org.gongkai.requests.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.requests.RequestRegister;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register's staff side: the switch per unit (on by default; leaders, for their units and those below) and the
 * one-step 主动公开 draft of an answer (条例 Art. 44) from the request page.
 */
@Controller
class RegisterConsolePages {

    /** At most this many units in one submission of the settings form (a county has far fewer). */
    static final int MAX_UNITS = 1000;

    private final RequestRegister register;

    RegisterConsolePages(RequestRegister register) {
        this.register = register;
    }

    @GetMapping("/console/requests/register-settings")
    String settings(Model model) {
        model.addAttribute("settings", register.settings(Actor.require()));
        return "requests/register-settings";
    }

    @PostMapping("/console/requests/register-settings")
    String saveSettings(@RequestParam(name = "enabled", required = false) List<String> enabled,
            RedirectAttributes redirect) {
        Set<Long> on = new HashSet<>();
        if (enabled != null) {
            if (enabled.size() > MAX_UNITS) {
                throw new GongkaiException(ErrorCode.OUT_OF_RANGE, "一次最多设置 " + MAX_UNITS + " 个单位");
            }
            for (String id : enabled) {
                if (id != null && id.matches("[0-9]{1,18}")) {
                    on.add(Long.parseLong(id));
                }
            }
        }
        int changed = register.updateSettings(Actor.require(), on);
        redirect.addFlashAttribute("notice", changed == 0 ? "设置没有变化" : "已保存，" + changed + " 个单位的设置已更改");
        return "redirect:/console/requests/register-settings";
    }

    /** 转为主动公开 (Art. 44): success opens the new draft in the catalogue; a refusal returns with its reason. */
    @PostMapping("/console/requests/{tn}/promote")
    String promote(@PathVariable String tn, RedirectAttributes redirect) {
        try {
            long id = register.promote(Actor.require(), tn);
            redirect.addFlashAttribute("notice", "已生成主动公开文件草稿，请补充完善后按程序送审、签发和发布。");
            return "redirect:/console/catalogue/" + id;
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("promotionError", e.getMessage());
            return "redirect:/console/requests/" + tn.trim().toUpperCase() + "#promote";
        }
    }
}
