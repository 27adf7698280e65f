package org.gongkai.audit;

import java.util.List;
import org.gongkai.web.ConsoleMenuContribution;
import org.springframework.stereotype.Component;

/** The audit log in the console menu. */
@Component
class AuditConsoleMenu implements ConsoleMenuContribution {

    @Override
    public List<Item> items() {
        return List.of(
                new Item("审计日志", "/console/audit", 600));
    }
}
