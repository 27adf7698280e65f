package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The counting rules over the shipped official data (2019–2027), without Spring or a database. */
class WorkingDayArithmeticTest {

    static HolidaySnapshot calendar;

    @BeforeAll
    static void loadShippedData() throws IOException {
        List<OfficialDay> days = new ArrayList<>();
        Set<Integer> years = new HashSet<>();
        for (int year = 2019; year <= 2027; year++) {
            try (InputStream in = WorkingDayArithmeticTest.class.getResourceAsStream("/calendar/holidays/" + year + ".json")) {
                HolidayFile file = HolidayFile.parse(in.readAllBytes());
                days.addAll(file.days());
                if (!file.days().isEmpty()) {
                    years.add(file.year());
                }
            }
        }
        calendar = new HolidaySnapshot(days, years);
    }

    static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    // 2025 National Day and Mid-Autumn: 10-01..10-08 off; Sunday 09-28 and Saturday 10-11 are working days.

    @Test
    void nationalDay2025HolidaysAreSkipped() {
        assertThat(calendar.addWorkingDays(d("2025-09-30"), 1).date()).isEqualTo(d("2025-10-09"));
        assertThat(calendar.addWorkingDays(d("2025-09-30"), 2).date()).isEqualTo(d("2025-10-10"));
    }

    @Test
    void adjustedSaturdayAfterNationalDay2025Counts() {
        Deadline deadline = calendar.addWorkingDays(d("2025-09-30"), 3);

        assertThat(deadline.date()).isEqualTo(d("2025-10-11"));
        assertThat(deadline.adjustedWorkingDays()).containsExactly(new Deadline.Day(d("2025-10-11"), "国庆节、中秋节"));
        assertThat(deadline.notCounted()).hasSize(8).allSatisfy(day -> assertThat(day.reason()).isEqualTo("国庆节、中秋节"));
        assertThat(deadline.provisional()).isFalse();
    }

    @Test
    void fiveWorkingDaysFromTheEveOfNationalDay2025SkipsTheHolidayAndASunday() {
        Deadline deadline = calendar.addWorkingDays(d("2025-09-30"), 5);

        assertThat(deadline.date()).isEqualTo(d("2025-10-14"));
        assertThat(deadline.explanation()).isEqualTo("自 2025-09-30 起算 5 个工作日（起算当日不计）：跳过 国庆节、中秋节 "
                + "2025-10-01 至 2025-10-08，周末 2025-10-12（周日）；2025-10-11（周六）调休上班，计入 → 2025-10-14");
    }

    @Test
    void adjustedSundayBeforeNationalDay2025Counts() {
        assertThat(calendar.isWorkingDay(d("2025-09-28"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2025-09-27"))).isFalse();
        assertThat(calendar.addWorkingDays(d("2025-09-26"), 1).date()).isEqualTo(d("2025-09-28"));
        assertThat(calendar.addWorkingDays(d("2025-09-26"), 2).date()).isEqualTo(d("2025-09-29"));
        assertThat(calendar.addWorkingDays(d("2025-09-26"), 2).notCounted())
                .containsExactly(new Deadline.Day(d("2025-09-27"), "周末"));
    }

    // 2026 Spring Festival (2026.json): 02-15..02-23 off; Saturdays 02-14 and 02-28 are working days.

    @Test
    void springFestival2026() {
        assertThat(calendar.isWorkingDay(d("2026-02-14"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2026-02-16"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2026-02-23"))).isFalse();
        assertThat(calendar.addWorkingDays(d("2026-02-13"), 1).date()).isEqualTo(d("2026-02-14"));
        assertThat(calendar.addWorkingDays(d("2026-02-13"), 2).date()).isEqualTo(d("2026-02-24"));
        assertThat(calendar.addWorkingDays(d("2026-02-14"), 1).date()).isEqualTo(d("2026-02-24"));
        // 02-24..02-27 are days 1..4, Saturday 02-28 is a make-up working day: day 5
        assertThat(calendar.addWorkingDays(d("2026-02-23"), 5).date()).isEqualTo(d("2026-02-28"));
        assertThat(calendar.addWorkingDays(d("2026-02-23"), 6).date()).isEqualTo(d("2026-03-02"));
        // Thursday 02-12: Fri 02-13 (1), Sat 02-14 make-up (2), holiday, Tue 02-24 (3)
        Deadline deadline = calendar.addWorkingDays(d("2026-02-12"), 3);
        assertThat(deadline.date()).isEqualTo(d("2026-02-24"));
        assertThat(deadline.explanation()).contains("跳过 春节 2026-02-15 至 2026-02-23").contains("2026-02-14（周六）调休上班");
    }

    @Test
    void twentyWorkingDaysAcrossSpringFestival2026() {
        // a disclosure request received on Tuesday 2026-02-10: 02-11..02-14 are days 1-4 (Saturday 02-14 made
        // a working day), the holiday 02-15..02-23 is skipped, 02-24..02-28 are days 5-9 (Saturday 02-28 made a
        // working day), then March: 03-02..03-06 (10-14), 03-09..03-13 (15-19), Monday 03-16 is day 20
        assertThat(calendar.addWorkingDays(d("2026-02-10"), 20).date()).isEqualTo(d("2026-03-16"));
        assertThat(calendar.workingDaysBetween(d("2026-02-10"), d("2026-03-16"))).isEqualTo(20);
        assertThat(calendar.workingDaysBetween(d("2026-02-10"), d("2026-03-13"))).isEqualTo(19);
    }

    @Test
    void zeroWorkingDaysIsTheStartDayItself() {
        Deadline deadline = calendar.addWorkingDays(d("2025-10-01"), 0);

        assertThat(deadline.date()).isEqualTo(d("2025-10-01"));
        assertThat(deadline.notCounted()).isEmpty();
        assertThat(deadline.explanation()).isEqualTo("自 2025-10-01 起算 0 个工作日 → 2025-10-01");
    }

    @Test
    void deadlineRunningIntoAYearWithoutDataIsProvisional() {
        Deadline inside = calendar.addWorkingDays(d("2026-12-01"), 10);
        Deadline across = calendar.addWorkingDays(d("2026-12-20"), 15);

        assertThat(inside.provisional()).isFalse();
        assertThat(across.date().getYear()).isEqualTo(2027);
        assertThat(across.provisional()).isTrue();
        assertThat(across.yearsWithoutData()).containsExactly(2027);
        assertThat(across.explanation()).contains("2027 年的节假日安排尚未公布");
        assertThat(calendar.hasData(2026)).isTrue();
        assertThat(calendar.hasData(2027)).isFalse();
    }

    @Test
    void dataFromAnEarlierNoticeYearIsUsed() {
        // the 2019 notice makes Saturday 2018-12-29 a working day
        assertThat(calendar.isWorkingDay(d("2018-12-29"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2018-12-31"))).isFalse();
        assertThat(calendar.addWorkingDays(d("2018-12-28"), 1).provisional()).isTrue(); // 2018 itself has no data
    }

    @Test
    void workingDaysBetweenCountsStrictlyAfterFromUpToAndIncludingTo() {
        assertThat(calendar.workingDaysBetween(d("2025-09-30"), d("2025-10-11"))).isEqualTo(3);
        assertThat(calendar.workingDaysBetween(d("2025-09-26"), d("2025-09-28"))).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(d("2025-10-09"), d("2025-10-09"))).isZero();
        assertThat(calendar.workingDaysBetween(d("2025-10-10"), d("2025-10-09"))).isZero();
    }

    @Test
    void workingDaysBetweenIsTheInverseOfAddingWorkingDays() {
        for (LocalDate from = d("2025-09-01"); from.isBefore(d("2026-03-01")); from = from.plusDays(3)) {
            for (int n : new int[] {1, 5, 15, 20}) {
                assertThat(calendar.workingDaysBetween(from, calendar.addWorkingDays(from, n).date())).isEqualTo(n);
            }
        }
    }

    @Test
    void ordinaryWeekendsAreSkippedAndSummarisedWhenMany() {
        assertThat(calendar.addWorkingDays(d("2025-11-07"), 1).date()).isEqualTo(d("2025-11-10"));
        Deadline long_ = calendar.addWorkingDays(d("2025-03-03"), 60);
        assertThat(long_.explanation()).contains("周末共").contains("清明节").contains("劳动节");
    }

    @Test
    void negativeWorkingDaysAreAProgrammingError() {
        assertThatThrownBy(() -> calendar.addWorkingDays(d("2025-01-01"), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
