package org.gongkai.services.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.calendar.ClockUnit;
import org.gongkai.common.DocumentFonts;
import org.gongkai.services.ItemKind;
import org.gongkai.services.MaterialForm;
import org.gongkai.services.desk.CaseDocumentViews.Issuer;
import org.gongkai.services.desk.CaseDocumentViews.MaterialLine;
import org.gongkai.services.desk.CaseDocumentViews.Notice;
import org.gongkai.services.desk.CaseDocumentViews.Receipt;
import org.gongkai.services.desk.CaseDocumentViews.Refusal;
import org.junit.jupiter.api.Test;

/** The receipt, refusal notice and one-time notice as real PDFs, read back with PDFBox text extraction. */
class CaseDocumentsTest {

    private static final Issuer ISSUER = new Issuer("示例县政务服务中心", "示例县人民路1号", "0000-1234567",
            "示例县人民政府", "示例县人民法院");
    private static final MaterialLine ID_CARD = new MaterialLine("居民身份证", MaterialForm.ORIGINAL_AND_COPY, 1, true,
            true, null);
    private static final MaterialLine LICENCE = new MaterialLine("营业执照", MaterialForm.COPY, 2, true, false,
            "加盖公章");
    private static final MaterialLine LEASE = new MaterialLine("场地租赁合同", MaterialForm.COPY, 1, false, false, null);

    private final CaseDocuments documents = new CaseDocuments(DocumentFonts.defaults());

    @Test
    void acceptedReceiptNamesTheCaseTheQueryCodeTheLimitAndTheDueDateAndOnlyTheMaterialsReceived() throws IOException {
        Receipt receipt = new Receipt("FW20260615000123", "ab12cd34", null, "XK-001", "食品经营许可", "张三",
                "代办员代办", "东村便民服务站", "李四", LocalDate.of(2026, 6, 12), LocalDate.of(2026, 6, 15),
                ItemKind.PROMISED, 8, ClockUnit.WORKING_DAYS, LocalDate.of(2026, 6, 25), List.of(ID_CARD, LICENCE),
                "https://gov.example/services/cases", ISSUER);

        String text = text(documents.receipt(receipt));

        assertThat(text).contains("受理通知书", "FW20260615000123", "AB12CD34", "食品经营许可（XK-001）", "张三",
                "东村便民服务站", "代办员 李四", "2026年6月15日", "8 个工作日", "2026年6月25日", "居民身份证",
                "原件和复印件 1 份", "https://gov.example/services/cases", "示例县政务服务中心（盖章）");
        assertThat(text).doesNotContain("营业执照", "收件凭证");
    }

    @Test
    void receiptBeforeAcceptanceIsAnAcknowledgementWithoutADueDateAndHidesTheCodeOnACopy() throws IOException {
        Receipt receipt = new Receipt("FW1", null, "已发送至尾号 5678 的手机", "GG-9", "老年人优待证办理", "王五",
                "窗口", null, null, LocalDate.of(2026, 6, 15), null, ItemKind.IMMEDIATE, 0, ClockUnit.WORKING_DAYS,
                null, List.of(), null, ISSUER);

        String text = text(documents.receipt(receipt));

        assertThat(text).contains("收件凭证", "已发送至尾号 5678 的手机", "未登记收取材料", "正在审查");
        assertThat(text).doesNotContain("受理通知书", "承诺办结日期");
    }

    @Test
    void immediateItemIsDueTheDayItIsAccepted() throws IOException {
        Receipt receipt = new Receipt("FW2", "x", null, "GG-9", "老年人优待证办理", "王五", "窗口", null, null,
                LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 15), ItemKind.IMMEDIATE, 0, ClockUnit.WORKING_DAYS,
                LocalDate.of(2026, 6, 15), List.of(ID_CARD), null, ISSUER);

        assertThat(text(documents.receipt(receipt))).contains("即办件，受理当日办结", "（即办件，当日办结）");
    }

    @Test
    void refusalGivesReasonBasisAndBothRemediesWithTheBodies() throws IOException {
        Refusal refusal = new Refusal("FW3", "食品经营许可", "某某餐饮有限公司", LocalDate.of(2026, 6, 12),
                LocalDate.of(2026, 6, 15), "申请事项不属于本机关职权范围", "《中华人民共和国行政许可法》第三十二条第一款第（二）项",
                ISSUER);

        String text = text(documents.refusal(refusal));

        assertThat(text).contains("不予受理通知书", "某某餐饮有限公司", "申请事项不属于本机关职权范围", "第三十二条",
                "六十日内向示例县人民政府申请行政复议", "六个月内向示例县人民法院提起行政诉讼", "2026年6月15日");
    }

    @Test
    void refusalWithoutConfiguredBodiesStillNamesTheRemedies() throws IOException {
        Refusal refusal = new Refusal("FW3", "事项", "甲", LocalDate.of(2026, 6, 12), LocalDate.of(2026, 6, 15),
                "理由", null, new Issuer("某单位", null, null, null, null));

        assertThat(text(documents.refusal(refusal))).contains("申请行政复议", "有管辖权的人民法院", "依据");
    }

    @Test
    void oneTimeNoticeListsEveryMissingMaterialAtOnce() throws IOException {
        Notice notice = new Notice("FW4", "食品经营许可", "张三", LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 15),
                List.of(LICENCE, LEASE), "复印件须与原件一致", ISSUER);

        String text = text(documents.notice(notice));

        assertThat(text).contains("一次性告知书", "共 2 项", "营业执照", "复印件 2 份", "加盖公章", "场地租赁合同（如有）",
                "复印件须与原件一致", "全部内容", "示例县人民路1号", "0000-1234567");
        assertThat(text).doesNotContain("居民身份证");
    }

    @Test
    void markupTypedIntoAReasonIsPrintedLiterally() throws IOException {
        Refusal refusal = new Refusal("FW5", "<b>事项</b>", "甲&乙", LocalDate.of(2026, 6, 12),
                LocalDate.of(2026, 6, 15), "<script>alert(1)</script>", "a\u0001b", ISSUER);

        String text = text(documents.refusal(refusal));

        assertThat(text).contains("<script>alert(1)</script>", "“<b>事项</b>”", "甲&乙", "ab");
    }

    static String text(byte[] pdf) throws IOException {
        String dir = System.getProperty("gongkai.pdf.out");
        if (dir != null) {
            Files.write(Path.of(dir, "case-doc-" + System.nanoTime() + ".pdf"), pdf);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // a line wrapped between two Chinese characters is not a break in the text
            return new PDFTextStripper().getText(doc).replace("\r", "")
                    .replaceAll("(?<=[\\p{IsHan}，。、“”（）])\n(?=[\\p{IsHan}，。、“”（）])", "");
        }
    }
}
