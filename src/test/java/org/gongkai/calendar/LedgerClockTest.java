package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.gongkai.common.GongkaiException;
import org.junit.jupiter.api.Test;

/**
 * The generic ledger clock over the shipped official calendar: working days, calendar days and working hours,
 * pauses with and without limits, restarts, extensions and stops, and the Chinese explanation of each step.
 * 2025 National Day and Mid-Autumn: 10-01..10-08 off, Sunday 09-28 and Saturday 10-11 made working days (调休).
 */
class LedgerClockTest {

    static final WorkingDayCalendar CALENDAR = ShippedCalendar.INSTANCE;
    static final LedgerClock DAYS = LedgerClock.inWorkingDays(CALENDAR);
    static final LedgerClock CALENDAR_DAYS = LedgerClock.inCalendarDays(CALENDAR);
    static final LedgerClock HOURS = LedgerClock.inWorkingHours(CALENDAR, OfficeHours.defaults());

    static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    static LocalDateTime t(String text) {
        return LocalDateTime.parse(text.replace(' ', 'T'));
    }

    static ClockDue hoursFrom(String start, long hours) {
        return HOURS.read(List.of(ClockEntry.start(t(start), hours, "受理")), t(start)).due();
    }

    // --- working days -------------------------------------------------------------------------------------

    @Test
    void workingDaysSkipNationalDayAndCountTheAdjustedWeekends() {
        ClockReading reading = DAYS.read(List.of(ClockEntry.start(d("2025-09-26"), 20, "收到申请")),
                t("2025-09-26 10:00"));

        assertThat(reading.status()).isEqualTo(ClockReading.Status.RUNNING);
        assertThat(reading.due().date()).isEqualTo(d("2025-10-30"));
        assertThat(reading.due().time()).isNull();
        assertThat(reading.due().explanation()).contains("国庆节、中秋节 2025-10-01 至 2025-10-08")
                .contains("2025-09-28（周日）、2025-10-11（周六）调休上班，计入");
        assertThat(reading.due().workingDays().date()).isEqualTo(d("2025-10-30"));
    }

    @Test
    void explainsEveryStepInChinese() {
        ClockReading reading = DAYS.read(List.of(
                ClockEntry.start(d("2025-09-26"), 20, "收到申请"),
                ClockEntry.pause(d("2025-10-13"), "征求第三方意见", 15L),
                ClockEntry.resume(d("2025-10-20"), "收到第三方意见"),
                ClockEntry.extend(d("2025-10-28"), 10, "延期答复")), t("2025-10-28 09:00"));

        assertThat(reading.excluded()).isEqualTo(5);
        assertThat(reading.extended()).isEqualTo(10);
        assertThat(reading.due().date()).isEqualTo(d("2025-11-20"));
        assertThat(reading.explanation()).isEqualTo("2025-09-26 收到申请：开始计时，时限 20 个工作日 → "
                + "2025-10-13 征求第三方意见：暂停计时，暂停最多计 15 个工作日 → "
                + "2025-10-20 收到第三方意见：恢复计时，暂停期间 5 个工作日不计入时限 → "
                + "2025-10-28 延期答复：延长 10 个工作日 → 期限 2025-11-20");
    }

    @Test
    void aPauseCountsAtMostItsLimit() {
        ClockReading reading = DAYS.read(List.of(
                ClockEntry.start(d("2025-10-09"), 20, null),
                ClockEntry.pause(d("2025-10-13"), "征求第三方意见", 15L),
                ClockEntry.resume(d("2025-11-28"), "收到第三方意见")), t("2025-11-28 09:00"));

        assertThat(reading.excluded()).isEqualTo(15);
        assertThat(reading.steps().get(2).words()).endsWith("（暂停以 15 个工作日为限，至 2025-11-03）");
    }

    @Test
    void aResumeCountingInFullIgnoresTheLimit() {
        ClockReading reading = DAYS.read(List.of(
                ClockEntry.start(d("2025-10-09"), 20, null),
                ClockEntry.pause(d("2025-10-13"), "征求第三方意见", 15L),
                ClockEntry.resume(d("2025-11-28"), null).countingInFull()), t("2025-11-28 09:00"));

        assertThat(reading.excluded()).isEqualTo(CALENDAR.workingDaysBetween(d("2025-10-13"), d("2025-11-28")));
    }

    @Test
    void anOpenPauseMovesTheDueDateDayByDayUntilItsLimit() {
        List<ClockEntry> ledger = List.of(ClockEntry.start(d("2025-09-26"), 20, null),
                ClockEntry.pause(d("2025-10-13"), "征求第三方意见", 2L));

        assertThat(DAYS.read(ledger, t("2025-10-13 12:00")).due().date()).isEqualTo(d("2025-10-30"));
        assertThat(DAYS.read(ledger, t("2025-10-14 12:00")).due().date()).isEqualTo(d("2025-10-31"));
        assertThat(DAYS.read(ledger, t("2025-10-14 12:00")).status()).isEqualTo(ClockReading.Status.PAUSED);
        assertThat(DAYS.read(ledger, t("2025-10-20 12:00")).pausedFor()).isEqualTo(2);
    }

    @Test
    void aRestartCountsFromItsOwnDayForgetsPausesAndKeepsExtensions() {
        ClockReading reading = DAYS.read(List.of(
                ClockEntry.start(d("2025-09-26"), 20, "收到申请"),
                ClockEntry.extend(d("2025-09-29"), 5, "延期答复"),
                ClockEntry.pause(d("2025-09-30"), "补正通知", null),
                ClockEntry.restart(d("2025-10-10"), "补正到达")), t("2025-10-10 09:00"));

        assertThat(reading.start()).isEqualTo(t("2025-10-10 00:00"));
        assertThat(reading.excluded()).isZero();
        assertThat(reading.due().date()).isEqualTo(d("2025-11-13"));
        assertThat(reading.steps().get(3).words()).isEqualTo("2025-10-10 补正到达：重新计时，此前已用时间和暂停不再计算，"
                + "已批准的延长 5 个工作日保留");
    }

    @Test
    void aStopDuringAPauseDoesNotCountThePauseAndIsNeverOverdue() {
        ClockReading reading = DAYS.read(List.of(
                ClockEntry.start(d("2025-09-26"), 20, null),
                ClockEntry.pause(d("2025-10-13"), "收费通知", 20L),
                ClockEntry.stop(d("2025-11-20"), "办结")), t("2025-12-31 09:00"));

        assertThat(reading.status()).isEqualTo(ClockReading.Status.STOPPED);
        assertThat(reading.due().date()).isEqualTo(d("2025-10-30"));
        assertThat(reading.overdueAt(t("2025-12-31 09:00"))).isFalse();
        assertThat(reading.steps().get(2).words()).isEqualTo("2025-11-20 办结：停止计时（暂停中停止，暂停期间不计）");
    }

    @Test
    void overdueTheDayAfterTheDueDay() {
        ClockReading reading = DAYS.read(List.of(ClockEntry.start(d("2025-09-26"), 20, null)), t("2025-10-30 17:00"));

        assertThat(reading.overdueAt(t("2025-10-30 23:59"))).isFalse();
        assertThat(reading.overdueAt(t("2025-10-31 00:00"))).isTrue();
    }

    @Test
    void provisionalWhenTheCountCrossesIntoAYearWithoutOfficialData() {
        ClockReading reading = DAYS.read(List.of(ClockEntry.start(d("2027-12-20"), 20, null)), t("2027-12-20 09:00"));

        assertThat(reading.due().provisional()).isTrue();
        assertThat(reading.explanation()).endsWith("（暂定）");
    }

    // --- calendar days ---------------------------------------------------------------------------------------

    @Test
    void calendarDaysCountHolidaysAndWeekends() {
        ClockDue due = CALENDAR_DAYS.read(List.of(ClockEntry.start(d("2025-09-30"), 15, null)), t("2025-09-30 09:00"))
                .due();

        assertThat(due.date()).isEqualTo(d("2025-10-15"));
        assertThat(due.provisional()).isFalse();
        assertThat(due.explanation()).isEqualTo("自 2025-09-30 起算 15 个自然日（起算当日不计，周末和节假日照计） → 2025-10-15");
    }

    @Test
    void calendarDayPausesCountEveryDay() {
        ClockReading reading = CALENDAR_DAYS.read(List.of(
                ClockEntry.start(d("2025-09-30"), 15, null),
                ClockEntry.pause(d("2025-10-01"), "挂起", null),
                ClockEntry.resume(d("2025-10-08"), "恢复")), t("2025-10-08 09:00"));

        assertThat(reading.excluded()).isEqualTo(7);
        assertThat(reading.due().date()).isEqualTo(d("2025-10-22"));
    }

    // --- working hours ---------------------------------------------------------------------------------------

    @Test
    void workingHoursSkipTheLunchBreak() {
        ClockDue due = hoursFrom("2025-06-16 11:00", 2);

        assertThat(due.date()).isEqualTo(d("2025-06-16"));
        assertThat(due.time()).isEqualTo(LocalTime.of(14, 30));
        assertThat(due.words()).isEqualTo("2025-06-16 14:30");
    }

    @Test
    void workingHoursEndingExactlyAtNoonEndAtNoon() {
        assertThat(hoursFrom("2025-06-16 10:00", 2).words()).isEqualTo("2025-06-16 12:00");
    }

    @Test
    void workingHoursStartedOutsideOfficeTimeStartAtTheNextOpening() {
        assertThat(hoursFrom("2025-06-16 07:15", 1).words()).isEqualTo("2025-06-16 10:00");
        assertThat(hoursFrom("2025-06-16 12:40", 1).words()).isEqualTo("2025-06-16 14:30");
        assertThat(hoursFrom("2025-06-16 20:00", 1).words()).isEqualTo("2025-06-17 10:00");
    }

    @Test
    void workingHoursSkipTheWeekend() {
        ClockDue due = hoursFrom("2025-06-13 16:30", 2);

        assertThat(due.words()).isEqualTo("2025-06-16 10:00");
        assertThat(due.explanation()).isEqualTo("自 2025-06-13 16:30 起算 2 个工作小时（办公时间 09:00—12:00、13:30—17:30，"
                + "周末和节假日不计）：跳过 周末 2025-06-14 至 2025-06-15 → 2025-06-16 10:00");
    }

    @Test
    void workingHoursSkipNationalDay2025() {
        ClockDue due = hoursFrom("2025-09-30 16:00", 4);

        assertThat(due.words()).isEqualTo("2025-10-09 11:30");
        assertThat(due.explanation()).contains("跳过 国庆节、中秋节 2025-10-01 至 2025-10-08");
        assertThat(due.provisional()).isFalse();
    }

    @Test
    void workingHoursCountTheAdjustedWeekendDays() {
        // Friday 2025-09-26 17:00 + 1 hour: Saturday 09-27 off, Sunday 09-28 is a 调休 working day
        ClockDue sunday = hoursFrom("2025-09-26 17:00", 1);
        assertThat(sunday.words()).isEqualTo("2025-09-28 09:30");
        assertThat(sunday.explanation()).contains("2025-09-28（周日）").contains("调休上班，计入");
        // Friday 2025-10-10 17:00 + 1 hour: Saturday 10-11 is a 调休 working day
        assertThat(hoursFrom("2025-10-10 17:00", 1).words()).isEqualTo("2025-10-11 09:30");
    }

    @Test
    void workingHoursThatCrossIntoAYearWithoutDataAreProvisional() {
        ClockDue due = hoursFrom("2027-12-31 16:00", 2);

        assertThat(due.words()).isEqualTo("2028-01-03 09:30");
        assertThat(due.provisional()).isTrue();
        assertThat(due.explanation()).contains("2028 年的节假日安排尚未公布");
    }

    @Test
    void aPauseInWorkingHoursExcludesOnlyOfficeTime() {
        ClockReading reading = HOURS.read(List.of(
                ClockEntry.start(t("2025-06-16 09:00"), 4, "签收工单"),
                ClockEntry.pause(t("2025-06-16 10:00"), "退单审核", null),
                ClockEntry.resume(t("2025-06-17 10:00"), "退单驳回")), t("2025-06-17 10:00"));

        // Monday 10:00–12:00 and 13:30–17:30, Tuesday 09:00–10:00
        assertThat(reading.excluded()).isEqualTo(7 * 60);
        assertThat(reading.due().words()).isEqualTo("2025-06-17 14:30");
        assertThat(reading.steps().get(2).words())
                .isEqualTo("2025-06-17 10:00 退单驳回：恢复计时，暂停期间 7 个工作小时不计入时限");
        assertThat(reading.overdueAt(t("2025-06-17 14:30"))).isFalse();
        assertThat(reading.overdueAt(t("2025-06-17 14:31"))).isTrue();
    }

    @Test
    void officeHoursAreSetPerUnitWithTheCountyDefault() {
        OfficeHoursSettings settings = new OfficeHoursSettings(null,
                Map.of("11990101100100148H", "08:30-12:00,14:00-17:30"));

        assertThat(settings.forUnit("119901011001002878")).isEqualTo(OfficeHours.defaults());
        OfficeHours office = settings.forUnit("11990101100100148H");
        assertThat(office.minutesPerDay()).isEqualTo(7 * 60);
        ClockDue due = LedgerClock.inWorkingHours(CALENDAR, office)
                .read(List.of(ClockEntry.start(t("2025-06-16 11:00"), 2, null)), t("2025-06-16 11:00")).due();
        assertThat(due.words()).isEqualTo("2025-06-16 15:00");
    }

    @Test
    void officeHoursRefuseNonsense() {
        assertThatThrownBy(() -> OfficeHours.parse("12:00-09:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OfficeHours.parse("09:00-12:00,11:00-13:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OfficeHours.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThat(OfficeHours.parse("13:30–17:30，09:00-12:00").words()).isEqualTo("09:00—12:00、13:30—17:30");
    }

    // --- ledgers that cannot be counted --------------------------------------------------------------------------

    @Test
    void refusesLedgersThatCannotBeCounted() {
        LocalDateTime now = t("2025-12-31 09:00");
        assertThatThrownBy(() -> DAYS.read(List.of(ClockEntry.pause(d("2025-09-26"), "挂起", null)), now))
                .isInstanceOf(GongkaiException.class).hasMessageContaining("尚未开始计时");
        assertThatThrownBy(() -> DAYS.read(List.of(ClockEntry.start(d("2025-09-26"), 20, null),
                ClockEntry.start(d("2025-09-29"), 20, null)), now)).hasMessageContaining("不能再次开始");
        assertThatThrownBy(() -> DAYS.read(List.of(ClockEntry.start(d("2025-09-26"), 20, null),
                ClockEntry.extend(d("2025-09-25"), 5, "延期")), now)).hasMessageContaining("须按时间先后登记");
        assertThatThrownBy(() -> DAYS.read(List.of(ClockEntry.start(d("2025-09-26"), 20, null),
                ClockEntry.pause(d("2025-09-29"), "挂起", null), ClockEntry.pause(d("2025-09-30"), "挂起", null)), now))
                .hasMessageContaining("不能再次暂停");
        assertThatThrownBy(() -> DAYS.read(List.of(ClockEntry.start(d("2025-09-26"), 20, null),
                ClockEntry.resume(d("2025-09-29"), null)), now)).hasMessageContaining("没有暂停");
        assertThatThrownBy(() -> DAYS.read(List.of(ClockEntry.start(d("2025-09-26"), 20, null),
                ClockEntry.stop(d("2025-09-29"), "办结"), ClockEntry.extend(d("2025-09-30"), 5, "延期")), now))
                .hasMessageContaining("已于 2025-09-29 停止计时");
        assertThatThrownBy(() -> DAYS.read(List.of(ClockEntry.start(d("2025-09-26"), 20, null),
                ClockEntry.extend(d("2025-09-30"), 0, "延期")), now)).hasMessageContaining("须大于 0");
    }

    @Test
    void nothingIsDueBeforeTheStart() {
        ClockReading reading = DAYS.read(List.of(), t("2025-09-26 09:00"));

        assertThat(reading.status()).isEqualTo(ClockReading.Status.NOT_STARTED);
        assertThat(reading.due()).isNull();
        assertThat(reading.explanation()).isEqualTo("未开始计时");
    }
}
