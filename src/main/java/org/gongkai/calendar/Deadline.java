package org.gongkai.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * "N working days from a start date", with the reasons: which days in the span were not counted and why,
 * and which weekend days were counted because they were made working days. Later modules show
 * {@link #explanation()} to citizens next to a due date.
 *
 * @param start              the day the period starts from (never counted itself)
 * @param workingDays        N
 * @param date               the N-th working day strictly after {@code start} ({@code start} when N = 0)
 * @param provisional        true when a calendar year crossed has no official data yet, so the date may change
 * @param notCounted         days after {@code start} up to {@code date} that were skipped, in order
 * @param adjustedWorkingDays weekend days in the span that were counted as working days (调休上班), in order
 * @param yearsWithoutData   calendar years crossed for which no official arrangement is known
 */
public record Deadline(LocalDate start, int workingDays, LocalDate date, boolean provisional, List<Day> notCounted,
        List<Day> adjustedWorkingDays, List<Integer> yearsWithoutData) {

    /** Weekend runs beyond this number are summarised as a count in the explanation. */
    private static final int WEEKEND_RUNS_LISTED = 3;

    static final String WEEKEND = "周末";

    /** A day with the reason it was skipped (holiday name or 周末) or counted (the holiday it makes up for). */
    public record Day(LocalDate date, String reason) {}

    public Deadline {
        notCounted = List.copyOf(notCounted);
        adjustedWorkingDays = List.copyOf(adjustedWorkingDays);
        yearsWithoutData = List.copyOf(yearsWithoutData);
    }

    /**
     * A short Chinese explanation, e.g. {@code 自 2025-09-30 起算 3 个工作日（起算当日不计）：跳过 国庆节、中秋节
     * 2025-10-01 至 2025-10-08；2025-10-11（周六）调休上班，计入 → 2025-10-11}.
     */
    public String explanation() {
        StringBuilder out = new StringBuilder();
        out.append("自 ").append(start).append(" 起算 ").append(workingDays).append(" 个工作日");
        if (workingDays == 0) {
            out.append(" → ").append(date);
        } else {
            out.append("（起算当日不计）");
            String days = daysText();
            if (!days.isEmpty()) {
                out.append("：").append(days);
            }
            out.append(" → ").append(date);
        }
        if (provisional) {
            out.append("。").append(provisionalText());
        }
        return out.toString();
    }

    /** The days not counted and the weekend days counted, e.g. {@code 跳过 国庆节 …；2025-10-11（周六）调休上班，计入}. */
    String daysText() {
        List<String> parts = new ArrayList<>();
        String skipped = skippedText();
        if (!skipped.isEmpty()) {
            parts.add("跳过 " + skipped);
        }
        if (!adjustedWorkingDays.isEmpty()) {
            parts.add(adjustedWorkingDays.stream().map(d -> withWeekday(d.date()))
                    .collect(Collectors.joining("、")) + "调休上班，计入");
        }
        return String.join("；", parts);
    }

    String provisionalText() {
        return "注意：" + yearsWithoutData.stream().map(y -> y + " 年").collect(Collectors.joining("、"))
                + "的节假日安排尚未公布或未录入，此日期为暂定，公布后可能变化";
    }

    private String skippedText() {
        List<List<Day>> runs = new ArrayList<>();
        for (Day day : notCounted) {
            List<Day> last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            Day prev = last == null ? null : last.get(last.size() - 1);
            if (prev != null && prev.reason().equals(day.reason()) && prev.date().plusDays(1).equals(day.date())) {
                last.add(day);
            } else {
                List<Day> run = new ArrayList<>();
                run.add(day);
                runs.add(run);
            }
        }
        long weekendRuns = runs.stream().filter(r -> r.get(0).reason().equals(WEEKEND)).count();
        boolean listWeekends = weekendRuns <= WEEKEND_RUNS_LISTED;
        List<String> texts = new ArrayList<>();
        for (List<Day> run : runs) {
            boolean weekend = run.get(0).reason().equals(WEEKEND);
            if (weekend && !listWeekends) {
                continue;
            }
            texts.add(run.get(0).reason() + " " + range(run));
        }
        if (!listWeekends) {
            long weekendDays = notCounted.stream().filter(d -> d.reason().equals(WEEKEND)).count();
            texts.add("周末共 " + weekendDays + " 天");
        }
        return String.join("，", texts);
    }

    private static String range(List<Day> run) {
        if (run.size() == 1) {
            return withWeekday(run.get(0).date());
        }
        return run.get(0).date() + " 至 " + run.get(run.size() - 1).date();
    }

    static String withWeekday(LocalDate date) {
        return date + "（" + weekday(date.getDayOfWeek()) + "）";
    }

    static String weekday(DayOfWeek d) {
        return switch (d) {
            case MONDAY -> "周一";
            case TUESDAY -> "周二";
            case WEDNESDAY -> "周三";
            case THURSDAY -> "周四";
            case FRIDAY -> "周五";
            case SATURDAY -> "周六";
            case SUNDAY -> "周日";
        };
    }
}
