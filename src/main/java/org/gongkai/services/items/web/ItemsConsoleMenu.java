package org.gongkai.services.items.web;

import java.util.List;
import org.gongkai.web.ConsoleMenuContribution;
import org.springframework.stereotype.Component;

/** The item editor in the console menu (事项管理: edit guides, review edited versions). */
@Component
class ItemsConsoleMenu implements ConsoleMenuContribution {

    @Override
    public List<Item> items() {
        return List.of(new Item("事项管理", ItemEditorPages.ITEMS, 745));
    }
}
