package org.gongkai.organisation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.common.Actor;
import org.gongkai.common.Role;

/** Organisation's published read port for units and data scope. */
public interface UnitDirectory {

    /** A unit as other modules see it (the disclosure guide and letters use the office details). */
    record UnitView(long id, String creditCode, String name, String shortName, String type, Long parentId,
            String regionCode, String officeAddress, String officeHours, String officePhone, String officeFax,
            String officeEmail) {

        /** A body outside the county whose documents the portal republishes (法律法规), issue #10. */
        public boolean isExternalIssuer() {
            return UnitType.EXTERNAL_ISSUER.name().equals(type);
        }
    }

    /**
     * What a unit's letters print (#10): its name, contact, phone and address (the disclosure office's), the
     * 文号 prefix if it numbers letters, and the 行政复议机关 and 人民法院 named in the remedies (the unit's own
     * setting, else derived from the unit tree and {@link RemedySettings}). Blank values are null.
     */
    record LetterDetails(String unitName, String contactPerson, String phone, String address,
            String letterNumberPrefix, String reconsiderationBody, String litigationCourt) {}

    Optional<UnitView> findById(long id);

    /** The letter details of a unit; empty when the unit does not exist. */
    Optional<LetterDetails> letterDetails(long unitId);

    Optional<UnitView> findByCreditCode(String creditCode);

    List<UnitView> findAll();

    /** Every unit's credit code (统一社会信用代码) by its id, e.g. to name units in figures keyed by id. */
    default java.util.Map<Long, String> creditCodesById() {
        return findAll().stream().collect(java.util.stream.Collectors.toMap(UnitView::id, UnitView::creditCode,
                (a, b) -> a));
    }

    /** The unit itself and all units below it. */
    Set<Long> selfAndDescendants(long unitId);

    /**
     * Data scope: the units whose records the actor may see with any of the given roles (all roles when
     * none given) — the units where the role is held, plus their sub-units when the role
     * {@link Role#coversSubUnits() covers sub-units}. Queries filter by this set.
     */
    Set<Long> visibleUnits(Actor actor, Role... roles);
}
