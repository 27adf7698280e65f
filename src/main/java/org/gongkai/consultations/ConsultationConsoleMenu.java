package org.gongkai.consultations;

import java.util.List;
import org.gongkai.web.ConsoleMenuContribution;
import org.springframework.stereotype.Component;

/** The consultations' console menu entry (its own hundred: 1700). */
@Component
class ConsultationConsoleMenu implements ConsoleMenuContribution {

    @Override
    public List<Item> items() {
        return List.of(new Item("征求意见", "/console/consultations", 1700));
    }
}
