package org.gongkai.hostile;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real values for the sweep, so that hostile input reaches the services and the database rather than stopping
 * at "not found": ids and tracking numbers that exist, and valid bodies for the main input records (the rest
 * are built from the OpenAPI schema).
 */
final class Seeds {

    static final String OFFICE = "11990101100100148H"; // 县政府办: the demo request officer's and editor's unit

    private final JdbcClient jdbc;
    private final Hostile hostile;
    private String trackingNumber;

    Seeds(JdbcClient jdbc, Hostile hostile) {
        this.jdbc = jdbc;
        this.hostile = hostile;
    }

    /** A value for a path variable that names something that exists. */
    String path(String name, String path) throws IOException {
        return switch (name) {
            case "tn", "trackingNumber" -> trackingNumber();
            case "unitCode" -> OFFICE;
            case "year" -> "2025";
            case "action" -> "submit";
            case "findingId" -> first("SELECT MAX(id) FROM catalogue_finding", "1");
            case "id" -> path.contains("/documents/") ? first("SELECT MAX(id) FROM catalogue_document", "1")
                    : path.contains("/consultations/") ? first("SELECT MAX(id) FROM consultation WHERE status = 'OPEN'", "1")
                    : first("SELECT MAX(id) FROM org_staff", "1");
            default -> "1";
        };
    }

    /** A valid body for the input records whose checks go deepest; null: build one from the schema. */
    String body(String schema) throws IOException {
        return switch (schema) {
            case "ApplicationJson" -> application(false);
            case "RegistrationJson" -> application(true);
            case "DocumentInput" -> """
                    {"unitId": %s, "title": "恶意输入测试文件", "summary": "摘要", "documentNumber": "示政发〔2026〕9号",
                     "writtenOn": "2026-01-05", "topic": "综合政务\\\\政务公开", "category": "行政规范性文件",
                     "genre": "通知", "keywords": ["测试"], "validity": "有效", "body": "<p>正文</p>"}"""
                    .formatted(first("SELECT id FROM org_unit WHERE credit_code = '" + OFFICE + "'", "1"));
            case "OnJson" -> "{\"on\": \"2026-01-05\"}";
            default -> null;
        };
    }

    private String application(boolean staff) {
        String extra = staff ? ", \"channel\": \"LETTER\", \"receivedOn\": \"2026-01-05\"" : "";
        return """
                {"applicant": {"type": "NATURAL_PERSON", "name": "张三", "idNumber": "%s", "phone": "13912345678",
                  "email": "zhang@example.cn", "address": "示例县人民大道100号"},
                 "unitCode": "%s", "description": "恶意输入测试：2025年财政预算", "deliveryForm": "ELECTRONIC",
                 "deliveryChannel": "EMAIL"%s}""".formatted(idNumber(), OFFICE, extra);
    }

    private String trackingNumber() throws IOException {
        if (trackingNumber == null) {
            RawHttp.Response r = hostile.raw("POST", "/api/v1/disclosure-requests",
                    List.of("Content-Type: application/json", "Idempotency-Key: seed-" + System.nanoTime()),
                    HostileInputTest.utf8(application(false)));
            if (r.status() / 100 == 2) {
                JsonNode receipt = JsonMapper.shared().readTree(r.text());
                trackingNumber = receipt.path("trackingNumber").asString();
            } else {
                trackingNumber = first("SELECT MAX(tracking_number) FROM requests_request", "X2025000001");
            }
        }
        return trackingNumber;
    }

    private String first(String sql, String fallback) {
        List<Map<String, Object>> rows = jdbc.sql(sql).query().listOfRows();
        Object value = rows.isEmpty() ? null : rows.get(0).values().iterator().next();
        return value == null ? fallback : String.valueOf(value);
    }

    /** A valid GB 11643 identity number (born 1980-2000 in the demo county's area). */
    static String idNumber() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String body = "990101" + (1980 + r.nextInt(20)) + String.format("%02d%02d", 1 + r.nextInt(12), 1 + r.nextInt(28))
                + String.format("%03d", r.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
