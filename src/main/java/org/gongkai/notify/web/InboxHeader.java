package org.gongkai.notify.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.common.Actor;
import org.gongkai.notify.Inbox;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in staff member's unread count into every console page's model; the header shows it. */
@ControllerAdvice
class InboxHeader {

    private final Inbox inbox;

    InboxHeader(Inbox inbox) {
        this.inbox = inbox;
    }

    @ModelAttribute("inboxUnread")
    Long inboxUnread(HttpServletRequest request) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/console")) {
            return null; // portal pages and the JSON API need no count
        }
        return Actor.current().filter(a -> a.staffId() > 0).map(a -> inbox.unread(a.staffId())).orElse(null);
    }
}
