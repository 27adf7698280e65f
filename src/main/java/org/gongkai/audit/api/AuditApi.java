package org.gongkai.audit.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.audit.AuditFilter;
import org.gongkai.audit.AuditPage;
import org.gongkai.audit.AuditRecord;
import org.gongkai.audit.AuditService;
import org.gongkai.audit.RefusalLog;
import org.gongkai.audit.Verification;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for the audit administrator's tools: chain verification and paged records. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApi {

    private final AuditService audit;
    private final RefusalLog refusals;

    AuditApi(AuditService audit, RefusalLog refusals) {
        this.audit = audit;
        this.refusals = refusals;
    }

    /** {@code {"intact":true,"checked":N}} or {@code {"intact":false,"checked":N,"firstBrokenSeq":S,"reason":"..."}}. */
    @GetMapping("/verify")
    Map<String, Object> verify() {
        Verification result = audit.checkIntegrity();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("intact", result.intact());
        body.put("checked", result.checked());
        if (!result.intact()) {
            body.put("firstBrokenSeq", result.firstBrokenSeq());
            body.put("reason", result.reason());
        }
        return body;
    }

    record RecordPage(int page, int size, long total, List<RecordView> items) {}

    record RecordView(long seq, String occurredAt, String actor, Long actorUnitId, String action, String objectType,
            String objectId, String outcome, String detail, String sourceAddress, String prevHash, String hash) {

        static RecordView of(AuditRecord r) {
            return new RecordView(r.seq(), r.occurredAt().toString(), r.actor(), r.actorUnitId(), r.action(),
                    r.objectType(), r.objectId(), r.outcome().name(), r.detail(), r.sourceAddress(), r.prevHash(),
                    r.hash());
        }
    }

    @GetMapping("/records")
    RecordPage records(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String objectType, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        AuditFilter filter = AuditFilter.parse(actor, action, objectType, from, to, outcome);
        refusals.flush(); // the aggregates of the current minute too
        AuditPage result = audit.search(filter, number(page, "page", 0, 0, Integer.MAX_VALUE),
                number(size, "size", 50, 1, 200));
        return new RecordPage(result.page(), result.size(), result.total(),
                result.items().stream().map(RecordView::of).toList());
    }

    private static int number(String text, String field, int fallback, int min, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // fall through to the refusal
        }
        throw new GongkaiException(ErrorCode.OUT_OF_RANGE, field + " 应为 " + min + " 至 " + max + " 之间的整数", field);
    }
}
