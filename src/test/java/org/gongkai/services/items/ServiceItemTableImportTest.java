package org.gongkai.services.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.services.items.ItemLinesFixture.CENTRE;
import static org.gongkai.services.items.ItemLinesFixture.code;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The item import from CSV and XLSX (issue #11): the template's columns with Chinese values and the materials in one
 * column (one per line, parts separated by |) import exactly like JSON lines; problems are reported by row and column
 * header, and nothing is written unless every row is right.
 */
@IntegrationTest
class ServiceItemTableImportTest {

    static final String IMPORT = "/api/v1/staff/service-items/import";

    @Autowired MockMvc mvc;
    @Autowired UnitDirectory units;

    RequestPostProcessor officer() {
        return TestActors.as(-61, "table-officer", Map.of(units.findByCreditCode(CENTRE).orElseThrow().id(),
                Set.of(Role.SERVICE_OFFICER)));
    }

    JsonNode send(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request, int status)
            throws Exception {
        return JsonMapper.shared().readTree(mvc.perform(request.with(officer())).andExpect(status().is(status))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** The template's example row as a map, for this code, name and the centre. */
    static Map<String, String> row(String code, String name) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        List<String> names = ServiceItemImport.template().names();
        for (int i = 0; i < names.size(); i++) {
            m.put(names.get(i), ServiceItemImport.template().example().get(i));
        }
        m.put("事项编码", code);
        m.put("事项名称", name);
        m.put("实施机构统一社会信用代码", CENTRE);
        return m;
    }

    static String csv(List<Map<String, String>> rows) {
        List<String> header = new ArrayList<>(rows.get(0).keySet());
        StringBuilder out = new StringBuilder(String.join(",", header)).append("\r\n");
        for (Map<String, String> r : rows) {
            List<String> cells = new ArrayList<>();
            header.forEach(h -> cells.add("\"" + r.getOrDefault(h, "").replace("\"", "\"\"") + "\""));
            out.append(String.join(",", cells)).append("\r\n");
        }
        return out.toString();
    }

    static byte[] xlsx(List<Map<String, String>> rows) throws Exception {
        try (var wb = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("事项");
            List<String> header = new ArrayList<>(rows.get(0).keySet());
            var first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                first.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < header.size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).getOrDefault(header.get(c), ""));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aTableImportsLikeJsonLinesWithTheMaterialsInOneColumn() throws Exception {
        String template = mvc.perform(get(IMPORT + "/template.csv").with(officer())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(template).contains("事项编码", "申请材料", "居民身份证|申请人|原件和复印件|是|1");
        mvc.perform(get(IMPORT + "/template.xlsx").with(officer())).andExpect(status().isOk());

        String a = code();
        String b = code();
        Map<String, String> immediate = row(b, "出生医学证明补办" + b);
        immediate.put("办件类型", "即办件");
        immediate.put("承诺时限天数", "");
        immediate.put("承诺时限单位", "");
        immediate.put("办理层级", "县级");
        immediate.put("网办深度", "4");
        immediate.put("到现场次数", "0");
        immediate.put("收费标准", "每件10元");
        immediate.put("网上缴费", "是");
        immediate.put("申请材料", "申请表\n 居民身份证 | 申请人 | 原件 ");
        JsonNode csvReply = send(multipart(IMPORT).file(new MockMultipartFile("file", "事项.csv", "text/csv",
                csv(List.of(row(a, "低保确认" + a), immediate)).getBytes(StandardCharsets.UTF_8))), 200);
        assertThat(csvReply.get("codes").values().stream().map(JsonNode::asString).toList()).containsExactly(a, b);

        JsonNode guide = send(get("/api/v1/service-items/" + a), 200);
        assertThat(guide.get("levels").values().stream().map(JsonNode::asString).toList())
                .containsExactly("COUNTY", "TOWNSHIP");
        assertThat(guide.get("target").asString()).isEqualTo("PERSON");
        assertThat(guide.get("materials")).hasSize(2);
        assertThat(guide.get("materials").get(0).get("form").asString()).isEqualTo("ORIGINAL_AND_COPY");
        assertThat(guide.get("materials").get(0).get("notes").asString()).isEqualTo("核验原件，留存复印件");
        assertThat(guide.get("materials").get(1).get("required").asBoolean()).isFalse();
        assertThat(guide.get("materials").get(1).get("copies").asInt()).isEqualTo(2);
        assertThat(guide.get("statutoryLimit").get("days").asInt()).isEqualTo(30);
        assertThat(guide.get("promisedLimit").get("days").asInt()).isEqualTo(10);
        assertThat(guide.get("phones").get("complaint").asString()).isEqualTo("12345");
        assertThat(guide.get("legalBasis").asString()).isEqualTo("《社会救助暂行办法》第九条");
        assertThat(guide.get("tongbanScope").asString()).isEqualTo("COUNTY");
        JsonNode second = send(get("/api/v1/service-items/" + b), 200);
        assertThat(second.get("kind").asString()).isEqualTo("IMMEDIATE");
        assertThat(second.get("promisedLimit").get("days").asInt()).isZero();
        assertThat(second.get("fees").get("charged").asBoolean()).isTrue();
        assertThat(second.get("fees").get("standard").asString()).isEqualTo("每件10元");
        assertThat(second.get("fees").get("onlinePayment").asBoolean()).isTrue();
        assertThat(second.get("materials").get(0).get("name").asString()).isEqualTo("申请表");
        assertThat(second.get("materials").get(1).get("form").asString()).isEqualTo("ORIGINAL");

        String c = code();
        JsonNode xlsxReply = send(post(IMPORT).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .content(xlsx(List.of(row(c, "XLSX事项" + c)))), 200);
        assertThat(xlsxReply.get("codes").get(0).asString()).isEqualTo(c);
        assertThat(send(get("/api/v1/service-items/" + c), 200).get("materials")).hasSize(2);
    }

    /** A row without line breaks in its cells (a CSV's row numbers are its lines). */
    static Map<String, String> flat(String code, String name) {
        Map<String, String> m = row(code, name);
        m.put("申请材料", "居民身份证|申请人|原件和复印件|是|1");
        m.put("办理流程", "申请、受理、办结");
        return m;
    }

    @Test
    void problemsAreReportedByRowAndColumnHeaderAndNothingIsWritten() throws Exception {
        String good = code();
        Map<String, String> badMaterial = flat(code(), "材料形式不对");
        badMaterial.put("申请材料", "居民身份证|申请人|扫描件");
        Map<String, String> badLimit = flat(code(), "时限不对");
        badLimit.put("承诺时限天数", "40");
        Map<String, String> unknown = flat(code(), "多一列");
        unknown.put("备注列", "x");
        JsonNode problem = send(post(IMPORT).contentType("text/csv")
                .content(csv(List.of(unknown, flat(good, "正确"), badMaterial, badLimit)).getBytes(StandardCharsets.UTF_8)),
                422);
        assertThat(problem.get("code").asString()).isEqualTo("IMPORT_FAILED");
        Map<Integer, String> byRow = new HashMap<>();
        problem.get("errors").forEach(e -> byRow.merge(e.get("row").asInt(),
                e.get("column").asString() + ":" + e.get("message").asString(), (x, y) -> x + "|" + y));
        assertThat(byRow.get(1)).contains("备注列:未知的列");
        assertThat(byRow.get(4)).contains("申请材料:第1项材料：");
        assertThat(byRow.get(5)).contains("承诺时限天数:承诺办结时限不能超过法定办结时限");
        assertThat(byRow).doesNotContainKey(3);
        mvc.perform(get("/api/v1/service-items/" + good)).andExpect(status().isNotFound());
    }
}
