package org.gongkai.services.items.api;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.services.items.ItemCommands;
import org.gongkai.services.items.ItemDiff;
import org.gongkai.services.items.ItemEditing;
import org.gongkai.services.items.ItemVersion;
import org.gongkai.services.items.ServiceItem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Editing an item's guide through the API (issue #11), the same commands as the console's editor: the versions of an
 * item, a draft saved from a JSON object with the members of an import line, submission, the director's approval or
 * rejection, and the field-by-field comparison of two versions.
 */
@RestController
class ItemVersionsApi {

    static final String BASE = "/api/v1/staff/service-items/{code}";

    private final ItemEditing editing;
    private final CommandDispatcher commands;

    ItemVersionsApi(ItemEditing editing, CommandDispatcher commands) {
        this.editing = editing;
        this.commands = commands;
    }

    @GetMapping(BASE + "/versions")
    @Operation(summary = "办事指南的版本 / the versions of an item's guide")
    Map<String, Object> versions(@PathVariable String code) {
        ServiceItem item = editing.readable(Actor.require(), code);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", item.code());
        body.put("published", item.version());
        body.put("versions", editing.versions(item).stream().map(ItemVersionsApi::json).toList());
        return body;
    }

    @GetMapping(BASE + "/versions/{version}")
    @Operation(summary = "办事指南的一个版本（含内容）/ one version with its content")
    Map<String, Object> version(@PathVariable String code, @PathVariable int version) {
        ServiceItem item = editing.readable(Actor.require(), code);
        ItemVersion v = editing.version(item, version).orElseThrow(GongkaiException::notFound);
        Map<String, Object> body = json(v);
        body.put("guide", ItemDiff.facts(v.content(), editing.names()));
        return body;
    }

    @PostMapping(value = BASE + "/versions", consumes = "application/json")
    @Operation(summary = "保存草稿 / save a draft version", description = """
            请求体为一个事项的 JSON 对象，成员与导入行相同（code 可省略，不能修改）；note：修改说明；baseVersion：编辑所依据的版本号，
            有更新的版本时拒绝（409 VERSION_CONFLICT）。最新版本为草稿时替换该草稿，否则新建下一版草稿；待审核的版本不能修改（409）。""")
    ResponseEntity<Map<String, Object>> save(@PathVariable String code, @RequestBody byte[] body,
            @RequestParam(name = "note", required = false) String note,
            @RequestParam(name = "baseVersion", required = false) Integer baseVersion) {
        ItemVersion v = commands.dispatch(new ItemCommands.SaveItemDraft(code,
                new String(body, StandardCharsets.UTF_8), note, baseVersion));
        return ResponseEntity.status(HttpStatus.CREATED).body(json(v));
    }

    @PostMapping(BASE + "/versions/{version}/submit")
    @Operation(summary = "提交审核 / submit a draft for review")
    Map<String, Object> submit(@PathVariable String code, @PathVariable int version) {
        return json(commands.dispatch(new ItemCommands.SubmitItemVersion(code, version)));
    }

    /** The reviewer's note or reason. */
    record Review(String note, String reason) {}

    @PostMapping(BASE + "/versions/{version}/approve")
    @Operation(summary = "审核通过并发布 / approve and publish (service-hall director)")
    Map<String, Object> approve(@PathVariable String code, @PathVariable int version,
            @RequestBody(required = false) Review review) {
        return json(commands.dispatch(new ItemCommands.ApproveItemVersion(code, version,
                review == null ? null : review.note())));
    }

    @PostMapping(BASE + "/versions/{version}/reject")
    @Operation(summary = "退回修改 / reject with a reason (service-hall director)")
    Map<String, Object> reject(@PathVariable String code, @PathVariable int version,
            @RequestBody(required = false) Review review) {
        return json(commands.dispatch(new ItemCommands.RejectItemVersion(code, version,
                review == null ? null : review.reason())));
    }

    @GetMapping(BASE + "/diff")
    @Operation(summary = "两个版本逐项对比 / compare two versions field by field")
    Map<String, Object> diff(@PathVariable String code, @RequestParam("from") int from, @RequestParam("to") int to) {
        ServiceItem item = editing.readable(Actor.require(), code);
        ItemVersion a = editing.version(item, from).orElseThrow(GongkaiException::notFound);
        ItemVersion b = editing.version(item, to).orElseThrow(GongkaiException::notFound);
        List<Map<String, Object>> changes = ItemDiff.between(a.content(), b.content(), editing.names()).stream()
                .map(c -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("label", c.label());
                    m.put("before", c.before());
                    m.put("after", c.after());
                    return m;
                }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", from);
        body.put("to", to);
        body.put("changes", changes);
        return body;
    }

    static Map<String, Object> json(ItemVersion v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", v.version());
        m.put("status", v.status().name());
        m.put("statusLabel", v.status().label());
        m.put("createdBy", v.createdBy());
        m.put("createdAt", v.createdAt().atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime().toString());
        m.put("note", v.note());
        m.put("reviewedBy", v.reviewedBy());
        m.put("reviewedAt", v.reviewedAt() == null ? null
                : v.reviewedAt().atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime().toString());
        m.put("reviewNote", v.reviewNote());
        return m;
    }
}
