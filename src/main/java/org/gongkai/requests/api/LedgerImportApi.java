package org.gongkai.requests.api;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.imports.IdempotencyKeys;
import org.gongkai.imports.Spooled;
import org.gongkai.imports.TableReader;
import org.gongkai.requests.ClockEvent;
import org.gongkai.requests.ClockEventType;
import org.gongkai.requests.DecisionCode;
import org.gongkai.requests.LedgerImport;
import org.gongkai.requests.Review;
import org.gongkai.requests.ReviewKind;
import org.gongkai.requests.ReviewResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The historical import of a request ledger: JSON lines (one past request per line, read with the one table
 * reader), all lines or none; {@code Idempotency-Key} makes a retry return the first result without importing again.
 */
@RestController
@RequestMapping("/api/v1/staff/disclosure-requests")
class LedgerImportApi {

    static final String ENDPOINT = "POST /api/v1/staff/disclosure-requests/import";
    static final int MAX_LINES = 100_000;

    private final LedgerImport ledger;
    private final IdempotencyKeys keys;
    private final JsonMapper json = JsonMapper.builder().build();

    LedgerImportApi(LedgerImport ledger, IdempotencyKeys keys) {
        this.ledger = ledger;
        this.keys = keys;
    }

    record ImportEventJson(String type, LocalDate on, Integer days) {}

    record ImportReviewJson(String kind, LocalDate filedOn, String result, LocalDate resultOn) {}

    record ImportLineJson(String applicantType, String applicantName, String unitCode, String channel,
            LocalDate receivedOn, String description, List<ImportEventJson> events, String decisionCode,
            LocalDate decidedOn, List<ImportReviewJson> reviews) {}

    record ImportResult(List<String> trackingNumbers) {}

    @PostMapping(path = "/import", consumes = {"application/x-ndjson", "application/jsonl", "application/json",
            "text/plain"})
    ImportResult importLedger(InputStream body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        try (Spooled spooled = Spooled.of(body)) {
            IdempotencyKeys.Claim claim = keys.claim(ENDPOINT, idempotencyKey, spooled.hash());
            LedgerImport.Imported imported = claim.run(LedgerImport.Imported.class, () -> {
                List<LedgerImport.Line> lines = read(spooled.open());
                return ledger.run(Actor.require(), lines, claim);
            });
            return new ImportResult(imported.trackingNumbers());
        }
    }

    private List<LedgerImport.Line> read(InputStream in) {
        List<LedgerImport.Line> lines = new ArrayList<>();
        try (in) {
            TableReader.jsonLines(in, MAX_LINES, (lineNo, text) -> {
                try {
                    lines.add(toLine(json.readValue(text, ImportLineJson.class), lineNo));
                } catch (JacksonException e) {
                    throw new GongkaiException(ErrorCode.IMPORT_FAILED,
                            "第 " + lineNo + " 行不是有效的 JSON 或日期格式不正确（应为 YYYY-MM-DD）");
                }
            });
        } catch (java.io.IOException e) {
            throw new GongkaiException(ErrorCode.MALFORMED_REQUEST, "文件无法读取", "file");
        }
        if (lines.isEmpty()) {
            throw new GongkaiException(ErrorCode.IMPORT_FAILED, "没有可导入的行");
        }
        return lines;
    }

    private LedgerImport.Line toLine(ImportLineJson j, int lineNo) {
        try {
            List<ClockEvent> events = new ArrayList<>();
            for (ImportEventJson e : j.events() == null ? List.<ImportEventJson>of() : j.events()) {
                ClockEventType type = parse(ClockEventType.class, e.type(), "events", "事项类型不正确：" + e.type());
                if (e.on() == null) {
                    throw GongkaiException.invalid("events", "事项“" + type.label() + "”缺少日期");
                }
                events.add(new ClockEvent(type, e.on(), e.days(), null, null, "历史台账导入"));
            }
            List<Review> reviews = new ArrayList<>();
            for (ImportReviewJson r : j.reviews() == null ? List.<ImportReviewJson>of() : j.reviews()) {
                ReviewKind kind = parse(ReviewKind.class, r.kind(), "reviews", "复议诉讼类型不正确：" + r.kind());
                if (r.filedOn() == null) {
                    throw GongkaiException.invalid("reviews", "复议诉讼缺少提起日期");
                }
                if (r.resultOn() != null && r.resultOn().isBefore(r.filedOn())) {
                    throw GongkaiException.invalid("reviews", "复议诉讼的审结日期不得早于提起日期");
                }
                ReviewResult result = r.result() == null || r.result().isBlank() ? ReviewResult.PENDING
                        : parse(ReviewResult.class, r.result(), "result", "复议诉讼结果不正确：" + r.result());
                reviews.add(new Review(kind, r.filedOn(), result, r.resultOn()));
            }
            DecisionCode code = j.decisionCode() == null ? null
                    : parse(DecisionCode.class, j.decisionCode(), "decisionCode", "办理结果代码不正确：" + j.decisionCode());
            return new LedgerImport.Line(j.applicantType(), j.applicantName(), j.unitCode(), j.channel(),
                    j.receivedOn(), j.description(), events, code, j.decidedOn(), reviews);
        } catch (GongkaiException e) {
            throw new GongkaiException(ErrorCode.IMPORT_FAILED, "第 " + lineNo + " 行：" + e.getMessage(), e.field());
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String message) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw GongkaiException.invalid(field, message);
        }
    }
}
