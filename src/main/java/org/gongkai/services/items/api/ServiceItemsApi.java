package org.gongkai.services.items.api;

import io.swagger.v3.oas.annotations.Operation;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.imports.IdempotencyKeys;
import org.gongkai.imports.ImportFormat;
import org.gongkai.imports.ImportReplies;
import org.gongkai.imports.Spooled;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.services.ServiceLevel;
import org.gongkai.services.items.ServiceItemCatalogue;
import org.gongkai.services.items.ServiceItemImport;
import org.gongkai.services.items.ServiceItemSettings;
import org.gongkai.web.SiteAddress;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Service items: the public list and guide ({@code /api/v1/service-items}) and the service officer's import
 * ({@code POST /api/v1/staff/service-items/import}, JSON lines, all or none, {@code Idempotency-Key}).
 */
@RestController
class ServiceItemsApi {

    static final String IMPORT = "/api/v1/staff/service-items/import";
    static final String IMPORT_ENDPOINT = "POST " + IMPORT;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ServiceItemCatalogue catalogue;
    private final ServiceItemImport importer;
    private final ServiceItemSettings settings;
    private final UnitDirectory units;
    private final IdempotencyKeys keys;
    private final SiteAddress site;

    ServiceItemsApi(ServiceItemCatalogue catalogue, ServiceItemImport importer, ServiceItemSettings settings,
            UnitDirectory units, IdempotencyKeys keys, SiteAddress site) {
        this.catalogue = catalogue;
        this.importer = importer;
        this.settings = settings;
        this.units = units;
        this.keys = keys;
        this.site = site;
    }

    @GetMapping("/api/v1/service-items")
    @Operation(summary = "政务服务事项列表 / list service items", description = """
            q：名称、编码或受理条件中的文字（最多100字）；level：COUNTY、TOWNSHIP 或 VILLAGE；unitCode：实施机构统一社会信用代码；
            page 从 1 开始，size 1–100（默认 20）。""")
    Map<String, Object> list(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "level", required = false) String level,
            @RequestParam(name = "unitCode", required = false) String unitCode,
            @RequestParam(name = "page", defaultValue = "1") String page,
            @RequestParam(name = "size", defaultValue = "20") String size) {
        int p = bounded("page", page, 1, 10_000);
        int s = bounded("size", size, 1, 100);
        if (q != null && q.length() > ServiceItemCatalogue.QUERY_MAX) {
            throw GongkaiException.invalid("q", "检索词最多" + ServiceItemCatalogue.QUERY_MAX + "个字符");
        }
        ServiceLevel l = level(level);
        Long unitId = null;
        if (unitCode != null && !unitCode.isBlank()) {
            if (unitCode.length() > 40) {
                throw GongkaiException.invalid("unitCode", "统一社会信用代码最多40个字符");
            }
            unitId = units.findByCreditCode(unitCode.strip()).map(UnitDirectory.UnitView::id).orElse(-1L);
        }
        ServiceItemCatalogue.Page found = catalogue.search(new ServiceItemCatalogue.Query(q, l, unitId, null, null),
                p, s);
        Map<Long, String> codes = new java.util.HashMap<>();
        List<Map<String, Object>> rows = found.rows().stream().map(r -> ItemJson.row(r,
                codes.computeIfAbsent(r.unitId(), id -> units.findById(id).map(UnitDirectory.UnitView::creditCode)
                        .orElse(null)), url(r.code()))).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", found.total());
        body.put("page", p);
        body.put("size", s);
        body.put("items", rows);
        return body;
    }

    @GetMapping("/api/v1/service-items/{code}")
    @Operation(summary = "办事指南 / the whole guide of a service item")
    Map<String, Object> guide(@PathVariable("code") String code) {
        return catalogue.guide(code).map(g -> ItemJson.guide(g, settings.type(g.item().content().type())
                .map(ServiceItemSettings.ItemType::code).orElse(null), url(g.item().code())))
                .orElseThrow(GongkaiException::notFound);
    }

    @PostMapping(value = IMPORT, consumes = {"application/x-ndjson", "application/jsonl", "application/json",
            "text/plain"})
    @Operation(summary = "导入政务服务事项 / import service items", description = """
            每行一个事项（JSON）：code、basicCode、name、type（事项类型中文名称）、unitCode（实施机构统一社会信用代码，须是您任政务服务人员的单位）、
            levels、target、legalBasis、conditions、materials [{name, source, form, required, copies, notes}]、steps、place、hours、
            phones {consult, complaint}、statutoryLimit {days, unit}、promisedLimit {days, unit}、kind（IMMEDIATE 即办件的承诺时限为
            {"days": 0, "unit": "WORKING_DAYS"}）、fees、result、delivery、onlineDepth 1–4、visits 0–3、bookable、tongbanScope、
            lifeEvents、offerings [{stationCode}]。一次最多2000行、16MB；全部正确才写入，导入即发布。""")
    ResponseEntity<Map<String, Object>> importLines(InputStream body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        try (Spooled spooled = Spooled.of(body)) {
            IdempotencyKeys.Claim claim = keys.claim(IMPORT_ENDPOINT, idempotencyKey, spooled.hash());
            return reply(claim.run(ServiceItemImport.Imported.class,
                    () -> importer.importFor(Actor.require(), spooled.open(), claim)));
        }
    }

    @PostMapping(value = IMPORT, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入政务服务事项（文件）/ import service items from a file", description = """
            multipart 的 file：CSV（UTF-8）、XLSX（第一个工作表）或 JSON Lines。表格每行一个事项，列名见
            GET /api/v1/staff/service-items/import/template.csv（或 .xlsx，含“说明”工作表）；申请材料在一列中，每行一项，
            各部分用 | 分隔：名称|来源|形式|是否必需|份数|备注。全部正确才写入，导入即发布；错误按行和列（列名）列出。""")
    ResponseEntity<Map<String, Object>> importFile(@RequestParam("file") MultipartFile file,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        ImportFormat format = ImportFormat.detect(file.getOriginalFilename(), file.getContentType());
        try (InputStream in = file.getInputStream(); Spooled spooled = Spooled.of(in)) {
            return importTable(spooled, format, idempotencyKey);
        } catch (java.io.IOException e) {
            throw GongkaiException.invalid("file", "文件读取失败，请重新上传");
        }
    }

    @PostMapping(value = IMPORT, consumes = {"text/csv", XLSX})
    @Operation(summary = "导入政务服务事项（CSV 或 XLSX 作为请求体）/ import a table as the request body")
    ResponseEntity<Map<String, Object>> importTableBody(@RequestHeader("Content-Type") String contentType,
            InputStream body, @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        try (Spooled spooled = Spooled.of(body)) {
            return importTable(spooled, ImportFormat.detect(null, contentType), idempotencyKey);
        }
    }

    @GetMapping(IMPORT + "/template.{extension:csv|xlsx}")
    @Operation(summary = "事项导入模板 / the import template (header, an example row; XLSX with a 说明 sheet)")
    ResponseEntity<byte[]> template(@PathVariable("extension") String extension) {
        return ServiceItemImport.template().download(extension);
    }

    private ResponseEntity<Map<String, Object>> importTable(Spooled spooled, ImportFormat format, String key) {
        IdempotencyKeys.Claim claim = keys.claim(IMPORT_ENDPOINT, key, spooled.hash(format.name()));
        ServiceItemImport.Imported imported = claim.run(ServiceItemImport.Imported.class,
                () -> importer.importFor(Actor.require(), spooled.open(), format, claim));
        return reply(imported);
    }

    private static ResponseEntity<Map<String, Object>> reply(ServiceItemImport.Imported imported) {
        if (!imported.report().completed()) {
            return ImportReplies.reply(imported.report());
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("codes", imported.codes());
        reply.putAll(ImportReplies.body(imported.report()));
        return ResponseEntity.ok(reply);
    }

    private String url(String code) {
        return site.absolute("/services/items/" + code);
    }

    private static ServiceLevel level(String level) {
        if (level == null || level.isBlank()) {
            return null;
        }
        try {
            return ServiceLevel.valueOf(level.strip());
        } catch (IllegalArgumentException e) {
            throw GongkaiException.invalid("level", "level 应为 COUNTY、TOWNSHIP 或 VILLAGE");
        }
    }

    private static int bounded(String field, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw GongkaiException.invalid(field, field + " 必须是 " + min + " 到 " + max + " 之间的整数");
    }
}
