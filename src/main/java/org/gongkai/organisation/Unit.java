package org.gongkai.organisation;

/**
 * A unit (机构) with the contact details of its disclosure office (the disclosure guide is built from them).
 *
 * @param regionCode the 12-digit code of the unit's region (read from the region), or null
 */
public record Unit(Long id, String creditCode, String name, String shortName, UnitType type, Long parentId,
        Long regionId, String regionCode, String officeAddress, String officeHours, String officePhone,
        String officeFax, String officeEmail) {

    UnitDirectory.UnitView view() {
        return new UnitDirectory.UnitView(id, creditCode, name, shortName, type.name(), parentId, regionCode,
                officeAddress, officeHours, officePhone, officeFax, officeEmail);
    }

    /** The short name when there is one, else the name. */
    public String label() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }
}
