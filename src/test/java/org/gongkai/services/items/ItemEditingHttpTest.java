package org.gongkai.services.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.services.items.ItemLinesFixture.CENTRE;
import static org.gongkai.services.items.ItemLinesFixture.CIVIL_AFFAIRS;
import static org.gongkai.services.items.ItemLinesFixture.FINANCE;
import static org.gongkai.services.items.ItemLinesFixture.code;
import static org.gongkai.services.items.ItemLinesFixture.lines;
import static org.gongkai.services.items.ItemLinesFixture.promised;
import static org.gongkai.services.items.ItemLinesFixture.with;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * Editing an item's guide with review through the staff API (issue #11): drafts, submission, the director's rejection
 * with a reason and approval, which publishes the version; the version list and a field-by-field comparison; every
 * step audited; hostile input (other unit's item, oversized and malformed content, refused transitions) refused.
 */
@IntegrationTest
class ItemEditingHttpTest {

    static final JsonMapper JSON = JsonMapper.shared();

    @Autowired MockMvc mvc;
    @Autowired UnitDirectory units;
    @Autowired JdbcClient jdbc;

    long unit(String code) {
        return units.findByCreditCode(code).orElseThrow().id();
    }

    RequestPostProcessor officer() {
        return TestActors.as(-41, "edit-officer", Map.of(unit(CENTRE), Set.of(Role.SERVICE_OFFICER),
                unit(CIVIL_AFFAIRS), Set.of(Role.SERVICE_OFFICER)));
    }

    RequestPostProcessor director() {
        return TestActors.as(-42, "edit-director", Map.of(unit(CENTRE), Set.of(Role.SERVICE_DIRECTOR)));
    }

    JsonNode send(MockHttpServletRequestBuilder request, int status) throws Exception {
        String body = mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return body.isEmpty() ? null : JSON.readTree(body);
    }

    String imported(String unitCode) throws Exception {
        String code = code();
        send(post("/api/v1/staff/service-items/import").with(TestActors.as(-40, "importer",
                        Map.of(unit(unitCode), Set.of(Role.SERVICE_OFFICER)))).contentType("application/x-ndjson")
                .content(lines(List.of(promised(code, "编辑测试事项" + code, unitCode)))), 200);
        return code;
    }

    JsonNode save(String code, Map<String, Object> content, RequestPostProcessor who, int status) throws Exception {
        return send(post("/api/v1/staff/service-items/" + code + "/versions").with(who)
                .contentType("application/json").content(JSON.writeValueAsString(content)), status);
    }

    JsonNode step(String code, int version, String action, RequestPostProcessor who, String body, int status)
            throws Exception {
        var request = post("/api/v1/staff/service-items/" + code + "/versions/" + version + "/" + action).with(who);
        if (body != null) {
            request = request.contentType("application/json").content(body);
        }
        return send(request, status);
    }

    long audited(String action, String outcome, String code) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = ? AND outcome = ? AND object_id = ?")
                .params(action, outcome, code).query(Long.class).single();
    }

    @Test
    void aDraftIsReviewedRejectedWithAReasonThenApprovedAndPublished() throws Exception {
        String code = imported(CIVIL_AFFAIRS);
        Map<String, Object> edited = with(promised(code, "最低生活保障审核确认（修订）", CIVIL_AFFAIRS), "materials",
                List.of(Map.of("name", "居民身份证", "form", "ORIGINAL", "required", true, "copies", 1),
                        Map.of("name", "收入证明", "source", "工作单位", "form", "COPY", "required", true, "copies", 2)));
        JsonNode draft = save(code, edited, officer(), 201);
        assertThat(draft.get("version").asInt()).isEqualTo(2);
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        // saving again replaces the draft; the public guide still shows version 1
        assertThat(save(code, with(edited, "place", "二楼民政窗口"), officer(), 201).get("version").asInt()).isEqualTo(2);
        JsonNode guide = send(get("/api/v1/service-items/" + code), 200);
        assertThat(guide.get("name").asString()).isEqualTo("编辑测试事项" + code);
        assertThat(guide.get("version").asInt()).isEqualTo(1);

        assertThat(step(code, 2, "submit", officer(), null, 200).get("status").asString()).isEqualTo("IN_REVIEW");
        // in review: no more edits (409, audited as refused); the officer may not approve
        assertThat(save(code, edited, officer(), 409).get("code").asString()).isEqualTo("TRANSITION_NOT_ALLOWED");
        assertThat(audited("SAVE_ITEM_DRAFT", "REFUSED", code)).isEqualTo(1);
        step(code, 2, "approve", officer(), null, 403);
        assertThat(step(code, 2, "reject", director(), "{\"reason\": \" \"}", 400).get("field").asString())
                .isEqualTo("reason");
        JsonNode rejected = step(code, 2, "reject", director(), "{\"reason\": \"收入证明应写明近6个月\"}", 200);
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("reviewNote").asString()).isEqualTo("收入证明应写明近6个月");
        assertThat(rejected.get("reviewedBy").asString()).isEqualTo("edit-director");
        assertThat(step(code, 2, "approve", director(), null, 409).get("code").asString())
                .isEqualTo("TRANSITION_NOT_ALLOWED");
        assertThat(audited("APPROVE_ITEM_VERSION", "REFUSED", code)).isEqualTo(1);

        Map<String, Object> fixed = with(edited, "materials", List.of(
                Map.of("name", "居民身份证", "form", "ORIGINAL", "required", true, "copies", 1),
                Map.of("name", "近6个月收入证明", "source", "工作单位", "form", "COPY", "required", true, "copies", 2)));
        assertThat(send(post("/api/v1/staff/service-items/" + code + "/versions").param("note", "按审核意见修改")
                .param("baseVersion", "2").with(officer()).contentType("application/json")
                .content(JSON.writeValueAsString(fixed)), 201).get("version").asInt()).isEqualTo(3);
        step(code, 3, "submit", officer(), null, 200);
        JsonNode approved = step(code, 3, "approve", director(), "{\"note\": \"同意\"}", 200);
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");

        guide = send(get("/api/v1/service-items/" + code), 200);
        assertThat(guide.get("name").asString()).isEqualTo("最低生活保障审核确认（修订）");
        assertThat(guide.get("version").asInt()).isEqualTo(3);
        assertThat(guide.get("materials").get(1).get("name").asString()).isEqualTo("近6个月收入证明");
        String page = mvc.perform(get("/services/items/" + code)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("近6个月收入证明").doesNotContain("编辑测试事项" + code);

        JsonNode versions = send(get("/api/v1/staff/service-items/" + code + "/versions").with(director()), 200);
        List<String> statuses = new ArrayList<>();
        versions.get("versions").forEach(v -> statuses.add(v.get("version").asInt() + v.get("status").asString()));
        assertThat(statuses).containsExactly("3APPROVED", "2REJECTED", "1APPROVED");
        assertThat(versions.get("versions").get(0).get("note").asString()).isEqualTo("按审核意见修改");
        assertThat(versions.get("versions").get(0).get("createdBy").asString()).isEqualTo("edit-officer");

        JsonNode diff = send(get("/api/v1/staff/service-items/" + code + "/diff").param("from", "1").param("to", "3")
                .with(officer()), 200);
        Map<String, String> changes = new java.util.HashMap<>();
        diff.get("changes").forEach(c -> changes.put(c.get("label").asString(),
                c.get("before").asString() + "→" + c.get("after").asString()));
        assertThat(changes.get("事项名称")).isEqualTo("编辑测试事项" + code + "→最低生活保障审核确认（修订）");
        assertThat(changes.get("申请材料：近6个月收入证明")).startsWith("→来源：工作单位；复印件；必需；2 份");
        assertThat(changes.get("申请材料：户口簿")).endsWith("→");
        assertThat(changes.get("申请材料：居民身份证")).contains("原件和复印件").contains("→");
        assertThat(changes).doesNotContainKey("受理条件");

        assertThat(audited("SAVE_ITEM_DRAFT", "SUCCESS", code)).isEqualTo(3);
        assertThat(audited("SUBMIT_ITEM_VERSION", "SUCCESS", code)).isEqualTo(2);
        assertThat(audited("REJECT_ITEM_VERSION", "SUCCESS", code)).isEqualTo(1);
        assertThat(audited("APPROVE_ITEM_VERSION", "SUCCESS", code)).isEqualTo(1);
    }

    @Test
    void hostileEditsAreRefusedAtTheirFieldAndOtherUnitsItemsAreNotFound() throws Exception {
        String mine = imported(CENTRE);
        String theirs = imported(FINANCE);
        Map<String, Object> base = promised(mine, "窗口事项", CENTRE);

        send(get("/api/v1/staff/service-items/" + theirs + "/versions").with(officer()), 404);
        save(theirs, promised(theirs, "改别人的", FINANCE), officer(), 404);
        step(theirs, 1, "submit", officer(), null, 404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE outcome = 'REFUSED' AND object_id = ?")
                .param(theirs).query(Long.class).single()).isGreaterThanOrEqualTo(2);
        save(code(), base, officer(), 404);
        send(get("/api/v1/staff/service-items/" + mine + "/versions").with(TestActors.as(Role.EDITOR, unit(CENTRE))), 403);

        JsonNode tooLong = save(mine, with(base, "name", "长".repeat(201)), officer(), 400);
        assertThat(tooLong.get("code").asString()).isEqualTo("ITEM_CONTENT_INVALID");
        assertThat(tooLong.get("field").asString()).isEqualTo("name");
        assertThat(save(mine, with(base, "promisedLimit", Map.of("days", 40, "unit", "WORKING_DAYS")), officer(), 400)
                .get("field").asString()).isEqualTo("promisedLimit");
        assertThat(save(mine, with(base, "unitCode", FINANCE), officer(), 400).get("field").asString())
                .isEqualTo("unitCode");
        assertThat(save(mine, with(base, "code", "OTHER1"), officer(), 400).get("field").asString()).isEqualTo("code");
        assertThat(save(mine, with(base, "materials", List.of(Map.of("name", "x", "form", "SCAN"))), officer(), 400)
                .get("field").asString()).isEqualTo("materials");
        send(post("/api/v1/staff/service-items/" + mine + "/versions").with(officer()).contentType("application/json")
                .content("{not json"), 400);
        assertThat(send(post("/api/v1/staff/service-items/" + mine + "/versions").with(officer())
                .contentType("application/json").content("{\"notes\": \"" + "x".repeat(300_000) + "\"}"), 400)
                .get("code").asString()).isEqualTo("TOO_LONG");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM services_item_version v JOIN services_item i ON i.id = v.item_id "
                + "WHERE i.code = ?").param(mine).query(Long.class).single()).isEqualTo(1);

        // a stale editor, an older version, nobody approves their own version
        save(mine, base, officer(), 201);
        assertThat(send(post("/api/v1/staff/service-items/" + mine + "/versions").param("baseVersion", "1")
                .with(officer()).contentType("application/json").content(JSON.writeValueAsString(base)), 409)
                .get("code").asString()).isEqualTo("VERSION_CONFLICT");
        assertThat(step(mine, 1, "submit", officer(), null, 409).get("code").asString())
                .isEqualTo("TRANSITION_NOT_ALLOWED");
        step(mine, 9, "submit", officer(), null, 404);
        RequestPostProcessor both = TestActors.as(-43, "edit-officer", Map.of(unit(CENTRE),
                Set.of(Role.SERVICE_OFFICER, Role.SERVICE_DIRECTOR)));
        step(mine, 2, "submit", both, null, 200);
        assertThat(step(mine, 2, "approve", both, null, 409).get("code").asString()).isEqualTo("ITEM_OWN_VERSION");
        assertThat(audited("APPROVE_ITEM_VERSION", "REFUSED", mine)).isEqualTo(1);
        assertThat(send(get("/api/v1/service-items/" + mine), 200).get("version").asInt()).isEqualTo(1);
    }
}
