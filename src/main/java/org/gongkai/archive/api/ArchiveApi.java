package org.gongkai.archive.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.gongkai.archive.ArchiveExport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The full export for the system administrator: {@code GET /api/v1/admin/archive} streams the zip (decision 014). It
 * holds personal data in clear: keep it like the database itself. Audited; one export at a time (409
 * {@code ARCHIVE_BUSY}).
 */
@RestController
class ArchiveApi {

    private final ArchiveExport export;
    private final Clock clock;

    ArchiveApi(ArchiveExport export, Clock clock) {
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/api/v1/admin/archive")
    void download(HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"gongkai-export-" + LocalDate.now(clock) + ".zip\"");
        response.setHeader("Cache-Control", "no-store");
        export.write(response.getOutputStream());
        response.flushBuffer();
    }
}
