package org.gongkai.organisation;

import java.util.List;
import org.gongkai.web.ConsoleMenuContribution;
import org.springframework.stereotype.Component;

/** Units and staff in the console menu. */
@Component
class OrganisationConsoleMenu implements ConsoleMenuContribution {

    @Override
    public List<Item> items() {
        return List.of(
                new Item("组织机构", "/console/organisation/units", 300),
                new Item("人员", "/console/organisation/staff", 310),
                new Item("查阅点", "/console/organisation/reading-places", 320));
    }
}
