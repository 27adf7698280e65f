package org.gongkai.gazette;

import java.util.List;
import org.gongkai.web.ConsoleMenuContribution;
import org.springframework.stereotype.Component;

/** The gazette's console links (its hundred: 1600): issues and the distribution list. */
@Component
class GazetteConsoleMenu implements ConsoleMenuContribution {

    @Override
    public List<Item> items() {
        return List.of(new Item("政府公报", "/console/gazette", 1600),
                new Item("公报发送点", "/console/gazette/places", 1610));
    }
}
