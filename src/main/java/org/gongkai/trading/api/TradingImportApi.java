package org.gongkai.trading.api;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.imports.IdempotencyKeys;
import org.gongkai.imports.Spooled;
import org.gongkai.imports.TableReader;
import org.gongkai.trading.experts.ExpertImport;
import org.gongkai.trading.experts.ExpertInput;
import org.gongkai.trading.projects.ProjectImport;
import org.gongkai.trading.projects.ProjectInput;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The trading imports (issue #14): {@code POST /api/v1/staff/trading/projects/import} and
 * {@code POST /api/v1/staff/trading/experts/import}, JSON lines, all or none, with an {@code Idempotency-Key}.
 */
@RestController
class TradingImportApi {

    static final String PROJECTS = "/api/v1/staff/trading/projects/import";
    static final String EXPERTS = "/api/v1/staff/trading/experts/import";
    static final int MAX_LINES = 100_000;

    private final ProjectImport projects;
    private final ExpertImport experts;
    private final IdempotencyKeys keys;
    private final JsonMapper json = JsonMapper.builder().build();

    TradingImportApi(ProjectImport projects, ExpertImport experts, IdempotencyKeys keys) {
        this.projects = projects;
        this.experts = experts;
        this.keys = keys;
    }

    /** The import line as the issue writes it. */
    record ProjectLine(String projectCode, String type, String title, String buyerCode, String supervisorCode,
            String agencyCode, Long budgetFen, Long ceilingFen, Long reserveFen, List<String> bidderCodes,
            OffsetDateTime evaluationAt, Long dealFen, String winnerCode, LocalDate dealOn) {

        ProjectInput input() {
            return new ProjectInput(projectCode, type, title, buyerCode, supervisorCode, agencyCode, budgetFen,
                    ceilingFen, reserveFen, bidderCodes, evaluationAt == null ? null : evaluationAt.toInstant(),
                    dealFen, winnerCode, dealOn);
        }
    }

    record ProjectsImported(List<String> projectCodes) {}

    record ExpertsImported(List<String> expertIds) {}

    @PostMapping(path = PROJECTS, consumes = {"application/x-ndjson", "application/jsonl", "application/json",
        "text/plain"})
    ProjectsImported importProjects(InputStream body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        try (Spooled spooled = Spooled.of(body)) {
            IdempotencyKeys.Claim claim = keys.claim("POST " + PROJECTS, idempotencyKey, spooled.hash());
            ProjectImport.Imported imported = claim.run(ProjectImport.Imported.class, () -> projects.run(
                    Actor.require(), read(spooled.open(), ProjectLine.class).stream()
                            .map(l -> l == null ? null : l.input()).toList(), claim));
            return new ProjectsImported(imported.projectCodes());
        }
    }

    @PostMapping(path = EXPERTS, consumes = {"application/x-ndjson", "application/jsonl", "application/json",
        "text/plain"})
    ExpertsImported importExperts(InputStream body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        try (Spooled spooled = Spooled.of(body)) {
            IdempotencyKeys.Claim claim = keys.claim("POST " + EXPERTS, idempotencyKey, spooled.hash());
            ExpertImport.Imported imported = claim.run(ExpertImport.Imported.class, () -> experts.run(
                    Actor.require(), read(spooled.open(), ExpertInput.class), claim));
            return new ExpertsImported(imported.expertIds());
        }
    }

    private <T> List<T> read(InputStream in, Class<T> type) {
        List<T> lines = new ArrayList<>();
        try (in) {
            TableReader.jsonLines(in, MAX_LINES, (lineNo, text) -> {
                try {
                    lines.add(json.readValue(text, type));
                } catch (JacksonException e) {
                    throw new GongkaiException(ErrorCode.IMPORT_FAILED, "第 " + lineNo
                            + " 行不是有效的 JSON，或字段类型、日期（YYYY-MM-DD）、时间（YYYY-MM-DDTHH:MM:SS+08:00）格式不正确");
                }
            });
        } catch (IOException e) {
            throw new GongkaiException(ErrorCode.MALFORMED_REQUEST, "文件无法读取", "file");
        }
        if (lines.isEmpty()) {
            throw new GongkaiException(ErrorCode.IMPORT_FAILED, "没有可导入的行");
        }
        return lines;
    }
}
