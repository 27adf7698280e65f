package org.gongkai.supervision.tasks;

import java.util.List;
import org.gongkai.web.ConsoleMenuContribution;
import org.springframework.stereotype.Component;

/** suptask's console links (1520–1529): tasks (every staff member: the unit's queue), inspections and the patrol list. */
@Component
class TaskConsoleMenu implements ConsoleMenuContribution {

    @Override
    public List<Item> items() {
        return List.of(new Item("督查督办", TaskAccessRules.CONSOLE, 1520),
                new Item("巡查记录", "/console/supervision/inspections", 1522),
                new Item("自动巡查清单", "/console/supervision/patrol", 1524));
    }
}
