package org.gongkai.catalogue;

import java.util.List;
import org.gongkai.web.ConsoleMenuContribution;
import org.springframework.stereotype.Component;

/** The catalogue's console menu entry (主动公开). */
@Component
class CatalogueConsoleMenu implements ConsoleMenuContribution {

    @Override
    public List<Item> items() {
        return List.of(
                new Item("公开目录", "/console/catalogue", 100));
    }
}
