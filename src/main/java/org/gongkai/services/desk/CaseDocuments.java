package org.gongkai.services.desk;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.common.CjkPdf;
import org.gongkai.common.DocumentFonts;
import org.gongkai.services.ItemKind;
import org.gongkai.services.desk.CaseDocumentViews.Issuer;
import org.gongkai.services.desk.CaseDocumentViews.MaterialLine;
import org.gongkai.services.desk.CaseDocumentViews.Notice;
import org.gongkai.services.desk.CaseDocumentViews.Receipt;
import org.gongkai.services.desk.CaseDocumentViews.Refusal;
import org.springframework.stereotype.Component;

/**
 * The documents a service window hands over, as A4 PDFs with the configured CJK font (selectable text): the receipt
 * (受理通知书; 收件凭证 while the case is not yet accepted), the refusal notice (不予受理通知书, with the reason, its legal
 * basis and the remedies) and the one-time notice (一次性告知书, every missing material at once). Each is written from a
 * plain view ({@link CaseDocumentViews}); every text is escaped into a fixed page skeleton.
 */
@Component
public class CaseDocuments {

    private final DocumentFonts fonts;

    public CaseDocuments(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] receipt(Receipt r) {
        Page page = new Page(r.accepted() ? "受理通知书" : "收件凭证", r.caseNumber());
        page.line(salutation(r.applicantName()));
        if (r.accepted()) {
            page.para("你（单位）于" + date(r.receivedOn()) + "提交的“" + r.itemName() + "”申请，经审查，申请材料齐全、"
                    + "符合法定形式，本机关于" + date(r.acceptedOn()) + "决定予以受理。");
        } else {
            page.para("本机关已于" + date(r.receivedOn()) + "收到你（单位）提交的“" + r.itemName()
                    + "”申请材料，正在审查，审查后将告知是否受理。");
        }
        page.table();
        page.row("办件编号", r.caseNumber());
        page.row("查询码", r.queryCode() != null && !r.queryCode().isBlank() ? r.queryCode().trim().toUpperCase()
                : nonBlank(r.queryCodeHint(), "已发送至申请人预留的手机或电子邮箱"));
        page.row("办理事项", r.itemName() + "（" + r.itemCode() + "）");
        page.row("申请人", r.applicantName());
        page.row("收件方式", r.channel()
                + (r.stationName() == null ? "" : "，" + r.stationName())
                + (r.agentName() == null || r.agentName().isBlank() ? "" : "，代办员 " + r.agentName()));
        page.row("收件日期", date(r.receivedOn()));
        if (r.accepted()) {
            page.row("受理日期", date(r.acceptedOn()));
            page.row("承诺办理时限", limit(r));
            page.row("承诺办结日期", r.dueOn() == null ? "以查询页面显示为准" : date(r.dueOn())
                    + (r.kind() == ItemKind.IMMEDIATE ? "（即办件，当日办结）" : ""));
        }
        page.endTable();
        page.heading("已收取的申请材料");
        List<MaterialLine> received = r.materials().stream().filter(MaterialLine::provided).toList();
        page.materials(received, "未登记收取材料");
        if (r.accepted() && r.kind() != ItemKind.IMMEDIATE) {
            page.note("办理时限自受理之次日起计算" + (r.clockUnit() == org.gongkai.calendar.ClockUnit.WORKING_DAYS
                    ? "，按工作日计算，法定节假日和周末不计（调休上班日计入）" : "，按自然日计算")
                    + "；依法需要公示、检测、专家评审、听证、现场勘查的，所需时间不计算在办理时限内，届时另行告知。");
        }
        page.note("凭办件编号和查询码可在 " + nonBlank(r.statusAddress(), "本机关门户网站") + " 查询办理进度。"
                + "查询码是查询本办件的凭证，请妥善保管，勿告知他人。");
        page.sign(r.issuer(), r.accepted() ? r.acceptedOn() : r.receivedOn());
        return fonts.pdf(page.html());
    }

    public byte[] refusal(Refusal r) {
        Page page = new Page("不予受理通知书", r.caseNumber());
        page.line(salutation(r.applicantName()));
        page.para("你（单位）于" + date(r.receivedOn()) + "提交的“" + r.itemName() + "”申请（办件编号 " + r.caseNumber()
                + "），经审查，决定不予受理。");
        page.table();
        page.row("不予受理的理由", r.reason());
        page.row("依据", nonBlank(r.basis(), "—"));
        page.endTable();
        page.para("如对本决定不服，可以自知道该决定之日起六十日内向"
                + nonBlank(r.issuer().reconsiderationBody(), "本机关的上一级行政机关或者本级人民政府")
                + "申请行政复议，或者自知道该决定之日起六个月内向"
                + nonBlank(r.issuer().litigationCourt(), "有管辖权的人民法院") + "提起行政诉讼。");
        page.sign(r.issuer(), r.refusedOn());
        return fonts.pdf(page.html());
    }

    public byte[] notice(Notice n) {
        Page page = new Page("一次性告知书", n.caseNumber());
        page.line(salutation(n.applicantName()));
        page.para("你（单位）于" + date(n.receivedOn()) + "提交的“" + n.itemName() + "”申请（办件编号 " + n.caseNumber()
                + "），申请材料不齐全或者不符合法定形式。现将需要补正的全部材料一次性告知如下（共 " + n.missing().size()
                + " 项）：");
        page.materials(n.missing(), "无");
        if (n.note() != null && !n.note().isBlank()) {
            page.para("其他说明：" + n.note().strip());
        }
        page.para("请按上述要求补齐材料后再次提交；补正后的申请材料齐全、符合法定形式的，本机关将予以受理。"
                + "本告知书所列为需要补正的全部内容，本机关不再要求补正其他材料。");
        page.sign(n.issuer(), n.notifiedOn());
        return fonts.pdf(page.html());
    }

    private static String limit(Receipt r) {
        if (r.kind() == ItemKind.IMMEDIATE) {
            return "即办件，受理当日办结";
        }
        return r.limitDays() + " " + r.clockUnit().words();
    }

    private static String salutation(String name) {
        return nonBlank(name, "申请人") + "：";
    }

    static String date(LocalDate d) {
        return d == null ? "—" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static String nonBlank(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }

    /** The fixed page skeleton: title, number, paragraphs, tables, notes and the issuer's block. */
    private final class Page {

        private final StringBuilder html = new StringBuilder(4096);

        Page(String title, String number) {
            String font = "'" + esc(fonts.bodyFamily()) + "', '" + esc(fonts.fontFamily()) + "'";
            String heading = "'" + esc(fonts.titleFamily()) + "', '" + esc(fonts.fontFamily()) + "'";
            html.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/><title>").append(esc(title))
                    .append("</title><style>@page { size: A4; margin: 25mm 26mm 25mm 28mm; }")
                    .append("body { font-family: ").append(font).append("; font-size: 12pt; line-height: 1.8; }")
                    .append("h1 { text-align: center; font-family: ").append(heading)
                    .append("; font-size: 18pt; font-weight: normal; margin: 0 0 0.2em 0; }")
                    .append("h2 { font-size: 12pt; font-weight: bold; margin: 0.8em 0 0.2em 0; }")
                    .append("p { margin: 0 0 0.4em 0; } p.body { text-indent: 2em; } p.number { text-align: center; margin-bottom: 1em; }")
                    .append("table { width: 100%; border-collapse: collapse; margin: 0.4em 0; }")
                    .append("th, td { border: 0.5pt solid #000; padding: 3pt 6pt; text-align: left; vertical-align: top; }")
                    .append("th { font-weight: normal; } th.label { width: 26%; }")
                    .append("p.note { font-size: 10.5pt; } div.sign { margin-top: 2em; text-align: right; ")
                    .append("page-break-inside: avoid; }</style></head><body>")
                    .append("<h1>").append(esc(title)).append("</h1>")
                    .append("<p class=\"number\">编号：").append(esc(number)).append("</p>");
        }

        void para(String text) {
            html.append("<p class=\"body\">").append(esc(text)).append("</p>");
        }

        void line(String text) {
            html.append("<p>").append(esc(text)).append("</p>");
        }

        void note(String text) {
            html.append("<p class=\"note\">").append(esc(text)).append("</p>");
        }

        void heading(String text) {
            html.append("<h2>").append(esc(text)).append("</h2>");
        }

        void table() {
            html.append("<table>");
        }

        void row(String label, String value) {
            html.append("<tr><th class=\"label\">").append(esc(label)).append("</th><td>").append(esc(value))
                    .append("</td></tr>");
        }

        void endTable() {
            html.append("</table>");
        }

        void materials(List<MaterialLine> lines, String none) {
            if (lines.isEmpty()) {
                para(none);
                return;
            }
            html.append("<table><tr><th>序号</th><th>材料名称</th><th>形式和份数</th><th>说明</th></tr>");
            int i = 1;
            for (MaterialLine m : lines) {
                html.append("<tr><td>").append(i++).append("</td><td>").append(esc(m.name()))
                        .append(m.required() ? "" : "（如有）").append("</td><td>").append(esc(m.formText()))
                        .append("</td><td>").append(esc(m.note() == null ? "" : m.note())).append("</td></tr>");
            }
            html.append("</table>");
        }

        void sign(Issuer issuer, LocalDate on) {
            html.append("<div class=\"sign\"><p>").append(esc(nonBlank(issuer.unitName(), ""))).append("（盖章）</p><p>")
                    .append(esc(date(on))).append("</p></div>");
            if (issuer.place() != null && !issuer.place().isBlank() || issuer.phone() != null
                    && !issuer.phone().isBlank()) {
                note("（办理地点：" + nonBlank(issuer.place(), "—") + "；咨询电话：" + nonBlank(issuer.phone(), "—") + "）");
            }
        }

        String html() {
            return html.append("</body></html>").toString();
        }
    }

    private static String esc(String s) {
        return CjkPdf.escape(s == null ? "" : s);
    }
}
