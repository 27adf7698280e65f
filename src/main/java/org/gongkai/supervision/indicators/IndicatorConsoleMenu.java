package org.gongkai.supervision.indicators;

import java.util.List;
import org.gongkai.web.ConsoleMenuContribution;
import org.springframework.stereotype.Component;

/** The indicator table in the console menu (supervision indicators' hundreds: 1500–1519). */
@Component
class IndicatorConsoleMenu implements ConsoleMenuContribution {

    @Override
    public List<Item> items() {
        return List.of(new Item("监督考核指标", IndicatorPages.PATH, 1500));
    }
}
