package org.gongkai.calendar;

import java.util.List;
import org.gongkai.web.ConsoleMenuContribution;
import org.springframework.stereotype.Component;

/** The working-day calendar in the console menu. */
@Component
class CalendarConsoleMenu implements ConsoleMenuContribution {

    @Override
    public List<Item> items() {
        return List.of(
                new Item("工作日历", "/console/calendar", 500));
    }
}
