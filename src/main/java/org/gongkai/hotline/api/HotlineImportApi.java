package org.gongkai.hotline.api;

import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.hotline.HotlineImport;
import org.gongkai.imports.IdempotencyKeys;
import org.gongkai.imports.Spooled;
import org.gongkai.imports.TableReader;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/staff/hotline/tickets/import} (issue #12): JSON lines, one past ticket a line, all or none;
 * {@code Idempotency-Key} makes a retry return the first ticket numbers without importing again.
 */
@RestController
class HotlineImportApi {

    static final String ENDPOINT = "POST /api/v1/staff/hotline/tickets/import";
    static final int MAX_LINES = 100_000;

    private final HotlineImport importer;
    private final IdempotencyKeys keys;
    private final JsonMapper json = JsonMapper.builder().build();

    HotlineImportApi(HotlineImport importer, IdempotencyKeys keys) {
        this.importer = importer;
        this.keys = keys;
    }

    record EventJson(String type, OffsetDateTime at, String unitCode, Integer days, Integer satisfaction,
            Boolean solved, List<String> coUnitCodes) {}

    record LineJson(String category, String urgency, String channel, OffsetDateTime receivedAt, String callerPhone,
            String topic, List<EventJson> events, String address) {}

    record ImportResult(List<String> ticketNumbers) {}

    @PostMapping(path = "/api/v1/staff/hotline/tickets/import", consumes = {"application/x-ndjson", "application/jsonl",
            "application/json", "text/plain"})
    ImportResult importTickets(InputStream body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        try (Spooled spooled = Spooled.of(body)) {
            IdempotencyKeys.Claim claim = keys.claim(ENDPOINT, idempotencyKey, spooled.hash());
            HotlineImport.Imported imported = claim.run(HotlineImport.Imported.class,
                    () -> importer.run(Actor.require(), read(spooled.open()), claim));
            return new ImportResult(imported.ticketNumbers());
        }
    }

    private List<HotlineImport.Line> read(InputStream in) {
        List<HotlineImport.Line> lines = new ArrayList<>();
        try (in) {
            TableReader.jsonLines(in, MAX_LINES, (lineNo, text) -> {
                LineJson j;
                try {
                    j = json.readValue(text, LineJson.class);
                } catch (JacksonException e) {
                    throw new GongkaiException(ErrorCode.IMPORT_FAILED, "第 " + lineNo
                            + " 行不是有效的 JSON 或时间格式不正确（应为 YYYY-MM-DDTHH:MM:SS+08:00）");
                }
                if (j == null) {
                    throw new GongkaiException(ErrorCode.IMPORT_FAILED, "第 " + lineNo + " 行应为一个 JSON 对象");
                }
                List<HotlineImport.Event> events = new ArrayList<>();
                for (EventJson e : j.events() == null ? List.<EventJson>of() : j.events()) {
                    events.add(e == null ? null : new HotlineImport.Event(e.type(), e.at() == null ? null
                            : e.at().toInstant(), e.unitCode(), e.days(), e.satisfaction(), e.solved(),
                            e.coUnitCodes()));
                }
                lines.add(new HotlineImport.Line(j.category(), j.urgency(), j.channel(),
                        j.receivedAt() == null ? null : j.receivedAt().toInstant(), j.callerPhone(), j.topic(), events,
                        j.address()));
            });
        } catch (java.io.IOException e) {
            throw new GongkaiException(ErrorCode.MALFORMED_REQUEST, "文件无法读取", "file");
        }
        if (lines.isEmpty()) {
            throw new GongkaiException(ErrorCode.IMPORT_FAILED, "没有可导入的行");
        }
        return lines;
    }
}
