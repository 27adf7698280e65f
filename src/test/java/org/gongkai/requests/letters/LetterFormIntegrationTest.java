package org.gongkai.requests.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.organisation.CreditCodes;
import org.gongkai.requests.letters.LetterRenderer.LetterKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every letter of a request, for a person and for a company, end to end (#10): the unit is created on the
 * administrator's form with its contact, 文号 代字 and no remedy override; one request each walks correction,
 * consultation, extension, fee and decision through the staff API; every letter is downloaded from the console as
 * PDF and DOCX (the real writers) and read back with PDFBox and POI. Each must address the applicant by name
 * (张三： / 示例科技有限公司：), speak to them as 您 or 贵单位 and never 您（单位）, print the unit's contact, phone
 * and address, its 文号, the 行政复议机关 and court derived from the unit tree (replies and the fee notice), the one
 * provision of the 条例 for its decision or kind, the 落款 and date, the page number "— 1 —", and no punctuation
 * defects.
 */
@IntegrationTest
class LetterFormIntegrationTest {

    static final String COUNTY = "11990101100100076Q";
    static final String UNIT_NAME = "示例县公文格式测试局";
    static final String CONTACT = "李四";
    static final String PHONE = "0123-6100099";
    static final String ADDRESS = "示例县人民大道99号";
    static final String PERSON = "张三";
    static final String COMPANY = "示例科技有限公司";
    static final String CONSULTEE = "示例县某建设有限公司";
    static final SecureRandom RANDOM = new SecureRandom();

    /** Doubled or clashing marks, empty brackets, ASCII punctuation in prose, blanks left unfilled, raw placeholders. */
    static final Pattern DEFECT = Pattern.compile(
            "[。，；、：]{2,}|（\\s*）|“\\s*”|[,;!?()\"]|(?<!\\d):|:(?!\\d)|＿|\\{\\{|}}|您（单位）");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long unitId;
    RequestPostProcessor officer;

    @BeforeEach
    void unitCreatedOnTheAdministratorsForm() throws Exception {
        long county = jdbc.sql("SELECT id FROM org_unit WHERE credit_code = ?").param(COUNTY).query(Long.class).single();
        String code = CreditCodes.complete("11990101" + String.format("%09d", RANDOM.nextInt(1_000_000_000)));
        mvc.perform(post("/console/organisation/units").with(csrf()).with(TestActors.as(Role.SYSTEM_ADMIN, county))
                        .param("creditCode", code).param("name", UNIT_NAME).param("type", "DEPARTMENT")
                        .param("parentId", String.valueOf(county)).param("officeAddress", ADDRESS)
                        .param("officePhone", PHONE).param("contactPerson", CONTACT)
                        .param("letterNumberPrefix", "示公测依复"))
                .andExpect(status().is3xxRedirection());
        unitId = jdbc.sql("SELECT id FROM org_unit WHERE credit_code = ?").param(code).query(Long.class).single();
        officer = TestActors.as(Role.REQUEST_OFFICER, unitId);
    }

    String register(String applicant) throws Exception {
        String body = """
                {"applicant": %s, "unitCode": "%s", "description": "2025年城区道路改造工程的招标文件及中标结果",
                 "deliveryForm": "PAPER", "deliveryChannel": "POST", "channel": "LETTER", "receivedOn": "2026-05-06"}"""
                .formatted(applicant, jdbc.sql("SELECT credit_code FROM org_unit WHERE id = ?").param(unitId)
                        .query(String.class).single());
        String json = mvc.perform(post("/api/v1/staff/disclosure-requests").with(officer)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonMapper.builder().build().readTree(json).get("trackingNumber").asString();
    }

    void act(String tn, String action, String body) throws Exception {
        mvc.perform(post("/api/v1/staff/disclosure-requests/" + tn + "/" + action).with(officer)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
    }

    /** A request that has had every kind of letter. */
    String walk(String applicant) throws Exception {
        String tn = register(applicant);
        act(tn, "correction-request", "{\"on\": \"2026-05-07\", \"what\": \"请写明所需文件的名称或文号\"}");
        act(tn, "correction", "{\"on\": \"2026-05-11\"}");
        act(tn, "accept", "");
        act(tn, "review", "");
        act(tn, "consultation", "{\"on\": \"2026-05-12\", \"consultee\": \"" + CONSULTEE + "\"}");
        act(tn, "consultation-end", "{\"on\": \"2026-05-20\"}");
        act(tn, "extension", "{\"on\": \"2026-05-21\", \"days\": 10, \"approver\": \"周志远\"}");
        act(tn, "fee-notice", "{\"on\": \"2026-05-22\", \"method\": \"PER_PAGE\", \"pages\": 150}");
        act(tn, "payment", "{\"on\": \"2026-05-25\"}");
        act(tn, "decision", "{\"on\": \"2026-06-01\", \"decisionCode\": \"WITHHELD_THIRD_PARTY_RIGHTS\","
                + " \"reasons\": \"该信息涉及第三方的商业秘密，经书面征求意见，第三方不同意公开。\"}");
        return tn;
    }

    byte[] download(String tn, LetterKind kind, String format) throws Exception {
        return mvc.perform(get("/console/requests/" + tn + "/letters/" + kind.name() + "." + format).with(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    record Expected(LetterKind kind, String addressee, String date, List<String> phrases, boolean remedies) {}

    static List<Expected> expectations(String addressee) {
        return List.of(
                new Expected(LetterKind.REPLY, addressee, "2026年6月1日", List.of("政府信息公开申请答复书",
                        "《中华人民共和国政府信息公开条例》第十五条的规定", "保护第三方合法权益", "第三方不同意公开"), true),
                new Expected(LetterKind.CORRECTION_NOTICE, addressee, "2026年5月7日", List.of("政府信息公开申请补正通知书",
                        "条例》第三十条的规定", "请写明所需文件的名称或文号"), false),
                new Expected(LetterKind.EXTENSION_NOTICE, addressee, "2026年5月21日", List.of("延期答复告知书",
                        "条例》第三十三条第二款的规定", "延长10个工作日"), false),
                new Expected(LetterKind.FEE_NOTICE, addressee, "2026年5月22日", List.of("收费通知书",
                        "条例》第四十二条第一款", "国办函〔2020〕109号", "按量计收", "人民币1700元", "（即2026年6月"), true),
                new Expected(LetterKind.CONSULTATION_LETTER, CONSULTEE, "2026年5月12日", List.of("征求意见函",
                        "第三十二条", "15个工作日"), false));
    }

    @Test
    void everyLetterToAPersonSaysYouAndNamesTheUnitsContactAndRemedies() throws Exception {
        String tn = walk("""
                {"type": "NATURAL_PERSON", "name": "%s", "idNumber": "11010519491231002X", "phone": "13912345678",
                 "address": "示例县人民大道100号"}""".formatted(PERSON));
        for (Expected e : expectations(PERSON)) {
            check(tn, e, "您", "贵单位");
        }
    }

    @Test
    void everyLetterToACompanyIsAddressedByItsNameAndSaysYourUnit() throws Exception {
        String tn = walk("""
                {"type": "COMMERCIAL_ENTERPRISE", "name": "%s", "creditCode": "119901011001002878",
                 "phone": "13812345678", "address": "示例县工业园1号"}""".formatted(COMPANY));
        for (Expected e : expectations(COMPANY)) {
            check(tn, e, "贵单位", "您");
        }
    }

    void check(String tn, Expected e, String pronoun, String otherPronoun) throws Exception {
        byte[] pdf = download(tn, e.kind(), "pdf");
        Path dir = Path.of("target", "letters");
        Files.createDirectories(dir);
        Files.write(dir.resolve(e.addressee() + "-" + e.kind() + ".pdf"), pdf);
        List<String> pdfLines = pdfLines(pdf);
        checkLetter("PDF " + e.kind() + " to " + e.addressee(), pdfLines, e, pronoun, otherPronoun);
        assertThat(pdfLines).as("page number").anySatisfy(l -> assertThat(l).matches("—\\s*1\\s*—"));

        byte[] docx = download(tn, e.kind(), "docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText)
                    .filter(t -> !t.isBlank()).toList();
            checkLetter("DOCX " + e.kind() + " to " + e.addressee(), paragraphs, e, pronoun, otherPronoun);
            assertThat(doc.getFooterList()).as("page-number footers").hasSize(2).allSatisfy(f -> {
                assertThat(f.getText()).contains("— ").contains(" —");
                assertThat(f.getParagraphs().get(0).getCTP().xmlText()).contains("PAGE");
            });
            var margins = doc.getDocument().getBody().getSectPr().getPgMar();
            assertThat(((Number) margins.getTop()).longValue()).isEqualTo(Math.round(37 / 25.4 * 1440));
            assertThat(((Number) margins.getLeft()).longValue()).isEqualTo(Math.round(28 / 25.4 * 1440));
        }
    }

    void checkLetter(String what, List<String> lines, Expected e, String pronoun, String otherPronoun) {
        String text = String.join("", lines).replaceAll("\\s+", "");
        assertThat(lines).as("%s: the salutation", what).contains(e.addressee() + "：");
        assertThat(lines).as("%s: the 文号", what).anySatisfy(l -> assertThat(l).matches("示公测依复〔2026〕\\d+号"));
        assertThat(text).as(what).contains("联系人：" + CONTACT, "联系电话：" + PHONE, "通信地址：" + ADDRESS);
        assertThat(text).as(what).contains(e.phrases().stream().map(p -> p.replaceAll("\\s+", "")).toArray(String[]::new));
        if (e.kind() != LetterKind.CONSULTATION_LETTER) {
            assertThat(text).as("%s: the pronoun", what).contains(pronoun).doesNotContain(otherPronoun);
        } else {
            assertThat(text).as(what).doesNotContain("您", "贵单位");
        }
        if (e.remedies()) {
            assertThat(text).as("%s: the remedies", what).contains(
                    "收到本" + (e.kind() == LetterKind.REPLY ? "答复书" : "通知书") + "之日起60日内向示例县人民政府申请行政复议",
                    "或者在6个月内向示例县人民法院提起行政诉讼");
        }
        int signature = lines.lastIndexOf(UNIT_NAME);
        assertThat(signature).as("%s: the 落款", what).isGreaterThan(lines.indexOf(e.addressee() + "："));
        assertThat(lines.get(signature + 1)).as("%s: the date under the 落款", what).isEqualTo(e.date());
        assertThat(DEFECT.matcher(text).results().map(m -> m.group()).toList())
                .as("%s: punctuation defects in %s", what, text).isEmpty();
    }

    static List<String> pdfLines(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> out = new ArrayList<>();
            for (String line : new PDFTextStripper().getText(doc).split("\\R")) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
            return out;
        }
    }

}
