package org.gongkai.calendar.api;

import java.time.LocalDate;
import org.gongkai.calendar.CalendarService;
import org.gongkai.calendar.Deadline;
import org.gongkai.calendar.WorkingDayCalendar;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public working-day arithmetic. Parameters are taken as text and parsed here, so that every refusal is a
 * Chinese message naming the parameter (rendered as 400 problem JSON by the shared handler).
 */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApi {

    static final int MAX_DAYS = 400;
    private final WorkingDayCalendar calendar;

    CalendarApi(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    record AddWorkingDays(String from, int days, String date, boolean provisional, String explanation) {}

    record WorkingDaysBetween(int days) {}

    @GetMapping("/add-working-days")
    AddWorkingDays addWorkingDays(@RequestParam(required = false) String from,
            @RequestParam(required = false) String days) {
        LocalDate start = CalendarService.parseDate(from, "from");
        int n = days(days);
        Deadline deadline = calendar.addWorkingDays(start, n);
        return new AddWorkingDays(start.toString(), n, deadline.date().toString(), deadline.provisional(),
                deadline.explanation());
    }

    @GetMapping("/working-days-between")
    WorkingDaysBetween workingDaysBetween(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        LocalDate start = CalendarService.parseDate(from, "from");
        LocalDate end = CalendarService.parseDate(to, "to");
        if (end.isAfter(start.plusYears(10))) {
            throw new GongkaiException(ErrorCode.OUT_OF_RANGE, "起止日期相隔不能超过 10 年", "to");
        }
        return new WorkingDaysBetween(calendar.workingDaysBetween(start, end));
    }

    private static int days(String text) {
        String message = "工作日数（days）应为 0 至 " + MAX_DAYS + " 之间的整数";
        if (text == null || text.isBlank()) {
            throw new GongkaiException(ErrorCode.OUT_OF_RANGE, "请填写" + message, "days");
        }
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= 0 && n <= MAX_DAYS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new GongkaiException(ErrorCode.OUT_OF_RANGE, message, "days");
    }
}
