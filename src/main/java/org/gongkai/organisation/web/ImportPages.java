package org.gongkai.organisation.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.organisation.ImportReport;
import org.gongkai.organisation.OrganisationService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** CSV/XLSX import of units and staff: all rows or none, with a row-by-row error report. */
@Controller
@RequestMapping("/console/organisation/import")
class ImportPages {

    static final List<String> UNIT_COLUMNS = OrganisationService.UNIT_IMPORT_COLUMNS;
    static final List<String> STAFF_COLUMNS = OrganisationService.STAFF_IMPORT_COLUMNS;

    private final OrganisationService organisation;

    ImportPages(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("unitColumns", UNIT_COLUMNS);
        model.addAttribute("staffColumns", STAFF_COLUMNS);
        return "organisation/import";
    }

    @PostMapping("/{kind:units|staff}")
    String upload(@PathVariable String kind, @RequestParam(name = "file", required = false) MultipartFile file,
            Model model) {
        model.addAttribute("kind", kind);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "请选择要导入的文件");
            return page(model);
        }
        try (InputStream in = file.getInputStream()) {
            ImportReport report = kind.equals("units")
                    ? organisation.importUnits(file.getOriginalFilename(), in)
                    : organisation.importStaff(file.getOriginalFilename(), in);
            model.addAttribute("report", report);
        } catch (IOException e) {
            model.addAttribute("fileError", "文件上传失败，请重试");
        } catch (GongkaiException e) {
            if (e.code() != ErrorCode.VALIDATION_FAILED && e.code() != ErrorCode.MALFORMED_REQUEST) {
                throw e;
            }
            model.addAttribute("fileError", e.getMessage());
        }
        return page(model);
    }

    @GetMapping("/template/{kind:units|staff}.csv")
    ResponseEntity<byte[]> template(@PathVariable String kind) {
        List<String> columns = kind.equals("units") ? UNIT_COLUMNS : STAFF_COLUMNS;
        String example = kind.equals("units")
                ? "91350100M000100Y43,示例县某某局,某某局,部门,,990101000000,示例县人民大道100号,工作日8:30—17:30,0123-6100000,,office@example.org"
                : "zhangsan,张三,13800000000,91350100M000100Y43";
        String csv = "\uFEFF" + String.join(",", columns) + "\r\n" + example + "\r\n";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(kind.equals("units") ? "单位导入模板.csv" : "人员导入模板.csv", StandardCharsets.UTF_8)
                        .build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }
}
