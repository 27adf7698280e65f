package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.gongkai.TestClockConfiguration;
import org.gongkai.audit.AuditLog;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The calendar module alone ({@code @ApplicationModuleTest}, the slice pattern of issue #9): only the calendar's
 * beans start, over the test database with every migration; the one collaborator from another module
 * ({@link AuditLog}) is a mock. The shipped holiday data loads and office hours bind per unit from settings.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@Tag("integration") // over the test database: H2, and PostgreSQL in that tier
@Import(TestClockConfiguration.class)
@TestPropertySource(properties = "gongkai.calendar.unit-office-hours.11990101100100148H=08:30-12:00,14:00-17:30")
class CalendarModuleTest {

    @MockitoBean
    AuditLog audit;

    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    OfficeHoursSettings officeHours;

    @Test
    void loadsTheShippedHolidaysAndCountsWorkingDays() {
        assertThat(calendar.hasData(2025)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 11))).as("调休 Saturday").isTrue();
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 9, 30), 1).date()).isEqualTo(LocalDate.of(2025, 10, 9));
    }

    @Test
    void countsAUnitsWorkingHoursWithItsOwnOfficeHours() {
        LedgerClock clock = LedgerClock.inWorkingHours(calendar, officeHours.forUnit("11990101100100148H"));
        LocalDateTime start = LocalDateTime.of(2025, 9, 30, 16, 0);

        ClockReading reading = clock.read(List.of(ClockEntry.start(start, 2, "签收工单")), start);

        // 16:00–17:30 on 09-30, National Day off, then 08:30–09:00 on 10-09
        assertThat(reading.due().words()).isEqualTo("2025-10-09 09:00");
        assertThat(officeHours.forUnit("119901011001002878")).isEqualTo(OfficeHours.defaults());
    }
}
