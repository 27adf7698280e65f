package org.gongkai.supervision.bulletins;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures a bulletin prints, frozen when it is generated (a later change of the read model does not rewrite a
 * bulletin): the ranking of the month, the red and yellow lists, the requests and cases overdue at the month's end,
 * the supervision tasks overdue (escalated to the bulletin) and in rectification, and the month's task counts.
 */
public record BulletinContent(int unitCount, List<RankRow> ranking, List<String> redList, List<String> yellowList,
        List<OverdueCase> overdueCases, List<TaskLine> overdueTasks, List<TaskLine> rectifying, int tasksOpened,
        int tasksClosed) {

    /** {@code light}: 红榜 (red), 黄榜 (yellow) or blank. */
    public record RankRow(int rank, String unitCode, String unitName, BigDecimal score, String light) {}

    /** {@code kind} in Chinese (依申请公开, 政务服务, 12345热线). */
    public record OverdueCase(String kind, String number, String unitName, LocalDate dueOn) {}

    public record TaskLine(String number, String title, String unitNames, LocalDate dueOn, String status) {}

    public BulletinContent {
        ranking = List.copyOf(ranking);
        redList = List.copyOf(redList);
        yellowList = List.copyOf(yellowList);
        overdueCases = List.copyOf(overdueCases);
        overdueTasks = List.copyOf(overdueTasks);
        rectifying = List.copyOf(rectifying);
    }
}
