package org.gongkai.organisation.web;

import java.util.Optional;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.web.UnitNames;
import org.springframework.stereotype.Component;

/** Gives the console shell the names of units (the shell itself depends on no capability module). */
@Component
class ConsoleUnitNames implements UnitNames {

    private final UnitDirectory units;

    ConsoleUnitNames(UnitDirectory units) {
        this.units = units;
    }

    @Override
    public Optional<String> nameOf(long unitId) {
        return units.findById(unitId).map(UnitDirectory.UnitView::name);
    }
}
