package org.gongkai.organisation.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.imports.IdempotencyKeys;
import org.gongkai.imports.ImportReport;
import org.gongkai.imports.ImportTemplate;
import org.gongkai.organisation.OrganisationService;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * CSV/XLSX import of units and staff: all rows or none, with a row-by-row error report. Templates at
 * {@code template/{units,staff}.{csv,xlsx}}. Each form carries an idempotency key made when the page is shown, so a
 * resubmitted form returns the first report instead of importing twice.
 */
@Controller
@RequestMapping("/console/organisation/import")
class ImportPages {

    static final List<String> UNIT_COLUMNS = OrganisationService.UNIT_IMPORT_COLUMNS;
    static final List<String> STAFF_COLUMNS = OrganisationService.STAFF_IMPORT_COLUMNS;

    static final ImportTemplate UNITS = new ImportTemplate("单位导入模板", List.of(
            column(UNIT_COLUMNS.get(0), true, "18位统一社会信用代码（设为文本格式）"),
            column(UNIT_COLUMNS.get(1), true, "单位全称，不超过200字"),
            column(UNIT_COLUMNS.get(2), false, "简称，不超过100字"),
            column(UNIT_COLUMNS.get(3), true, "政府、部门、乡镇政府、村（居）委会、服务中心、其他"),
            column(UNIT_COLUMNS.get(4), false, "上级单位的统一社会信用代码：系统中已有的单位或本文件中的其他行"),
            column(UNIT_COLUMNS.get(5), false, "12位区划代码，须已在系统中"),
            column(UNIT_COLUMNS.get(6), false, "不超过300字"),
            column(UNIT_COLUMNS.get(7), false, "不超过200字"),
            column(UNIT_COLUMNS.get(8), false, "不超过50字"),
            column(UNIT_COLUMNS.get(9), false, "不超过50字"),
            column(UNIT_COLUMNS.get(10), false, "电子邮箱")),
            List.of("91350100M000100Y43", "示例县某某局", "某某局", "部门", "", "990101000000", "示例县人民大道100号",
                    "工作日8:30—17:30", "0123-6100000", "", "office@example.org"));

    static final ImportTemplate STAFF = new ImportTemplate("人员导入模板", List.of(
            column(STAFF_COLUMNS.get(0), true, "3至64位小写字母、数字或“._-”，以字母开头"),
            column(STAFF_COLUMNS.get(1), true, "姓名，不超过100字"),
            column(STAFF_COLUMNS.get(2), false, "以1开头的11位手机号码（设为文本格式）"),
            column(STAFF_COLUMNS.get(3), true, "所属单位的统一社会信用代码，多个用分号分隔；角色由安全管理员授权")),
            List.of("zhangsan", "张三", "13800000000", "91350100M000100Y43"));

    private final OrganisationService organisation;
    private final IdempotencyKeys keys;

    ImportPages(OrganisationService organisation, IdempotencyKeys keys) {
        this.organisation = organisation;
        this.keys = keys;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("unitColumns", UNIT_COLUMNS);
        model.addAttribute("staffColumns", STAFF_COLUMNS);
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        return "organisation/import";
    }

    @PostMapping("/{kind:units|staff}")
    String upload(@PathVariable String kind, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "idempotencyKey", required = false) String idempotencyKey, Model model) {
        model.addAttribute("kind", kind);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "请选择要导入的文件");
            return page(model);
        }
        try {
            String name = file.getOriginalFilename();
            IdempotencyKeys.Claim claim = keys.claim("POST /console/organisation/import/" + kind, idempotencyKey,
                    IdempotencyKeys.hash(file.getInputStream(), name));
            ImportReport report = claim.run(ImportReport.class, () -> {
                try (InputStream in = file.getInputStream()) {
                    return kind.equals("units") ? organisation.importUnits(name, in, claim)
                            : organisation.importStaff(name, in, claim);
                } catch (IOException e) {
                    throw new GongkaiException(ErrorCode.MALFORMED_REQUEST, "文件上传失败，请重试", "file");
                }
            });
            model.addAttribute("report", report);
        } catch (IOException e) {
            model.addAttribute("fileError", "文件上传失败，请重试");
        } catch (GongkaiException e) {
            if (e.code() != ErrorCode.VALIDATION_FAILED && e.code() != ErrorCode.MALFORMED_REQUEST
                    && e.code() != ErrorCode.IDEMPOTENCY_KEY_REUSED) {
                throw e;
            }
            model.addAttribute("fileError", e.getMessage());
        }
        return page(model);
    }

    @GetMapping("/template/{kind:units|staff}.{extension:csv|xlsx}")
    ResponseEntity<byte[]> template(@PathVariable String kind, @PathVariable String extension) {
        return (kind.equals("units") ? UNITS : STAFF).download(extension);
    }

    private static ImportTemplate.Column column(String name, boolean required, String description) {
        return new ImportTemplate.Column(name, required, description);
    }
}
