package org.gongkai.notify.web;

import java.time.Clock;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.notify.Inbox;
import org.gongkai.notify.StaffContacts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in staff member's own inbox: messages (unread first), mark read, the reminder e-mail address. */
@Controller
@RequestMapping("/console/inbox")
class InboxPages {

    private final Inbox inbox;
    private final StaffContacts contacts;
    private final Clock clock;

    InboxPages(Inbox inbox, StaffContacts contacts, Clock clock) {
        this.inbox = inbox;
        this.contacts = contacts;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        Actor actor = Actor.require();
        model.addAttribute("items", inbox.list(actor.staffId(), 200));
        model.addAttribute("unread", inbox.unread(actor.staffId()));
        if (!model.containsAttribute("typedEmail")) {
            model.addAttribute("typedEmail", contacts.email(actor.staffId()).orElse(""));
        }
        return "notify/inbox";
    }

    @PostMapping("/{id}/read")
    String read(@PathVariable long id, RedirectAttributes redirect) {
        if (!inbox.markRead(Actor.require().staffId(), id, clock.instant())) {
            throw GongkaiException.notFoundOrOutOfScope(() -> inbox.exists(id), "InboxMessage", id);
        }
        return "redirect:/console/inbox";
    }

    @PostMapping("/read-all")
    String readAll(RedirectAttributes redirect) {
        int n = inbox.markAllRead(Actor.require().staffId(), clock.instant());
        redirect.addFlashAttribute("message", "已将 " + n + " 条消息标为已读");
        return "redirect:/console/inbox";
    }

    @PostMapping("/email")
    String email(@RequestParam(required = false) String email, Model model, RedirectAttributes redirect) {
        try {
            contacts.setEmail(Actor.require().staffId(), email, clock.instant());
            redirect.addFlashAttribute("message", email == null || email.isBlank()
                    ? "已取消提醒邮箱，提醒只发到站内消息" : "已保存提醒邮箱，答复期限提醒将同时发送到该邮箱");
            return "redirect:/console/inbox";
        } catch (GongkaiException e) {
            model.addAttribute("errorField", e.field());
            model.addAttribute("errorMessage", e.getMessage());
            model.addAttribute("typedEmail", email);
            return list(model);
        }
    }
}
