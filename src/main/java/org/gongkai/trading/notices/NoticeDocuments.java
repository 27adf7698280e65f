package org.gongkai.trading.notices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.catalogue.DisclosureMode;
import org.gongkai.catalogue.DocumentContent;
import org.gongkai.catalogue.InformationCategory;
import org.gongkai.catalogue.Validity;
import org.gongkai.trading.ProjectType;
import org.gongkai.trading.projects.Project;

/**
 * The catalogue document a notice becomes: the title (the project's name and the kind's name unless written), the
 * topic and information category by project type (works → 重大建设项目, procurement → 政府集中采购, the others →
 * 其他), the genre (公告 / 公示), keywords naming the project, and a body of the project's facts, the objection period
 * and the officer's text (plain text, one paragraph per line, escaped here; the catalogue sanitises it again).
 */
final class NoticeDocuments {

    private NoticeDocuments() {}

    static String title(Project p, NoticeKind kind, String written) {
        return written == null || written.isBlank() ? p.title() + kind.labelFor(p.type()) : written.strip();
    }

    static DocumentContent content(Project p, NoticeKind kind, String title, String summary, String text,
            ObjectionPeriod objection, String buyerName, LocalDate today) {
        StringBuilder body = new StringBuilder()
                .append("<table><caption>项目信息</caption><tbody>")
                .append(row("项目编号", p.code()))
                .append(row("项目类型", p.type().label()))
                .append(row("项目名称", p.title()))
                .append(row(p.type().reportsSavings() ? "采购人（招标人）" : "出让人（转让方）", buyerName))
                .append(row(p.type().reportsSavings() ? "预算金额" : "保留价",
                        yuan(p.type().reportsSavings() || p.reserveFen() == null ? p.budgetFen() : p.reserveFen())))
                .append("</tbody></table>");
        for (String line : text.strip().split("\\R")) {
            if (!line.isBlank()) {
                body.append("<p>").append(html(line.strip())).append("</p>");
            }
        }
        if (objection != null) {
            body.append("<h2>异议期</h2><p>").append(objection.start()).append(" 至 ").append(objection.end())
                    .append("（如本公示晚于开始日期发布，异议期自发布之日起计算，且不少于法定天数）。")
                    .append("投标人或者其他利害关系人对中标候选人有异议的，应当在异议期内提出。</p>");
        }
        return new DocumentContent(title, summary == null || summary.isBlank() ? null : summary.strip(), null, today,
                topic(p.type()), category(p.type()), kind.genre(),
                List.of("公共资源交易", p.type().label(), kind.labelFor(p.type()), p.code()), DisclosureMode.PROACTIVE,
                Validity.EFFECTIVE, null, null, null, body.toString());
    }

    static String topic(ProjectType type) {
        return switch (type) {
            case WORKS -> "城乡建设、环境保护\\城乡建设（含住房）";
            case PROCUREMENT -> "财政、金融、审计\\财政";
            case LAND_MINING -> "国土资源、能源\\土地";
            case STATE_ASSETS -> "国民经济管理、国有资产监管\\国有资产监管";
        };
    }

    static InformationCategory category(ProjectType type) {
        return switch (type) {
            case WORKS -> InformationCategory.A20_10_CONSTRUCTION;
            case PROCUREMENT -> InformationCategory.A20_09_PROCUREMENT;
            default -> InformationCategory.A20_15_OTHER;
        };
    }

    /** Fen as 元 with two decimals and the unit, e.g. 1,234,567.80 元. */
    static String yuan(long fen) {
        return String.format("%,.2f 元", BigDecimal.valueOf(fen, 2));
    }

    private static String row(String label, String value) {
        return "<tr><th scope=\"row\">" + html(label) + "</th><td>" + html(value) + "</td></tr>";
    }

    static String html(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
