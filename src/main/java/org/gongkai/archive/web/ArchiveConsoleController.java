package org.gongkai.archive.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.gongkai.archive.ArchiveExport;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The full export in the console: what it holds, how to keep it, and the download (the same as the API's). */
@Controller
@RequestMapping("/console/archive")
class ArchiveConsoleController {

    private final ArchiveExport export;
    private final Clock clock;

    ArchiveConsoleController(ArchiveExport export, Clock clock) {
        this.export = export;
        this.clock = clock;
    }

    @GetMapping
    String index() {
        return "archive/index";
    }

    @GetMapping("/export.zip")
    void download(HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"gongkai-export-" + LocalDate.now(clock) + ".zip\"");
        response.setHeader("Cache-Control", "no-store");
        export.write(response.getOutputStream());
        response.flushBuffer();
    }
}
