package org.gongkai.services.desk;

import java.util.List;
import org.gongkai.web.ConsoleMenuContribution;
import org.springframework.stereotype.Component;

/** The service desk in the console menu (政务服务 cases and the opinions asked of the user's units). */
@Component
class DeskConsoleMenu implements ConsoleMenuContribution {

    @Override
    public List<Item> items() {
        return List.of(
                new Item("政务服务办件", DeskConsolePages.CASES, 750),
                new Item("征求意见答复", DeskConsolePages.OPINIONS, 755));
    }
}
