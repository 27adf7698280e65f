package org.gongkai.supervision;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What the monthly bulletin says about supervision tasks (督查督办) of a month: how many were opened and closed, the
 * tasks overdue at the month's end (escalated to a notice in the bulletin) and those in rectification with their
 * status. Implemented by {@code supervision.tasks}.
 */
public record TaskDigest(YearMonth period, int opened, int closed, List<Line> overdue, List<Line> inRectification) {

    /** {@code status} is the task's state label in Chinese, e.g. 整改中, 已逾期. */
    public record Line(String number, String title, List<String> unitCodes, LocalDate dueOn, String status) {}

    public interface Digests {
        TaskDigest forPeriod(YearMonth period);
    }
}
