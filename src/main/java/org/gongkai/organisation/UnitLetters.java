package org.gongkai.organisation;

import org.gongkai.common.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit form's letter settings (#10: contact, 文号 代字, 行政复议机关, court), saved with the unit in one
 * transaction; the unit's own rules (system administrator only, audited) stay in {@link OrganisationService}.
 */
@Service
@Transactional
public class UnitLetters {

    private final OrganisationService organisation;
    private final UnitRepository units;

    UnitLetters(OrganisationService organisation, UnitRepository units) {
        this.organisation = organisation;
        this.units = units;
    }

    /** Creates a unit with its letter settings; a refusal of either creates nothing. */
    public Unit create(UnitDetails details, UnitLetterSettings letters) {
        UnitLetterSettings checked = letters.checked();
        Unit unit = organisation.createUnit(details);
        units.saveLetterSettings(unit.id(), checked);
        return unit;
    }

    /** Saves a unit and its letter settings; a refusal of either changes nothing. */
    public Unit update(long id, UnitDetails details, UnitLetterSettings letters) {
        UnitLetterSettings checked = letters.checked();
        Unit unit = organisation.updateUnit(id, details);
        units.saveLetterSettings(id, checked);
        return unit;
    }

    /** A unit's letter settings, for its form (within the actor's data scope, as {@link OrganisationService#unit}). */
    @Transactional(readOnly = true)
    public UnitLetterSettings settings(Actor actor, long id) {
        organisation.unit(actor, id);
        return units.letterSettings(id);
    }
}
