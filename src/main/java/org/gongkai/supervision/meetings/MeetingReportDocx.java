package org.gongkai.supervision.meetings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.gongkai.common.Gbt9704;

/**
 * The combined report (综合报告) of a briefing meeting as DOCX on the GB/T 9704 page: the title, the meeting's date and
 * place, then one part per urgency (一、特急事项 …), each section's item with its work done, key progress and problems
 * needing coordination, and the decisions once recorded.
 */
public final class MeetingReportDocx {

    static final String FONT = "FangSong";
    static final String HEADING_FONT = "SimHei";
    static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private MeetingReportDocx() {}

    public static byte[] write(Meeting m, ZoneId zone) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Gbt9704.docxPage(doc, FONT);
            para(doc, m.title() + "综合报告", ParagraphAlignment.CENTER, HEADING_FONT, Gbt9704.TITLE_PT, true);
            para(doc, "召开日期：" + m.heldOn() + (m.place() == null ? "" : "　地点：" + m.place()) + "　材料截止："
                    + DEADLINE.format(m.deadline().atZone(zone)), ParagraphAlignment.CENTER, FONT, Gbt9704.BODY_PT,
                    false);
            int part = 0;
            for (Urgency urgency : Urgency.values()) {
                var items = m.itemsOf(urgency);
                if (items.isEmpty()) {
                    continue;
                }
                para(doc, NUMERALS[part++] + "、" + urgency.label() + "事项", ParagraphAlignment.LEFT, HEADING_FONT,
                        Gbt9704.BODY_PT, false);
                int n = 0;
                for (Meeting.Item item : items) {
                    para(doc, "（" + NUMERALS[Math.min(n++, NUMERALS.length - 1)] + "）" + item.unitName(),
                            ParagraphAlignment.LEFT, "KaiTi", Gbt9704.BODY_PT, true);
                    body(doc, "工作完成情况：" + item.workDone());
                    if (item.progress() != null) {
                        body(doc, "重点工作进展：" + item.progress());
                    }
                    if (item.problems() != null) {
                        body(doc, "需协调解决的问题：" + item.problems());
                    }
                }
            }
            if (!m.decisions().isEmpty()) {
                para(doc, NUMERALS[part] + "、会议议定事项", ParagraphAlignment.LEFT, HEADING_FONT, Gbt9704.BODY_PT, false);
                for (Meeting.Decision d : m.decisions()) {
                    body(doc, d.position() + ". " + d.text() + "（责任单位：" + String.join("、", d.unitCodes())
                            + "；完成时限：" + d.dueOn() + (d.taskNumber() == null ? "" : "；督办编号：" + d.taskNumber())
                            + "）");
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void body(XWPFDocument doc, String text) {
        XWPFParagraph p = para(doc, text, ParagraphAlignment.BOTH, FONT, Gbt9704.BODY_PT, false);
        p.setFirstLineIndent(Gbt9704.twips(Gbt9704.BODY_PT * 2));
    }

    private static XWPFParagraph para(XWPFDocument doc, String text, ParagraphAlignment align, String font,
            double size, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
        return p;
    }
}
