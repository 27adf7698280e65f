package org.gongkai.services.items;

import java.util.Optional;
import org.gongkai.organisation.UnitDirectory;
import org.springframework.stereotype.Component;

/** What {@link ItemLines} resolves codes with: units by credit code, active stations by code. */
@Component
class ItemLookups implements ItemLines.Lookups {

    private final UnitDirectory units;
    private final StationRepository stations;

    ItemLookups(UnitDirectory units, StationRepository stations) {
        this.units = units;
        this.stations = stations;
    }

    @Override
    public Optional<UnitDirectory.UnitView> unit(String creditCode) {
        return units.findByCreditCode(creditCode);
    }

    @Override
    public Optional<ItemLines.StationRef> station(String code) {
        return stations.findByCode(code).filter(Station::active)
                .map(s -> new ItemLines.StationRef(s.id(), s.unitId(), s.level()));
    }
}
