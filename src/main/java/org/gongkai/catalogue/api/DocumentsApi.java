package org.gongkai.catalogue.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.gongkai.catalogue.CatalogueService;
import org.gongkai.catalogue.Document;
import org.gongkai.catalogue.DocumentCommands;
import org.gongkai.catalogue.DocumentCommands.DocumentChange;
import org.gongkai.catalogue.Finding;
import org.gongkai.catalogue.DocumentImporter;
import org.gongkai.catalogue.DocumentInput;
import org.gongkai.catalogue.PublicCatalogue;
import org.gongkai.catalogue.WorkflowAction;
import org.gongkai.commands.Command;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.imports.BoundedInput;
import org.gongkai.imports.IdempotencyKeys;
import org.gongkai.imports.ImportFormat;
import org.gongkai.imports.ImportReplies;
import org.gongkai.imports.ImportReport;
import org.gongkai.imports.Spooled;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The catalogue API: the public document ({@code GET /api/v1/documents/{id}}, published only) and the staff API
 * (create a draft, workflow actions, repeal, import). Every staff action is a {@link DocumentCommands} command run
 * by the {@link CommandDispatcher}, like the console's.
 */
@RestController
class DocumentsApi {

    /** Optional body of a workflow action. {@code scheduledAt} on publish schedules it (ISO date-time, local time). */
    record ActionBody(@Size(max = DocumentCommands.REASON_MAX) String reason, @Size(max = 30) String scheduledAt,
            Long replacementId, @Size(max = DocumentCommands.REASON_MAX) String note) {}

    private final CatalogueService service;
    private final PublicCatalogue catalogue;
    private final DocumentImporter importer;
    private final CommandDispatcher dispatcher;
    private final IdempotencyKeys keys;
    private final org.gongkai.catalogue.InterpretationParts interpretationParts;

    DocumentsApi(CatalogueService service, PublicCatalogue catalogue, DocumentImporter importer,
            CommandDispatcher dispatcher, IdempotencyKeys keys,
            org.gongkai.catalogue.InterpretationParts interpretationParts) {
        this.interpretationParts = interpretationParts;
        this.keys = keys;
        this.service = service;
        this.catalogue = catalogue;
        this.importer = importer;
        this.dispatcher = dispatcher;
    }

    @GetMapping("/api/v1/documents/{id}")
    Map<String, Object> publicDocument(@PathVariable long id) {
        return catalogue.view(id).filter(v -> !v.withdrawn())
                .map(v -> DocumentJson.publicView(v, interpretationParts.published(id)))
                .orElseThrow(GongkaiException::notFound);
    }

    @PostMapping(value = "/api/v1/staff/documents", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> create(@Valid @RequestBody DocumentInput input) {
        Actor actor = Actor.require();
        if (input.unitId() == null) {
            throw GongkaiException.invalid("unitId", "请指定发布单位（unitId）");
        }
        DocumentChange change = dispatcher.dispatch(new DocumentCommands.DraftDocument(input.unitId(), input.content()));
        Document d = change.document();
        return ResponseEntity.status(HttpStatus.CREATED).body(DocumentJson.staff(d, service.findings(actor, d.id())));
    }

    @GetMapping("/api/v1/staff/documents/{id}")
    Map<String, Object> staffDocument(@PathVariable long id) {
        Actor actor = Actor.require();
        return DocumentJson.staff(service.view(actor, id), service.findings(actor, id));
    }

    @PostMapping("/api/v1/staff/documents/{id}/{action}")
    Map<String, Object> act(@PathVariable long id, @PathVariable String action,
            @Valid @RequestBody(required = false) ActionBody body) {
        Actor actor = Actor.require();
        ActionBody b = body == null ? new ActionBody(null, null, null, null) : body;
        Command command = switch (action) {
            case "repeal" -> new DocumentCommands.RepealDocument(id, b.replacementId(),
                    b.note() != null ? b.note() : b.reason());
            case "mask" -> new DocumentCommands.MaskDocument(id);
            default -> {
                WorkflowAction a = WorkflowAction.byPath(action).orElseThrow(GongkaiException::notFound);
                if (a == WorkflowAction.PUBLISH && b.scheduledAt() != null && !b.scheduledAt().isBlank()) {
                    a = WorkflowAction.SCHEDULE;
                }
                yield DocumentCommands.of(a, id, b.reason(), instant(b.scheduledAt()));
            }
        };
        DocumentChange change = dispatcher.dispatch(command);
        return DocumentJson.staff(change.document(), service.findings(actor, id));
    }

    @PostMapping("/api/v1/staff/documents/findings/{findingId}/override")
    Map<String, Object> override(@PathVariable long findingId, @Valid @RequestBody ActionBody body) {
        Actor actor = Actor.require();
        Finding f = dispatcher.dispatch(new DocumentCommands.OverrideFinding(findingId, body == null ? null : body.reason()));
        return DocumentJson.staff(service.view(actor, f.documentId()), service.findings(actor, f.documentId()));
    }

    static final String IMPORT_ENDPOINT = "POST /api/v1/staff/documents/import";

    @PostMapping(value = "/api/v1/staff/documents/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> importFile(@RequestParam("file") MultipartFile file,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) throws IOException {
        ImportFormat format = DocumentImporter.detect(file.getOriginalFilename(), file.getContentType());
        IdempotencyKeys.Claim claim = keys.claim(IMPORT_ENDPOINT, idempotencyKey,
                IdempotencyKeys.hash(file.getInputStream(), format.name()));
        return ImportReplies.reply(claim.run(ImportReport.class, () -> {
            try (InputStream in = file.getInputStream()) {
                return importer.importFor(Actor.require(), in, format, claim);
            } catch (IOException e) {
                throw GongkaiException.invalid("file", "文件读取失败，请重新上传");
            }
        }));
    }

    @PostMapping(value = "/api/v1/staff/documents/import", consumes = {"application/x-ndjson", "application/jsonl",
            "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    ResponseEntity<Map<String, Object>> importBody(@RequestHeader("Content-Type") String contentType,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, InputStream in) {
        ImportFormat format = DocumentImporter.detect(null, contentType);
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return ImportReplies.reply(importer.importFor(Actor.require(), BoundedInput.of(in, Spooled.MAX_BYTES), format));
        }
        try (Spooled body = Spooled.of(in)) {
            IdempotencyKeys.Claim claim = keys.claim(IMPORT_ENDPOINT, idempotencyKey, body.hash(format.name()));
            return ImportReplies.reply(claim.run(ImportReport.class,
                    () -> importer.importFor(Actor.require(), body.open(), format, claim)));
        }
    }

    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException notInstant) {
            try {
                return LocalDateTime.parse(text.strip()).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
            } catch (DateTimeParseException e) {
                throw new GongkaiException(ErrorCode.INVALID_DATE, "发布时间格式应为 YYYY-MM-DDTHH:mm", "scheduledAt");
            }
        }
    }
}
