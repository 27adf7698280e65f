package org.gongkai.organisation;

/** What a system administrator enters for a unit (create, edit, import). */
public record UnitDetails(String creditCode, String name, String shortName, UnitType type, Long parentId,
        String regionCode, String officeAddress, String officeHours, String officePhone, String officeFax,
        String officeEmail) {}
