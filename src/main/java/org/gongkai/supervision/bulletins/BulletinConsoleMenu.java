package org.gongkai.supervision.bulletins;

import java.util.List;
import org.gongkai.web.ConsoleMenuContribution;
import org.springframework.stereotype.Component;

/** supbul's console link (1560–1569): the monthly bulletins. */
@Component
class BulletinConsoleMenu implements ConsoleMenuContribution {

    @Override
    public List<Item> items() {
        return List.of(new Item("督查月通报", BulletinAccessRules.CONSOLE, 1560));
    }
}
