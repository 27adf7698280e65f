package org.gongkai.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;

/**
 * Whether a report may be submitted or published (#10), checked like the table checks and listed on the console
 * page: every narrative part is written (no part empty, no placeholder such as {@code （请填写）} left from the
 * generated draft or a template — each one named), and the year it covers has ended by the application's clock.
 * The report command handlers refuse with {@link ErrorCode#REPORT_NOT_READY}, naming every reason.
 */
public final class ReportReadiness {

    /**
     * One readiness check. {@code field} is the narrative input it concerns ({@code overview}, {@code problems},
     * {@code otherMatters}) or {@code year}.
     */
    public record Check(String field, String name, boolean ok, String detail) {}

    /** A placeholder: 请填写/请补充/待填写… in brackets (full- or half-width, 【】 too), or a run of underscores. */
    static final Pattern PLACEHOLDER = Pattern.compile(
            "[（(【\\[]\\s*(?:请|待)(?:填写|补充|填入|输入)[^）)】\\]]{0,40}[）)】\\]]|[_＿]{3,}");

    static final List<String> FIELDS = List.of("overview", "problems", "otherMatters");

    private ReportReadiness() {}

    /** The heading of a narrative part as the report prints it. */
    public static String partLabel(String field) {
        return switch (field) {
            case "overview" -> "一、总体情况";
            case "problems" -> "五、存在的主要问题及改进情况";
            default -> "六、其他需要报告的事项";
        };
    }

    /** Every check, passing ones too: one per part without placeholders, one per placeholder found, the year. */
    public static List<Check> of(AnnualReport.Narrative narrative, int year, LocalDate today) {
        List<Check> out = new ArrayList<>();
        String[] parts = {narrative.overview(), narrative.problems(), narrative.otherMatters()};
        for (int i = 0; i < parts.length; i++) {
            String field = FIELDS.get(i);
            String label = partLabel(field);
            String text = parts[i] == null ? "" : parts[i].strip();
            if (text.isEmpty()) {
                out.add(new Check(field, "“" + label + "”尚未填写", false, "该部分为空"));
                continue;
            }
            Matcher m = PLACEHOLDER.matcher(text);
            boolean found = false;
            while (m.find()) {
                found = true;
                out.add(new Check(field, "“" + label + "”中的占位内容“" + m.group() + "”尚未填写", false,
                        context(text, m.start(), m.end())));
            }
            if (!found) {
                out.add(new Check(field, "“" + label + "”已填写，没有占位内容", true, ""));
            }
        }
        boolean ended = today.getYear() > year;
        out.add(new Check("year", ended ? year + "年度已结束" : year + "年度尚未结束，" + (year + 1) + "年1月1日起方可报送和公开",
                ended, "今天是 " + today));
        return out;
    }

    public static List<Check> of(AnnualReport.Narrative narrative, int year, Clock clock) {
        return of(narrative, year, LocalDate.now(clock));
    }

    public static List<Check> failed(List<Check> checks) {
        return checks.stream().filter(c -> !c.ok()).toList();
    }

    /** Refuses, naming every failing check, when any fails. {@code action} is 报送 or 公开. */
    static void require(List<Check> checks, String action) {
        List<Check> failed = failed(checks);
        if (failed.isEmpty()) {
            return;
        }
        StringBuilder reasons = new StringBuilder();
        for (Check c : failed) {
            reasons.append(reasons.isEmpty() ? "" : "；").append(c.name());
        }
        throw new GongkaiException(ErrorCode.REPORT_NOT_READY, "年度报告不能" + action + "：" + reasons,
                failed.get(0).field());
    }

    private static String context(String text, int start, int end) {
        int from = Math.max(0, start - 12);
        int to = Math.min(text.length(), end + 12);
        return (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ") + (to < text.length() ? "…" : "");
    }
}
