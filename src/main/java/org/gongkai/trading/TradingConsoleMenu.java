package org.gongkai.trading;

import java.util.List;
import org.gongkai.web.ConsoleMenuContribution;
import org.springframework.stereotype.Component;

/** Trading's console links (its hundred: 1400): projects and draws, the expert pool, the supervisor's replay. */
@Component
class TradingConsoleMenu implements ConsoleMenuContribution {

    @Override
    public List<Item> items() {
        return List.of(new Item("交易项目与专家抽取", "/console/trading", 1400),
                new Item("评标专家库", "/console/trading/experts", 1410),
                new Item("专家抽取核验", "/console/trading/replay", 1420));
    }
}
