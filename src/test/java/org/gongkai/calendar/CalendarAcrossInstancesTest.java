package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.ThreadLocalRandom;
import org.gongkai.IntegrationTest;
import org.gongkai.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A calendar edit made through another instance reaches this one at its next refresh
 * ({@code gongkai.calendar.refresh-interval}), even when the other instance's clock is behind: the second
 * {@link CalendarService} here is that instance (same database, its own snapshot, its clock an hour late).
 * Far-future years, so no other test's deadlines move.
 */
@IntegrationTest
class CalendarAcrossInstancesTest {

    @Autowired
    CalendarService service;

    @Autowired
    CalendarRepository repository;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AuditLog auditLog;

    @Autowired
    Clock clock;

    @Test
    void anEditThroughAnotherInstanceIsSeenAtTheNextRefreshWhateverItsClock() {
        CalendarService other = new CalendarService(repository, transactions, Clock.offset(clock, Duration.ofHours(-1)),
                auditLog);
        int first = 2150 + ThreadLocalRandom.current().nextInt(20);
        int second = first + 20;
        LocalDate here = LocalDate.of(first, 3, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY));
        LocalDate there = LocalDate.of(second, 3, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY));
        other.setHasData(second, false); // the year exists: the edit below changes no row count
        service.refresh();
        other.refresh();
        assertThat(service.isWorkingDay(there)).isTrue();

        service.saveDay(first, here.toString(), "off", "本实例测试日"); // this instance, its clock ahead of the other's
        other.saveDay(second, there.toString(), "off", "另一实例测试日"); // an hour "earlier" by the other's clock

        assertThat(other.isWorkingDay(there)).as("the editing instance sees its edit at once").isFalse();
        service.refreshIfChanged();
        assertThat(service.isWorkingDay(there)).as("seen here after the refresh").isFalse();
        assertThat(service.isWorkingDay(here)).isFalse();
        other.refreshIfChanged();
        assertThat(other.isWorkingDay(here)).isFalse();

        other.deleteDay(second, there.toString());
        service.refreshIfChanged();
        assertThat(service.isWorkingDay(there)).as("a deletion too").isTrue();
    }
}
