package org.gongkai.reports;

import static org.gongkai.reports.ReportLayout.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.gongkai.requests.RequestStatistics.Timeliness;

/**
 * The generated first draft of the narrative parts 一、五、六 from the year's numbers. Staff edit it; once saved,
 * their text is kept.
 */
final class NarrativeDraft {

    /** What the draft is written from. {@code lastYearNew} is null when last year is unknown. */
    record Facts(String unitName, int year, ReportTables tables, Long lastYearNew, Timeliness timeliness,
            long feesPaidFen) {}

    /** What the draft leaves for staff to write; {@link ReportReadiness} refuses submission while it is there. */
    static final String PLACEHOLDER = "（请填写）";

    private NarrativeDraft() {}

    static AnnualReport.Narrative of(Facts f) {
        return new AnnualReport.Narrative(overview(f), problems(f), otherMatters(f));
    }

    static String overview(Facts f) {
        ReportTables t = f.tables();
        long received = t.t3(NEW_THIS_YEAR, TOTAL);
        StringBuilder s = new StringBuilder();
        s.append(f.year()).append("年，").append(f.unitName())
                .append("认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。");
        s.append("全年主动公开规章").append(t.t2(RULES, ISSUED)).append("件、行政规范性文件")
                .append(t.t2(NORMATIVE_DOCUMENTS, ISSUED)).append("件。");
        s.append("本年新收政府信息公开申请").append(received).append("件");
        if (f.lastYearNew() != null) {
            long diff = received - f.lastYearNew();
            s.append("，上年").append(f.lastYearNew()).append("件，");
            s.append(diff == 0 ? "与上年持平" : (diff > 0 ? "比上年增加" : "比上年减少") + Math.abs(diff) + "件");
            if (diff != 0 && f.lastYearNew() > 0) {
                s.append("（").append(diff > 0 ? "增长" : "下降").append(percent(Math.abs(diff), f.lastYearNew()))
                        .append("%）");
            }
        }
        s.append("；上年结转").append(t.t3(CARRIED_OVER, TOTAL)).append("件；本年度办结")
                .append(t.t3(TOTAL_HANDLED, TOTAL)).append("件");
        Timeliness on = f.timeliness();
        if (on.decided() > 0) {
            s.append("，其中在法定期限内答复").append(on.onTime()).append("件，按时答复率")
                    .append(percent(on.onTime(), on.decided())).append("%");
        }
        s.append("；结转下年度继续办理").append(t.t3(CARRIED_TO_NEXT, TOTAL)).append("件。");
        return s.toString();
    }

    static String problems(Facts f) {
        ReportTables t = f.tables();
        long reviews = TABLE4_KINDS.stream().mapToLong(k -> t.t4(k, TOTAL)).sum();
        long corrected = TABLE4_KINDS.stream().mapToLong(k -> t.t4(k, "CORRECTED")).sum();
        StringBuilder s = new StringBuilder();
        s.append("本年度因政府信息公开工作被申请行政复议、提起行政诉讼共").append(reviews).append("件");
        s.append(corrected > 0 ? "，其中结果被纠正" + corrected + "件。" : "。");
        s.append("存在的主要问题：").append(PLACEHOLDER).append("。改进情况：下一步将进一步规范依申请公开办理流程，加强答复文书审核，提升政府信息公开工作质量。");
        return s.toString();
    }

    static String otherMatters(Facts f) {
        if (f.feesPaidFen() <= 0) {
            return "本年度未收取信息处理费。";
        }
        return "本年度依据《政府信息公开信息处理费管理办法》收取信息处理费"
                + BigDecimal.valueOf(f.feesPaidFen()).movePointLeft(2).setScale(2, RoundingMode.HALF_UP).toPlainString()
                + "元。";
    }

    private static String percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
