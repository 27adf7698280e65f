package org.gongkai.notify.web;

import java.util.Arrays;
import org.gongkai.common.GongkaiException;
import org.gongkai.notify.MessageTemplates;
import org.gongkai.notify.NotificationKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The system administrator edits the message template of each kind (or resets it to the shipped default). */
@Controller
@RequestMapping("/console/notify/templates")
class TemplatePages {

    private final MessageTemplates templates;

    TemplatePages(MessageTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("templates", Arrays.stream(NotificationKind.values()).map(templates::current).toList());
        return "notify/templates";
    }

    @GetMapping("/{kind}")
    String edit(@PathVariable String kind, Model model) {
        NotificationKind k = kind(kind);
        model.addAttribute("kind", k);
        if (!model.containsAttribute("template")) {
            model.addAttribute("template", templates.current(k));
        }
        return "notify/template-edit";
    }

    @PostMapping("/{kind}")
    String save(@PathVariable String kind, @RequestParam(required = false) String subject,
            @RequestParam(required = false) String body, @RequestParam(required = false) String sms, Model model,
            RedirectAttributes redirect) {
        NotificationKind k = kind(kind);
        try {
            templates.save(k, subject, body, sms);
            redirect.addFlashAttribute("message", "已保存模板“" + k.label() + "”");
            return "redirect:/console/notify/templates";
        } catch (GongkaiException e) {
            model.addAttribute("errorField", e.field());
            model.addAttribute("errorMessage", e.getMessage());
            model.addAttribute("template", new MessageTemplates.Template(k, subject, body, sms, true));
            return edit(kind, model);
        }
    }

    @PostMapping("/{kind}/reset")
    String reset(@PathVariable String kind, RedirectAttributes redirect) {
        NotificationKind k = kind(kind);
        templates.reset(k);
        redirect.addFlashAttribute("message", "模板“" + k.label() + "”已恢复为默认内容");
        return "redirect:/console/notify/templates";
    }

    private static NotificationKind kind(String kind) {
        return Arrays.stream(NotificationKind.values()).filter(k -> k.name().equalsIgnoreCase(kind)).findFirst()
                .orElseThrow(GongkaiException::notFound);
    }
}
