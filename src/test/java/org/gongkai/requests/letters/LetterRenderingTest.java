package org.gongkai.requests.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.IntegrationTest;
import org.gongkai.requests.letters.LetterRenderer.LetterData;
import org.gongkai.requests.letters.LetterRenderer.LetterKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every letter kind and every decision code rendered to PDF and DOCX and read back as text: the Chinese
 * text, the unit's name, the legal basis and, in every reply, the remedies are real text, not images or tofu.
 */
@IntegrationTest
class LetterRenderingTest {

    static final String UNIT = "示例县自然资源局（渲染测试）";
    static final String REGULATION = "《中华人民共和国政府信息公开条例》";

    static final List<String> DECISION_CODES = List.of("DISCLOSED", "PARTIALLY_DISCLOSED", "WITHHELD_STATE_SECRET",
            "WITHHELD_PROHIBITED_BY_LAW", "WITHHELD_SECURITY_STABILITY", "WITHHELD_THIRD_PARTY_RIGHTS",
            "WITHHELD_INTERNAL_AFFAIRS", "WITHHELD_PROCESS_INFORMATION", "WITHHELD_ENFORCEMENT_FILE",
            "WITHHELD_ADMINISTRATIVE_QUERY", "UNAVAILABLE_NOT_HELD", "UNAVAILABLE_NEEDS_CREATION",
            "UNAVAILABLE_UNCLEAR_AFTER_CORRECTION", "NOT_HANDLED_PETITION", "NOT_HANDLED_REPEATED",
            "NOT_HANDLED_PUBLICATION", "NOT_HANDLED_EXCESSIVE", "NOT_HANDLED_CONFIRMATION", "OTHER_NO_CORRECTION",
            "OTHER_FEE_UNPAID", "OTHER");

    @Autowired
    LetterRenderer renderer;

    record Case(LetterData data, List<String> expected) {
        @Override
        public String toString() {
            return data.kind() + (data.decisionCode() == null ? "" : " " + data.decisionCode());
        }
    }

    static Stream<Arguments> letters() {
        List<Case> cases = new ArrayList<>();
        for (String code : DECISION_CODES) {
            cases.add(new Case(data(LetterKind.REPLY, code, Map.of()), List.of("政府信息公开申请答复书", "张三丰",
                    "2025年9月26日", LegalBasis.of(code), "理由：测试理由", "60日内", "行政复议", "6个月内", "行政诉讼")));
        }
        cases.add(new Case(data(LetterKind.CORRECTION_NOTICE, null, Map.of("correctionDeadline", "2025-10-17",
                "correctionItems", "请写明文件名称")), List.of("补正通知书", "第三十条", "2025年10月17日", "请写明文件名称",
                "视为放弃申请")));
        cases.add(new Case(data(LetterKind.EXTENSION_NOTICE, null, Map.of("extensionDays", "15",
                "newDueDate", "2025-11-21", "originalDueDate", "2025-10-31")), List.of("延期答复告知书", "第三十三条",
                "延长15个工作日", "2025年11月21日")));
        cases.add(new Case(data(LetterKind.FEE_NOTICE, null, Map.of("amountYuan", "1700.00", "feeMethod", "按量计收",
                "paymentDeadline", "2025-11-18")), List.of("收费通知书", "国办函〔2020〕109号", "第四十二条第一款",
                "人民币1700.00元", "20个工作日", "2025年11月18日")));
        cases.add(new Case(data(LetterKind.CONSULTATION_LETTER, null, Map.of("consultee", "示例县某建设有限公司",
                "consultationDeadline", "2025-10-31")), List.of("征求意见函", "第三十二条", "第三十四条",
                "示例县某建设有限公司", "15个工作日")));
        return cases.stream().map(Arguments::of);
    }

    static LetterData data(LetterKind kind, String code, Map<String, String> extra) {
        return new LetterData(kind, "GK2025009999", UNIT, "张三丰", LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 20),
                "城区道路改造工程招标文件", code, code == null ? null : "测试行项", code == null ? null : "理由：测试理由", extra,
                LetterRenderer.Addressee.PERSON, new LetterRenderer.Issuer("李四", "0123-6100014", "示例县人民大道6号", null,
                        "示例县人民政府", "示例县人民法院"));
    }

    /** One article, with at most one item or paragraph: 第十五条, 第三十六条第（二）项, 第十六条第二款. */
    static final java.util.regex.Pattern ONE_PROVISION =
            java.util.regex.Pattern.compile("第[一二三四五六七八九十]+条(第（[一二三四五六七]）项|第[一二三]款)?");

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisionCodes")
    void everyDecisionCitesExactlyOneProvisionOfTheRegulation(String code) {
        String basis = LegalBasis.of(code);
        assertThat(LegalBasis.knows(code)).isTrue();
        assertThat(basis).matches(ONE_PROVISION);
    }

    static Stream<String> decisionCodes() {
        return DECISION_CODES.stream();
    }

    @ParameterizedTest(name = "{0} to an organisation")
    @MethodSource("decisionCodes")
    void aReplyToAnOrganisationNamesItAndSaysYourUnit(String code) throws IOException {
        LetterData person = data(LetterKind.REPLY, code, Map.of());
        LetterData company = new LetterData(LetterKind.REPLY, person.trackingNumber(), UNIT, "示例科技有限公司",
                person.receivedOn(), person.issuedOn(), person.description(), code, person.decisionLabel(),
                person.reasons(), Map.of(), LetterRenderer.Addressee.ORGANISATION, person.issuer());
        String text;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(renderer.docx(company)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            text = extractor.getText();
        }
        assertThat(text).contains("示例科技有限公司：", "贵单位提出的政府信息公开申请", "贵单位如对本答复不服",
                "条例》" + LegalBasis.of(code) + "的规定", "向示例县人民政府申请行政复议", "向示例县人民法院提起行政诉讼",
                "联系人：李四", "联系电话：0123-6100014").doesNotContain("您");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("letters")
    void rendersPdfWithRealChineseText(Case c) throws IOException {
        byte[] pdf = renderer.pdf(c.data());

        String text;
        List<String> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            PDResources resources = doc.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name).getName());
            }
        }
        assertThat(fonts).anySatisfy(font -> assertThat(font).contains("WenQuanYi"));
        assertThat(text).contains(UNIT, REGULATION, "城区道路改造工程招标文件");
        for (String expected : c.expected()) {
            assertThat(text).contains(expected.replaceAll("\\s+", ""));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("letters")
    void rendersDocxWithTheSameText(Case c) throws IOException {
        byte[] docx = renderer.docx(c.data());

        String text;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            text = extractor.getText();
        }
        assertThat(text).contains(UNIT, REGULATION, "城区道路改造工程招标文件");
        for (String expected : c.expected()) {
            assertThat(text).contains(expected);
        }
    }
}
