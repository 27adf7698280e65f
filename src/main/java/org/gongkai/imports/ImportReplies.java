package org.gongkai.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.common.ErrorCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one HTTP answer of every import API: the report as JSON ({@link #body}) with 200 when every row was written,
 * else problem JSON {@code IMPORT_FAILED} (422) carrying the same members, so a client reads each row's error.
 */
public final class ImportReplies {

    private ImportReplies() {}

    /** completed, rowsRead, imported, errors (row, column, message), moreErrors. */
    public static Map<String, Object> body(ImportReport report) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("completed", report.completed());
        body.put("rowsRead", report.rowsRead());
        body.put("imported", report.imported());
        body.put("errors", report.errors().stream().map(e -> Map.of("row", e.row(), "column", e.column(),
                "message", e.message())).toList());
        body.put("moreErrors", report.moreErrors());
        return body;
    }

    public static ResponseEntity<Map<String, Object>> reply(ImportReport report) {
        Map<String, Object> body = body(report);
        if (report.completed()) {
            return ResponseEntity.ok(body);
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", ErrorCode.IMPORT_FAILED.message());
        problem.put("status", ErrorCode.IMPORT_FAILED.status().value());
        problem.put("detail", "共 " + report.errors().size() + (report.moreErrors() ? "+" : "") + " 处错误，所有行均未写入");
        problem.put("code", ErrorCode.IMPORT_FAILED.name());
        problem.putAll(body);
        return ResponseEntity.status(ErrorCode.IMPORT_FAILED.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
