package org.gongkai.services.ratings;

import java.util.List;
import org.gongkai.web.ConsoleMenuContribution;
import org.springframework.stereotype.Component;

/** 差评整改 and the KPI dashboard in the console menu (services take the 1000s). */
@Component
class RatingsConsoleMenu implements ConsoleMenuContribution {

    @Override
    public List<Item> items() {
        return List.of(new Item("差评整改", "/console/services/rectifications", 1080),
                new Item("政务服务指标", "/console/services/kpis", 1090));
    }
}
