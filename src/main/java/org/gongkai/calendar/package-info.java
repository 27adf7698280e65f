/**
 * Calendar. Owns: `calendar_year`, `calendar_day` (official holidays and 调休 days 2019–2027, shipped and
 * admin-editable); console `/console/calendar`; public API `/api/v1/calendar/**`; office hours per unit
 * (`gongkai.calendar.office-hours`, `gongkai.calendar.unit-office-hours.<credit code>`). Publishes:
 * `WorkingDayCalendar`, `Deadline` (date + explanation), the ledger clock of every case module (`LedgerClock`,
 * `ClockEntry`, `ClockReading`, `ClockUnit`: working days, calendar days, working hours), `OfficeHoursSettings`.
 *
 * <p>Allowed dependencies are declared here and verified by {@code ModularityTest}: a module that starts using
 * another module adds it to the list in the same commit (docs/architecture.md, "Module dependencies").
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar",
        allowedDependencies = { "archive::spi", "common", "audit", "web", "web::menu" })
package org.gongkai.calendar;
