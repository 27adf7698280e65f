package org.gongkai.deposit;

import java.util.List;
import org.gongkai.web.ConsoleMenuContribution;
import org.springframework.stereotype.Component;

/** The console entry of the transfer packages (移交包). */
@Component
class DepositConsoleMenu implements ConsoleMenuContribution {

    @Override
    public List<Item> items() {
        return List.of(new Item("移交包", "/console/deposit", 1700));
    }
}
