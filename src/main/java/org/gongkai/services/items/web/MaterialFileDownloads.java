package org.gongkai.services.items.web;

import java.nio.charset.StandardCharsets;
import org.gongkai.common.GongkaiException;
import org.gongkai.services.items.ItemMaterialFiles;
import org.gongkai.services.items.MaterialFileKind;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public download of a guide's material sample (样表) or blank form (空白表格). */
@Controller
class MaterialFileDownloads {

    private final ItemMaterialFiles files;

    MaterialFileDownloads(ItemMaterialFiles files) {
        this.files = files;
    }

    @GetMapping("/services/items/{code}/materials/{material}/{kind}")
    ResponseEntity<InputStreamResource> download(@PathVariable String code, @PathVariable int material,
            @PathVariable String kind) {
        MaterialFileKind k = MaterialFileKind.ofPath(kind);
        ItemMaterialFiles.Download d = k == null ? null : files.download(code, material, k).orElse(null);
        if (d == null) {
            throw GongkaiException.notFound();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.file().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(d.file().originalName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(d.content()));
    }
}
