package org.gongkai.requests;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.gongkai.common.CjkPdf;
import org.gongkai.common.DocumentFonts;
import org.gongkai.web.SiteAddress;
import org.springframework.stereotype.Component;

/**
 * The applicant's receipt (申请回执) as an A4 PDF with the configured CJK font: what the receipt page shows (tracking
 * number, access code, unit, receipt and due dates) plus the question and where to follow the request. Only for the
 * holder of the tracking number and access code; anything else is not found, as on the status page.
 */
@Component
class ReceiptDocument {

    private static final DateTimeFormatter MADE_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final RequestViews views;
    private final RequestActions actions;
    private final DocumentFonts fonts;
    private final SiteAddress site;

    ReceiptDocument(RequestViews views, RequestActions actions, DocumentFonts fonts, SiteAddress site) {
        this.views = views;
        this.actions = actions;
        this.fonts = fonts;
        this.site = site;
    }

    byte[] pdf(String trackingNumber, String accessCode) {
        DisclosureRequest request = views.forApplicant(trackingNumber, accessCode);
        ClockState state = request.clock(actions.clock, actions.today());
        String code = accessCode.trim().toUpperCase();
        StringBuilder html = new StringBuilder(4096)
                .append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/><title>政府信息公开申请回执</title>")
                .append("<style>@page { size: A4; margin: 25mm 26mm 25mm 28mm; }")
                .append("body { font-family: '").append(esc(fonts.fontFamily())).append("'; font-size: 12pt; line-height: 1.8; }")
                .append("h1 { text-align: center; font-size: 18pt; font-weight: normal; margin: 0 0 1em 0; }")
                .append("table { width: 100%; border-collapse: collapse; } th, td { border: 0.5pt solid #000; ")
                .append("padding: 4pt 6pt; text-align: left; vertical-align: top; } th { width: 28%; font-weight: normal; }")
                .append("p.note { font-size: 10.5pt; } p.right { text-align: right; }</style></head><body>")
                .append("<h1>政府信息公开申请回执</h1><table>");
        row(html, "查询号", request.trackingNumber());
        row(html, "查询码", code);
        row(html, "受理单位", views.unitName(request.unitId()));
        row(html, "申请人", request.applicant().maskedName());
        row(html, "提交时间", MADE_AT.format(request.submittedAt().atZone(ZoneId.of("Asia/Shanghai"))) + "（北京时间）");
        row(html, "收到申请日期", state.receivedOn() == null ? "待工作人员确认" : date(state.receivedOn()));
        row(html, "答复期限", state.dueDate() == null ? "确认收到后计算" : date(state.dueDate())
                + (state.provisional() ? "（暂定）" : ""));
        row(html, "所需信息", request.description());
        html.append("</table>")
                .append("<p class=\"note\">请妥善保管本回执。凭查询号和查询码可在 ").append(esc(site.baseUrl()))
                .append("/requests/status 查询办理进度、答复期限，答复送达后可下载答复书。查询码是查询本申请的凭证，请勿告知他人。</p>")
                .append("<p class=\"note\">答复期限自收到申请之日起计算（《中华人民共和国政府信息公开条例》第三十三条），")
                .append("遇补正、征求第三方意见等情形依法重新计算或者扣除，以查询页面显示的为准。</p>")
                .append("<p class=\"right\">").append(esc(views.unitName(request.unitId()))).append("</p>")
                .append("</body></html>");
        return fonts.pdf(html.toString());
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th>").append(esc(label)).append("</th><td>").append(esc(value)).append("</td></tr>");
    }

    private static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static String esc(String s) {
        return CjkPdf.escape(s == null ? "" : s);
    }
}
