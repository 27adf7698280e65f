package org.gongkai.requests;

import java.util.List;
import org.gongkai.web.ConsoleMenuContribution;
import org.springframework.stereotype.Component;

/** Disclosure requests and letter templates in the console menu (依申请公开). */
@Component
class RequestsConsoleMenu implements ConsoleMenuContribution {

    @Override
    public List<Item> items() {
        return List.of(
                new Item("依申请公开", "/console/requests", 700),
                new Item("文书模板", "/console/requests/letter-templates", 710),
                new Item("公开登记设置", "/console/requests/register-settings", 720));
    }
}
