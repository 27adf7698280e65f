package org.gongkai.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.gongkai.calendar.OfficeHours;
import org.gongkai.calendar.ShippedCalendar;
import org.junit.jupiter.api.Test;

/** The limits of issue #12 over the shipped official calendar (holidays and 调休 days included). */
class HotlineClockTest {

    final HotlineClock clock = new HotlineClock(ShippedCalendar.INSTANCE, HotlineSettings.defaults());

    @Test
    void aComplaintReceivedBeforeNationalDay2025SkipsTheHolidayAndCountsTheMakeUpDays() {
        // received on Sunday 28 September 2025 (a 调休 working day) late at night: that day is not counted;
        // 29, 30 Sep, 9, 10, 11 (Saturday, 调休), 13–17 Oct = 10 working days
        LocalDate due = clock.answerDue("COMPLAINT", Urgency.NORMAL, LocalDate.of(2025, 9, 28), List.of());
        assertThat(due).isEqualTo(LocalDate.of(2025, 10, 17));
    }

    @Test
    void anUrgentHelpHalvesFiveDaysRoundedUpAndSkipsDragonBoat2026() {
        // 3 working days from Tuesday 16 June 2026: 17, 18, (19 端午节), 22
        assertThat(HotlineSettings.defaults().answerDays("HELP", Urgency.URGENT)).isEqualTo(3);
        assertThat(clock.answerDue("HELP", Urgency.URGENT, LocalDate.of(2026, 6, 16), List.of()))
                .isEqualTo(LocalDate.of(2026, 6, 22));
    }

    @Test
    void aCriticalTicketIsDueTheNextWorkingDay() {
        assertThat(clock.answerDue("REPORT", Urgency.CRITICAL, LocalDate.of(2026, 6, 12), List.of()))
                .isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(clock.answerDue("COMPLAINT", Urgency.CRITICAL, LocalDate.of(2026, 6, 18), List.of()))
                .isEqualTo(LocalDate.of(2026, 6, 22));
    }

    @Test
    void anApprovedExtensionAddsItsWorkingDays() {
        LocalDate received = LocalDate.of(2026, 6, 15);
        assertThat(clock.answerDue("COMPLAINT", Urgency.NORMAL, received, List.of()))
                .isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(clock.answerDue("COMPLAINT", Urgency.NORMAL, received,
                List.of(new HotlineClock.Extension(LocalDate.of(2026, 6, 22), 5))))
                .isEqualTo(LocalDate.of(2026, 7, 7));
    }

    @Test
    void eachCategoryHasItsDefaultLimit() {
        HotlineSettings s = HotlineSettings.defaults();
        assertThat(Map.of("CONSULTATION", s.answerDays("CONSULTATION", Urgency.NORMAL), "HELP",
                s.answerDays("HELP", Urgency.NORMAL), "COMPLAINT", s.answerDays("COMPLAINT", Urgency.NORMAL), "REPORT",
                s.answerDays("REPORT", Urgency.NORMAL), "SUGGESTION", s.answerDays("SUGGESTION", Urgency.NORMAL),
                "PRAISE", s.answerDays("PRAISE", Urgency.NORMAL), "OTHER", s.answerDays("OTHER", Urgency.NORMAL)))
                .isEqualTo(Map.of("CONSULTATION", 1, "HELP", 5, "COMPLAINT", 10, "REPORT", 15, "SUGGESTION", 10,
                        "PRAISE", 10, "OTHER", 5));
        assertThat(s.answerDays("REPORT", Urgency.URGENT)).isEqualTo(8);
        assertThat(s.answerDays("CONSULTATION", Urgency.URGENT)).isEqualTo(1);
    }

    @Test
    void settingsAddCategoriesAndOverrideLimitsPerUrgency() {
        HotlineSettings s = new HotlineSettings("X", Map.of("DEMAND", "求决"), null, Map.of("DEMAND", 7),
                Map.of("COMPLAINT", 3), Map.of("REPORT", 2), 1, 10, null, false);
        assertThat(s.categories()).containsEntry("DEMAND", "求决").containsEntry("CONSULTATION", "咨询");
        assertThat(s.answerDays("DEMAND", Urgency.NORMAL)).isEqualTo(7);
        assertThat(s.answerDays("DEMAND", Urgency.URGENT)).isEqualTo(4);
        assertThat(s.answerDays("COMPLAINT", Urgency.URGENT)).isEqualTo(3);
        assertThat(s.answerDays("REPORT", Urgency.CRITICAL)).isEqualTo(2);
        HotlineSettings unset = new HotlineSettings("X", Map.of("APPEAL", "申诉"), null, null, null, null, 1, 10, null,
                false);
        assertThat(unset.answerDays("APPEAL", Urgency.NORMAL)).isEqualTo(5);
    }

    @Test
    void theAcceptLimitIsOneWorkingHourInTheUnitsOfficeHours() {
        OfficeHours hours = OfficeHours.parse(OfficeHours.DEFAULT); // 09:00-12:00, 13:30-17:30
        assertThat(clock.acceptDue(LocalDateTime.of(2026, 6, 15, 10, 0), Urgency.NORMAL, hours))
                .isEqualTo(LocalDateTime.of(2026, 6, 15, 11, 0));
        // 45 minutes left on Monday, 15 more on Tuesday morning
        assertThat(clock.acceptDue(LocalDateTime.of(2026, 6, 15, 16, 45), Urgency.NORMAL, hours))
                .isEqualTo(LocalDateTime.of(2026, 6, 16, 9, 15));
        // Thursday 18 June 2026 at 17:00: 30 minutes, then 端午节 and the weekend, so Monday 22 June 09:30
        assertThat(clock.acceptDue(LocalDateTime.of(2026, 6, 18, 17, 0), Urgency.NORMAL, hours))
                .isEqualTo(LocalDateTime.of(2026, 6, 22, 9, 30));
        // over lunch: 11:30 + 30 minutes, then from 13:30
        assertThat(clock.acceptDue(LocalDateTime.of(2026, 6, 15, 11, 30), Urgency.NORMAL, hours))
                .isEqualTo(LocalDateTime.of(2026, 6, 15, 14, 0));
    }

    @Test
    void theClockExplainsItsCount() {
        String words = clock.answer("COMPLAINT", Urgency.URGENT, LocalDate.of(2026, 6, 15), false,
                List.of(new HotlineClock.Extension(LocalDate.of(2026, 6, 17), 2)), null, LocalDate.of(2026, 6, 17))
                .explanation();
        assertThat(words).contains("受理（投诉，紧急）").contains("时限 5 个工作日").contains("中心批准延期")
                .contains("期限 2026-06-25");
    }
}
