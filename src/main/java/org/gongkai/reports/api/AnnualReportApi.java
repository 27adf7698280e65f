package org.gongkai.reports.api;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.imports.IdempotencyKeys;
import org.gongkai.imports.ImportFormat;
import org.gongkai.imports.ImportReplies;
import org.gongkai.imports.ImportReport;
import org.gongkai.imports.Spooled;
import org.gongkai.reports.EarlierReportImport;
import org.gongkai.reports.ReportCommands;
import org.gongkai.reports.ReportChecks;
import org.gongkai.reports.ReportGrids;
import org.gongkai.reports.ReportLayout;
import org.gongkai.reports.ReportService;
import org.gongkai.reports.ReportView;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The annual report as data. GET: public once published; staff of the unit and supervisors while unpublished;
 * 404 otherwise. POST enters an earlier year's report (the same shape; format "2019" or "2021"; table 二's fees
 * as {@code AMOUNT_FEN} or {@code AMOUNT_TEN_THOUSAND_YUAN}); it is refused when a check fails. POST
 * {@code …/draft} generates the draft from the ledgers.
 */
@RestController
@RequestMapping("/api/v1/annual-reports")
class AnnualReportApi {

    static final String IMPORT_ENDPOINT = "POST /api/v1/annual-reports/import";

    private final ReportService reports;
    private final CommandDispatcher dispatcher;
    private final EarlierReportImport importer;
    private final IdempotencyKeys keys;

    AnnualReportApi(ReportService reports, CommandDispatcher dispatcher, EarlierReportImport importer,
            IdempotencyKeys keys) {
        this.reports = reports;
        this.dispatcher = dispatcher;
        this.importer = importer;
        this.keys = keys;
    }

    /**
     * Imports earlier years' figures (one per row: unitCode, year, format, table, row, column, value, publishedOn;
     * the console's template) as multipart {@code file}: 200 with the report when every row was written, else 422
     * problem JSON {@code IMPORT_FAILED} with the errors by row and column and nothing written. With
     * {@code Idempotency-Key} a retry returns the first result.
     */
    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> importFile(@RequestParam("file") MultipartFile file,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) throws IOException {
        ImportFormat format = ImportFormat.detect(file.getOriginalFilename(), file.getContentType());
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

    /** The same import with the file as the request body ({@code text/csv}, XLSX or JSON lines). */
    @PostMapping(value = "/import", consumes = {"text/csv", "application/x-ndjson", "application/jsonl",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    ResponseEntity<Map<String, Object>> importBody(@RequestHeader("Content-Type") String contentType,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, InputStream in) {
        ImportFormat format = ImportFormat.detect(null, contentType);
        try (Spooled body = Spooled.of(in)) {
            IdempotencyKeys.Claim claim = keys.claim(IMPORT_ENDPOINT, idempotencyKey, body.hash(format.name()));
            return ImportReplies.reply(claim.run(ImportReport.class,
                    () -> importer.importFor(Actor.require(), body.open(), format, claim)));
        }
    }

    record ReportJson(String unitCode, int year, String format, String status,
            Map<String, Map<String, Object>> table2, Map<String, Map<String, Long>> table3,
            Map<String, Map<String, Long>> table4, List<CheckJson> checks, List<ReadinessJson> readiness,
            NarrativeJson narrative) {}

    /** A check before submission and publication: narrative placeholders filled, the year ended. */
    record ReadinessJson(String field, String name, boolean ok) {}

    /** The narrative parts 一、五、六 (for a draft: the saved text, else the text generated from the numbers). */
    record NarrativeJson(String overview, String problems, String otherMatters) {}

    record CheckJson(String name, boolean ok) {}

    @GetMapping("/{unitCode}/{year}")
    ReportJson get(@PathVariable String unitCode, @PathVariable int year) {
        return json(reports.viewForApi(Actor.current(), unitCode, year));
    }

    /**
     * 生成初稿: creates or refreshes the unit's draft for the year from the live ledgers (the narrative is written
     * again from today's numbers); 409 once the report is submitted. Answers the report as it now is.
     */
    @PostMapping("/{unitCode}/{year}/draft")
    ReportJson generateDraft(@PathVariable String unitCode, @PathVariable int year) {
        Actor actor = Actor.require();
        dispatcher.dispatch(new ReportCommands.GenerateDraft(unitCode, year));
        return json(reports.view(actor, unitCode, year));
    }

    /**
     * 报送审核: freezes the numbers and sends the report for approval. 400 {@code VALIDATION_FAILED} while a table
     * check fails; 409 {@code REPORT_NOT_READY} while a narrative placeholder is unfilled or the year has not ended
     * (the detail names every reason, {@code field} the first one's input); 409 {@code TRANSITION_NOT_ALLOWED}
     * from a state that cannot be submitted.
     */
    @PostMapping("/{unitCode}/{year}/submit")
    ReportJson submit(@PathVariable String unitCode, @PathVariable int year) {
        return run(new ReportCommands.SubmitReport(unitCode, year));
    }

    /** 审核通过 (approvers). */
    @PostMapping("/{unitCode}/{year}/approve")
    ReportJson approve(@PathVariable String unitCode, @PathVariable int year) {
        return run(new ReportCommands.ApproveReport(unitCode, year));
    }

    /** 退回修改 with {@code {"comment": "…"}} (approvers). */
    @PostMapping("/{unitCode}/{year}/return")
    ReportJson giveBack(@PathVariable String unitCode, @PathVariable int year, @RequestBody ReturnJson body) {
        return run(new ReportCommands.ReturnReport(unitCode, year, body == null ? null : body.comment()));
    }

    /** 公开 an approved report; refused like submission ({@code REPORT_NOT_READY}) while it is not ready. */
    @PostMapping("/{unitCode}/{year}/publish")
    ReportJson publish(@PathVariable String unitCode, @PathVariable int year) {
        return run(new ReportCommands.PublishReport(unitCode, year));
    }

    record ReturnJson(String comment) {}

    private ReportJson run(ReportCommands.OnReport command) {
        Actor actor = Actor.require();
        dispatcher.dispatch(command);
        return json(reports.view(actor, command.unitCode(), command.year()));
    }

    @PostMapping("/{unitCode}/{year}")
    @ResponseStatus(HttpStatus.CREATED)
    ReportJson enter(@PathVariable String unitCode, @PathVariable int year,
            @Valid @RequestBody ReportService.EnteredReport body) {
        Actor actor = Actor.require();
        dispatcher.dispatch(new ReportCommands.EnterEarlierReport(unitCode, year, body));
        return json(reports.view(actor, unitCode, year));
    }

    static ReportJson json(ReportView v) {
        Map<String, Map<String, Object>> table2 = new LinkedHashMap<>();
        v.tables().table2().forEach((block, cells) -> {
            Map<String, Object> line = new LinkedHashMap<>(cells);
            if (ReportLayout.FEES.equals(block)) {
                line.put("AMOUNT_TEN_THOUSAND_YUAN",
                        new BigDecimal(ReportGrids.tenThousandYuan(cells.get(ReportLayout.AMOUNT_FEN))));
            }
            table2.put(block, line);
        });
        return new ReportJson(v.unit().creditCode(), v.year(), v.format().code(), v.status().name(), table2,
                v.tables().table3(), v.tables().table4(),
                v.checks().stream().map((ReportChecks.Check c) -> new CheckJson(c.name(), c.ok())).toList(),
                v.readiness().stream().map(c -> new ReadinessJson(c.field(), c.name(), c.ok())).toList(),
                new NarrativeJson(v.narrative().overview(), v.narrative().problems(), v.narrative().otherMatters()));
    }
}
