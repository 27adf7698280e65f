package org.gongkai.reports.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.gongkai.reports.ReportExports;
import org.gongkai.reports.ReportView;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The three downloads of a report, for the portal and the console. */
final class Downloads {

    private Downloads() {}

    static ResponseEntity<byte[]> of(ReportExports exports, ReportView report, String kind) {
        byte[] body;
        MediaType type;
        switch (kind) {
            case "pdf" -> {
                body = exports.pdf(report);
                type = MediaType.APPLICATION_PDF;
            }
            case "docx" -> {
                body = exports.docx(report);
                type = MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            }
            default -> {
                body = exports.xlsx(report);
                type = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            }
        }
        String name = URLEncoder.encode(report.title() + "." + kind, StandardCharsets.UTF_8).replace("+", "%20");
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"annual-report-"
                        + report.unit().creditCode() + "-" + report.year() + "." + kind + "\"; filename*=UTF-8''" + name)
                .body(body);
    }
}
