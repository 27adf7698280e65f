package org.gongkai.services.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.services.items.ItemLinesFixture.CENTRE;
import static org.gongkai.services.items.ItemLinesFixture.CIVIL_AFFAIRS;
import static org.gongkai.services.items.ItemLinesFixture.FINANCE;
import static org.gongkai.services.items.ItemLinesFixture.code;
import static org.gongkai.services.items.ItemLinesFixture.immediate;
import static org.gongkai.services.items.ItemLinesFixture.lines;
import static org.gongkai.services.items.ItemLinesFixture.promised;
import static org.gongkai.services.items.ItemLinesFixture.with;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.IntegrationTest;
import org.gongkai.TestActors;
import org.gongkai.common.Role;
import org.gongkai.organisation.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The item import and the public item API through HTTP (issue #11): a service officer imports items of its units,
 * published at once and readable in the list and as whole guides; every line is checked and nothing is written unless
 * all are right; hostile input is refused with row errors; the import is audited, idempotent and for officers only.
 */
@IntegrationTest
class ServiceItemImportHttpTest {

    static final String IMPORT = "/api/v1/staff/service-items/import";

    @Autowired MockMvc mvc;
    @Autowired UnitDirectory units;
    @Autowired JdbcClient jdbc;

    long unit(String code) {
        return units.findByCreditCode(code).orElseThrow().id();
    }

    RequestPostProcessor officer() {
        return TestActors.as(-31, "items-officer", Map.of(unit(CENTRE), Set.of(Role.SERVICE_OFFICER),
                unit(CIVIL_AFFAIRS), Set.of(Role.SERVICE_OFFICER), unit(FINANCE), Set.of(Role.EDITOR)));
    }

    JsonNode send(MockHttpServletRequestBuilder request, int status) throws Exception {
        String body = mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return body.isEmpty() ? null : JsonMapper.shared().readTree(body);
    }

    JsonNode importLines(String body, int status) throws Exception {
        return send(post(IMPORT).with(officer()).contentType("application/x-ndjson")
                .content(body.getBytes(StandardCharsets.UTF_8)), status);
    }

    long count(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (Object p : params) {
            spec = spec.param(p);
        }
        return spec.query(Long.class).single();
    }

    @Test
    void importedItemsArePublishedAtOnceAndReadableAsListAndGuide() throws Exception {
        String a = code();
        String b = code();
        String marker = "低保" + a;
        JsonNode reply = importLines(lines(List.of(promised(a, marker + "确认", CIVIL_AFFAIRS),
                immediate(b, marker + "出生登记", CENTRE))), 200);
        assertThat(reply.get("codes").values().stream().map(JsonNode::asString).toList()).containsExactly(a, b);

        JsonNode list = send(get("/api/v1/service-items").param("q", marker), 200);
        assertThat(list.get("total").asLong()).isEqualTo(2);
        JsonNode first = list.get("items").get(0);
        assertThat(first.get("code").asString()).isEqualTo(b); // by name: 出生登记 before 确认
        assertThat(first.get("kind").asString()).isEqualTo("IMMEDIATE");
        assertThat(first.get("promisedLimit").get("days").asInt()).isZero();
        assertThat(first.get("statutoryLimit").get("unit").asString()).isEqualTo("CALENDAR_DAYS");
        assertThat(first.get("unitCode").asString()).isEqualTo(CENTRE);
        assertThat(first.get("url").asString()).endsWith("/services/items/" + b);
        JsonNode second = list.get("items").get(1);
        assertThat(second.get("levels").values().stream().map(JsonNode::asString).toList())
                .containsExactly("COUNTY", "TOWNSHIP");
        assertThat(second.get("onlineDepth").asInt()).isEqualTo(3);
        assertThat(second.get("visits").asInt()).isEqualTo(1);

        assertThat(send(get("/api/v1/service-items").param("q", marker).param("level", "TOWNSHIP"), 200)
                .get("total").asLong()).isEqualTo(1);
        assertThat(send(get("/api/v1/service-items").param("q", marker).param("unitCode", CENTRE), 200)
                .get("total").asLong()).isEqualTo(1);
        assertThat(send(get("/api/v1/service-items").param("q", marker).param("unitCode", "NOSUCHUNIT"), 200)
                .get("total").asLong()).isZero();
        assertThat(send(get("/api/v1/service-items").param("q", marker).param("size", "1").param("page", "2"), 200)
                .get("items").get(0).get("code").asString()).isEqualTo(a);

        JsonNode guide = send(get("/api/v1/service-items/" + a), 200);
        assertThat(guide.get("name").asString()).isEqualTo(marker + "确认");
        assertThat(guide.get("unitName").asString()).isEqualTo("示例县民政局");
        assertThat(guide.get("typeCode").asString()).isEqualTo("07");
        assertThat(guide.get("legalBasis").asString()).contains("第九条\n《最低生活保障审核确认办法》");
        assertThat(guide.get("materials")).hasSize(2);
        assertThat(guide.get("materials").get(0).get("form").asString()).isEqualTo("ORIGINAL_AND_COPY");
        assertThat(guide.get("materials").get(1).get("required").asBoolean()).isFalse();
        assertThat(guide.get("materials").get(1).get("copies").asInt()).isEqualTo(2);
        assertThat(guide.get("phones").get("complaint").asString()).isEqualTo("12345");
        assertThat(guide.get("fees").get("charged").asBoolean()).isFalse();
        assertThat(guide.get("result").get("type").asString()).isEqualTo("证照");
        assertThat(guide.get("delivery").asString()).isEqualTo("窗口领取、邮寄送达");
        assertThat(guide.get("tongbanScope").asString()).isEqualTo("COUNTY");
        assertThat(guide.get("offerings")).hasSize(2);
        assertThat(guide.get("version").asInt()).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM services_item_version v JOIN services_item i ON i.id = v.item_id "
                + "WHERE i.code = ? AND v.status = 'APPROVED'", a)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_record WHERE action = 'SERVICE_ITEMS_IMPORTED' "
                + "AND outcome = 'SUCCESS' AND detail LIKE ?", "%" + a + "%")).isEqualTo(1);

        send(get("/api/v1/service-items/" + code()), 404);
        send(get("/api/v1/service-items/" + "x".repeat(200)), 404);
        send(get("/api/v1/service-items/{code}", "事项 1"), 404);
    }

    @Test
    void everyLineIsCheckedAndNothingIsWrittenUnlessAllAreRight() throws Exception {
        String good = code();
        String taken = code();
        importLines(lines(List.of(promised(taken, "已有事项", CENTRE))), 200);
        long audited = count("SELECT COUNT(*) FROM audit_record WHERE action = 'SERVICE_ITEMS_IMPORTED' "
                + "AND outcome = 'FAILURE'");
        Map<String, Object> base = promised(good, "正确的事项", CENTRE);
        String body = lines(List.of(base)) // 1
                + "not json\n" // 2
                + lines(List.of(
                        with(promised(code(), "未知字段", CENTRE), "promisedLimt", Map.of("days", 1)), // 3
                        with(promised(code(), "名", CENTRE), "name", "长".repeat(201)), // 4
                        with(promised(code(), "超过法定", CENTRE), "promisedLimit",
                                Map.of("days", 31, "unit", "WORKING_DAYS")), // 5
                        with(immediate(code(), "即办但承诺三天", CENTRE), "promisedLimit",
                                Map.of("days", 3, "unit", "WORKING_DAYS")), // 6
                        with(immediate(code(), "全程网办还要跑", CENTRE), "visits", 1), // 7
                        promised(code(), "别的单位", FINANCE), // 8
                        with(promised(code(), "类型不对", CENTRE), "type", "行政审批"), // 9
                        with(promised(code(), "控制\u0007字符", CENTRE), "place", "一楼\u0000窗口"), // 10
                        promised(good, "重复编码", CENTRE), // 11
                        promised(taken, "已存在", CENTRE), // 12
                        with(promised(code(), "单位不同", CENTRE), "promisedLimit",
                                Map.of("days", 5, "unit", "CALENDAR_DAYS")), // 13
                        with(promised(code(), "坏编码", CENTRE), "code", "../etc"), // 14
                        with(promised(code(), "深度", CENTRE), "onlineDepth", 5), // 15
                        with(promised(code(), "人生事件", CENTRE), "lifeEvents", List.of("退休旅游")), // 16
                        with(promised(code(), "材料", CENTRE), "materials", List.of(Map.of("name", "身份证",
                                "form", "SCAN"))), // 17
                        with(promised(code(), "层级", CENTRE), "levels", List.of()), // 18
                        with(promised(code(), "数字", CENTRE), "visits", "两次"))); // 19
        JsonNode problem = importLines(body, 422);
        assertThat(problem.get("code").asString()).isEqualTo("IMPORT_FAILED");
        assertThat(problem.get("imported").asInt()).isZero();
        Map<Integer, String> byRow = new java.util.HashMap<>();
        problem.get("errors").forEach(e -> byRow.merge(e.get("row").asInt(),
                e.get("column").asString() + ":" + e.get("message").asString(), (x, y) -> x + "|" + y));
        assertThat(byRow.keySet()).containsExactlyInAnyOrder(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
                18, 19);
        assertThat(byRow.get(3)).contains("promisedLimt:未知的字段");
        assertThat(byRow.get(4)).contains("name:");
        assertThat(byRow.get(5)).contains("promisedLimit:承诺办结时限不能超过法定办结时限");
        assertThat(byRow.get(6)).contains("promisedLimit:即办件的承诺时限");
        assertThat(byRow.get(7)).contains("visits:网办深度为Ⅳ级");
        assertThat(byRow.get(8)).contains("unitCode:", "不在您的管理范围内");
        assertThat(byRow.get(9)).contains("type:事项类型应为以下之一");
        assertThat(byRow.get(10)).contains("place:", "控制字符");
        assertThat(byRow.get(11)).contains("code:", "与第 1 行重复");
        assertThat(byRow.get(12)).contains("code:", "已存在");
        assertThat(byRow.get(13)).contains("同一计算单位");
        assertThat(byRow.get(14)).contains("code:");
        assertThat(byRow.get(15)).contains("onlineDepth:");
        assertThat(byRow.get(16)).contains("lifeEvents:");
        assertThat(byRow.get(17)).contains("materials:");
        assertThat(byRow.get(18)).contains("levels:");
        assertThat(byRow.get(19)).contains("visits:");
        assertThat(count("SELECT COUNT(*) FROM services_item WHERE code = ?", good)).isZero();
        assertThat(count("SELECT COUNT(*) FROM audit_record WHERE action = 'SERVICE_ITEMS_IMPORTED' "
                + "AND outcome = 'FAILURE'")).isEqualTo(audited + 1);

        // the file as a whole: empty, too many lines, not UTF-8
        assertThat(importLines("\n\n", 422).get("errors").get(0).get("message").asString()).isEqualTo("没有可导入的行");
        assertThat(importLines("{}\n".repeat(ServiceItemImport.MAX_LINES + 1), 400).get("code").asString())
                .isEqualTo("VALIDATION_FAILED");
        send(post(IMPORT).with(officer()).contentType("application/x-ndjson").content(new byte[] {(byte) 0xC3, 0x28}),
                400);
    }

    @Test
    void onlyServiceOfficersImportAndARetryWithTheSameKeyImportsNothingMore() throws Exception {
        String body = lines(List.of(promised(code(), "幂等事项", CENTRE)));
        send(post(IMPORT).with(TestActors.as(Role.EDITOR, unit(CENTRE))).contentType("application/x-ndjson")
                .content(body), 403);
        send(post(IMPORT).contentType("application/x-ndjson").content(body), 401);

        String key = "items-" + code();
        JsonNode first = send(post(IMPORT).with(officer()).header("Idempotency-Key", key)
                .contentType("application/x-ndjson").content(body), 200);
        JsonNode again = send(post(IMPORT).with(officer()).header("Idempotency-Key", key)
                .contentType("application/x-ndjson").content(body), 200);
        assertThat(again.get("codes")).isEqualTo(first.get("codes"));
        assertThat(send(post(IMPORT).with(officer()).header("Idempotency-Key", key)
                .contentType("application/x-ndjson").content(lines(List.of(promised(code(), "另一份", CENTRE)))), 409)
                .get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void theListRefusesMalformedParameters() throws Exception {
        assertThat(send(get("/api/v1/service-items").param("level", "PROVINCE"), 400).get("field").asString())
                .isEqualTo("level");
        send(get("/api/v1/service-items").param("size", "1000"), 400);
        send(get("/api/v1/service-items").param("page", "0"), 400);
        send(get("/api/v1/service-items").param("q", "字".repeat(101)), 400);
        send(get("/api/v1/service-items").param("unitCode", "X".repeat(41)), 400);
        assertThat(send(get("/api/v1/service-items").param("q", "%_\\"), 200).get("total").asLong()).isZero();
    }
}
