package org.gongkai.calendar;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Office hours for clocks counted in working hours ({@code gongkai.calendar.*}): one county-wide default and
 * overrides per unit, keyed by the unit's 统一社会信用代码, e.g.
 * {@code gongkai.calendar.unit-office-hours.11990101100100148H=08:30-12:00,14:00-17:30}.
 *
 * @param officeHours     the default, {@link OfficeHours#DEFAULT}
 * @param unitOfficeHours overrides per unit credit code
 */
@ConfigurationProperties("gongkai.calendar")
public record OfficeHoursSettings(@DefaultValue(OfficeHours.DEFAULT) String officeHours,
        Map<String, String> unitOfficeHours) {

    public OfficeHoursSettings {
        officeHours = officeHours == null || officeHours.isBlank() ? OfficeHours.DEFAULT : officeHours;
        unitOfficeHours = unitOfficeHours == null ? Map.of() : Map.copyOf(unitOfficeHours);
        OfficeHours.parse(officeHours); // fail at start-up, not at the first deadline
        unitOfficeHours.values().forEach(OfficeHours::parse);
    }

    public static OfficeHoursSettings defaults() {
        return new OfficeHoursSettings(OfficeHours.DEFAULT, Map.of());
    }

    /** The office hours of a unit (its override, else the default); {@code null} gives the default. */
    public OfficeHours forUnit(String creditCode) {
        String text = creditCode == null ? null : unitOfficeHours.get(creditCode);
        return OfficeHours.parse(text == null ? officeHours : text);
    }
}
