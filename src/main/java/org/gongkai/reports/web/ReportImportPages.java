package org.gongkai.reports.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.imports.IdempotencyKeys;
import org.gongkai.imports.ImportFormat;
import org.gongkai.imports.ImportReport;
import org.gongkai.reports.EarlierReportImport;
import org.gongkai.reports.ReportFormat;
import org.gongkai.reports.ReportLayout;
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
 * Console import of earlier years' annual-report figures (CSV, XLSX, JSON lines; one figure per row): the upload
 * page with the key reference, the templates ({@code template.csv}, {@code template.xlsx}) and the upload. The form
 * carries an idempotency key made when the page is shown, so a resubmitted form returns the first report.
 */
@Controller
@RequestMapping("/console/reports/import")
class ReportImportPages {

    static final String ENDPOINT = "POST /console/reports/import";

    /** One key of the national tables and its label, for the reference on the page. */
    record Key(String table, String kind, String key, String label) {}

    private final EarlierReportImport importer;
    private final IdempotencyKeys keys;

    ReportImportPages(EarlierReportImport importer, IdempotencyKeys keys) {
        this.importer = importer;
        this.keys = keys;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        model.addAttribute("columns", EarlierReportImport.columns());
        model.addAttribute("keys", KEYS);
        return "reports/console-import";
    }

    @GetMapping("/template.{extension:csv|xlsx}")
    ResponseEntity<byte[]> template(@PathVariable String extension) {
        return EarlierReportImport.TEMPLATE.download(extension);
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "idempotencyKey", required = false) String idempotencyKey, Model model) {
        try {
            if (file == null || file.isEmpty()) {
                throw GongkaiException.invalid("file", "请选择要导入的文件");
            }
            ImportFormat format = ImportFormat.detect(file.getOriginalFilename(), file.getContentType());
            IdempotencyKeys.Claim claim = keys.claim(ENDPOINT, idempotencyKey,
                    IdempotencyKeys.hash(file.getInputStream(), format.name()));
            model.addAttribute("report", claim.run(ImportReport.class, () -> {
                try (InputStream in = file.getInputStream()) {
                    return importer.importFor(Actor.require(), in, format, claim);
                } catch (IOException e) {
                    throw GongkaiException.invalid("file", "文件读取失败，请重新上传");
                }
            }));
        } catch (IOException e) {
            model.addAttribute("fileError", "文件读取失败，请重新上传");
        } catch (GongkaiException e) {
            if (e.code() != ErrorCode.VALIDATION_FAILED && e.code() != ErrorCode.MALFORMED_REQUEST
                    && e.code() != ErrorCode.IDEMPOTENCY_KEY_REUSED) {
                throw e;
            }
            model.addAttribute("fileError", e.getMessage());
        }
        return page(model);
    }

    /** Every row and column key of tables 二, 三 (with the 2019 row) and 四, with the national labels. */
    static final List<Key> KEYS = keys();

    private static List<Key> keys() {
        List<Key> out = new ArrayList<>();
        ReportLayout.TABLE2_KEYS.forEach((block, columns) -> out.add(new Key("二", "行", block,
                ReportLayout.TABLE2_LABELS.get(block) + "（列：" + String.join("、", columns)
                        + (ReportLayout.FEES.equals(block) ? "，或 AMOUNT_TEN_THOUSAND_YUAN（万元）" : "") + "）")));
        for (String row : ReportLayout.table3Rows(ReportFormat.F2021)) {
            out.add(new Key("三", "行", row, ReportLayout.rowLabel(row)));
        }
        out.add(new Key("三", "行", ReportLayout.OTHER_PROCESSING, ReportLayout.rowLabel(ReportLayout.OTHER_PROCESSING)
                + "（仅 2019 格式，代替（六）的三行）"));
        for (String column : ReportLayout.COLUMNS) {
            out.add(new Key("三", "列", column, ReportLayout.columnLabel(column)));
        }
        ReportLayout.TABLE4_KIND_LABELS.forEach((kind, label) -> out.add(new Key("四", "行", kind, label)));
        ReportLayout.TABLE4_RESULT_LABELS.forEach((result, label) -> out.add(new Key("四", "列", result, label)));
        return List.copyOf(out);
    }
}
