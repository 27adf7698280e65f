package org.gongkai.supervision.bulletins;

import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.common.DocumentFonts;
import org.gongkai.common.Gbt9704;
import org.gongkai.common.Gbt9704Docx;
import org.springframework.stereotype.Component;

/**
 * A bulletin as a 公文 ({@link Gbt9704.Document}): the 版头 and 文号 from the settings, the title, 主送, the sections
 * 一、总体情况 (edited text), 二、考核排名 (table), 三、红黄榜, 四、逾期事项 (requests and cases, tasks escalated to the
 * bulletin), 五、督办整改情况, 六、工作要求 (edited text), the 落款 with the date of issue and the 印发 line. The same
 * document prints as PDF (openhtmltopdf, fonts embedded) and DOCX (POI); the portal page shows the same sections.
 */
@Component
public class BulletinDocuments {

    static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final BulletinSettings settings;
    private final DocumentFonts fonts;

    BulletinDocuments(BulletinSettings settings, DocumentFonts fonts) {
        this.settings = settings;
        this.fonts = fonts;
    }

    public byte[] pdf(Bulletin b) {
        String fallback = "'" + fonts.fontFamily() + "'";
        return fonts.pdf(Gbt9704.documentHtml(document(b), "'" + fonts.bodyFamily() + "', " + fallback,
                "'" + fonts.titleFamily() + "', " + fallback, fallback));
    }

    public byte[] docx(Bulletin b) {
        return Gbt9704Docx.write(document(b), fonts.docxFont(), fonts.docxTitleFont());
    }

    public Gbt9704.Document document(Bulletin b) {
        BulletinContent c = b.content();
        List<Gbt9704.Block> body = new ArrayList<>();
        body.add(new Gbt9704.Heading("一、总体情况"));
        body.add(new Gbt9704.Paragraph(b.intro()));
        body.add(new Gbt9704.Heading("二、考核排名"));
        body.add(new Gbt9704.Table(b.periodLabel() + "政务公开工作考核排名", List.of("名次", "单位", "得分", "等次"),
                ranking(c), "本月没有参加排名的单位。"));
        body.add(new Gbt9704.Heading("三、红黄榜"));
        body.add(new Gbt9704.Paragraph("红榜单位：" + names(c.redList())));
        body.add(new Gbt9704.Paragraph("黄榜单位：" + names(c.yellowList())));
        body.add(new Gbt9704.Heading("四、逾期事项"));
        body.add(new Gbt9704.Table("截至月末逾期未办结的申请和办件", List.of("类别", "编号", "承办单位", "到期日"),
                overdueCases(c), "截至月末，没有逾期未办结的申请和办件。"));
        body.add(new Gbt9704.Table("逾期未办结的督办任务", List.of("编号", "任务", "承办单位", "到期日", "状态"),
                tasks(c.overdueTasks()), "截至月末，没有逾期未办结的督办任务。"));
        body.add(new Gbt9704.Heading("五、督办整改情况"));
        body.add(new Gbt9704.Paragraph("本月交办督办任务" + c.tasksOpened() + "件，办结" + c.tasksClosed() + "件；截至月末正在整改"
                + c.rectifying().size() + "件。"));
        body.add(new Gbt9704.Table("正在整改的督办任务", List.of("编号", "任务", "承办单位", "到期日", "状态"),
                tasks(c.rectifying()), "截至月末，没有正在整改的督办任务。"));
        body.add(new Gbt9704.Heading("六、工作要求"));
        body.add(new Gbt9704.Paragraph(b.remarks()));
        return new Gbt9704.Document(settings.masthead(), b.documentNumber(), b.title(), settings.recipients(), body,
                settings.issuer(), b.issuedOn(), settings.printedBy(), b.issuedOn());
    }

    static String names(List<String> names) {
        return names.isEmpty() ? "无" : String.join("、", names);
    }

    static List<List<String>> ranking(BulletinContent c) {
        return c.ranking().stream().map(r -> List.of(String.valueOf(r.rank()), r.unitName(),
                r.score().setScale(2, RoundingMode.HALF_UP).toPlainString(), r.light())).toList();
    }

    static List<List<String>> overdueCases(BulletinContent c) {
        return c.overdueCases().stream().map(o -> List.of(o.kind(), o.number(), o.unitName(),
                o.dueOn() == null ? "" : DAY.format(o.dueOn()))).toList();
    }

    static List<List<String>> tasks(List<BulletinContent.TaskLine> lines) {
        return lines.stream().map(t -> List.of(t.number(), t.title(), t.unitNames(),
                t.dueOn() == null ? "" : DAY.format(t.dueOn()), t.status())).toList();
    }
}
