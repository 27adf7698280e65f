package org.gongkai.notify;

import java.util.List;
import org.gongkai.web.ConsoleMenuContribution;
import org.springframework.stereotype.Component;

/** notify's console links: the own inbox (any staff member) and the message templates (system administrator). */
@Component
class NotifyConsoleMenu implements ConsoleMenuContribution {

    @Override
    public List<Item> items() {
        return List.of(new Item("我的消息", "/console/inbox", 900), new Item("通知模板", "/console/notify/templates", 910));
    }
}
