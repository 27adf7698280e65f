package org.gongkai.hotline;

import java.util.List;
import org.gongkai.web.ConsoleMenuContribution;
import org.springframework.stereotype.Component;

/** The hotline's console links (its hundred: 1100). */
@Component
class HotlineConsoleMenu implements ConsoleMenuContribution {

    @Override
    public List<Item> items() {
        return List.of(new Item("12345 工单", "/console/hotline", 1100),
                new Item("12345 受理登记", "/console/hotline/new", 1110));
    }
}
