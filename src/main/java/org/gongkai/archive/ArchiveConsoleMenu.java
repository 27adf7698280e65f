package org.gongkai.archive;

import java.util.List;
import org.gongkai.web.ConsoleMenuContribution;
import org.springframework.stereotype.Component;

/** The full export in the console menu (shown to the system administrator only, by the access rules). */
@Component
class ArchiveConsoleMenu implements ConsoleMenuContribution {

    @Override
    public List<Item> items() {
        return List.of(new Item("完整导出", "/console/archive", 950));
    }
}
