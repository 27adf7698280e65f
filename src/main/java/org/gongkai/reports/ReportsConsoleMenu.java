package org.gongkai.reports;

import java.util.List;
import org.gongkai.web.ConsoleMenuContribution;
import org.springframework.stereotype.Component;

/** Annual reports in the console menu. */
@Component
class ReportsConsoleMenu implements ConsoleMenuContribution {

    @Override
    public List<Item> items() {
        return List.of(
                new Item("年度报告", "/console/reports", 800));
    }
}
