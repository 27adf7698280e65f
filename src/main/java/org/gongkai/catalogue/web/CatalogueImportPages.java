package org.gongkai.catalogue.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.gongkai.catalogue.DocumentImporter;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.imports.IdempotencyKeys;
import org.gongkai.imports.ImportFormat;
import org.gongkai.imports.ImportReport;
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
 * The console import of the catalogue: upload page, templates ({@code template.csv}, {@code template.xlsx}) and the
 * upload. The form carries an idempotency key made when the page is shown, so that a resubmitted form (reload,
 * double click, retry after a lost answer) returns the first report instead of importing twice.
 */
@Controller
@RequestMapping("/console/catalogue/import")
class CatalogueImportPages {

    static final String ENDPOINT = "POST /console/catalogue/import";

    private final DocumentImporter importer;
    private final IdempotencyKeys keys;

    CatalogueImportPages(DocumentImporter importer, IdempotencyKeys keys) {
        this.importer = importer;
        this.keys = keys;
    }

    @GetMapping
    String importForm(Model model) {
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        model.addAttribute("columns", DocumentImporter.COLUMNS);
        return "catalogue/console/import";
    }

    /** The import templates: the column names of issue #3 §5, one example row; the XLSX adds a 说明 sheet. */
    @GetMapping("/template.{extension:csv|xlsx}")
    ResponseEntity<byte[]> template(@PathVariable String extension) {
        return DocumentImporter.TEMPLATE.download(extension);
    }

    @PostMapping
    String importFile(@RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(value = "idempotencyKey", required = false) String idempotencyKey, Model model) {
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", "请选择要导入的文件");
            return importForm(model);
        }
        try {
            ImportFormat format = DocumentImporter.detect(file.getOriginalFilename(), file.getContentType());
            IdempotencyKeys.Claim claim = keys.claim(ENDPOINT, idempotencyKey,
                    IdempotencyKeys.hash(file.getInputStream(), format.name()));
            ImportReport report = claim.run(ImportReport.class, () -> {
                try (InputStream in = file.getInputStream()) {
                    return importer.importFor(Actor.require(), in, format, claim);
                } catch (IOException e) {
                    throw GongkaiException.invalid("file", "文件读取失败，请重新上传");
                }
            });
            model.addAttribute("report", report);
        } catch (GongkaiException e) {
            model.addAttribute("error", e.getMessage());
        } catch (IOException e) {
            model.addAttribute("error", "文件读取失败，请重新上传");
        }
        return importForm(model);
    }
}
