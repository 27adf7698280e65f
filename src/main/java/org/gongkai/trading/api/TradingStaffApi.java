package org.gongkai.trading.api;

import java.time.Instant;
import java.util.List;
import org.gongkai.audit.AuditLog;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.trading.draws.DrawCommands;
import org.gongkai.trading.draws.DrawRecord;
import org.gongkai.trading.draws.Draws;
import org.gongkai.trading.experts.ExpertRepository;
import org.gongkai.trading.projects.Project;
import org.gongkai.trading.projects.SaveProject;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The trading officer's API (issue #14): projects one at a time, draws, replacement draws, declines, the evaluation
 * start, and the draw record with the selected experts' contacts (the operator notifies them while it is sealed).
 */
@RestController
class TradingStaffApi {

    private final CommandDispatcher commands;
    private final Draws draws;
    private final ExpertRepository experts;
    private final AuditLog audit;

    TradingStaffApi(CommandDispatcher commands, Draws draws, ExpertRepository experts, AuditLog audit) {
        this.commands = commands;
        this.draws = draws;
        this.experts = experts;
        this.audit = audit;
    }

    record Saved(String projectCode) {}

    @PostMapping("/api/v1/staff/trading/projects")
    @ResponseStatus(HttpStatus.CREATED)
    Saved create(@RequestBody TradingImportApi.ProjectLine body) {
        return new Saved(commands.dispatch(new SaveProject(body.input(), false)));
    }

    @PutMapping("/api/v1/staff/trading/projects/{projectCode}")
    Saved update(@PathVariable String projectCode, @RequestBody TradingImportApi.ProjectLine body) {
        if (body.projectCode() != null && !body.projectCode().equals(projectCode)) {
            throw GongkaiException.invalid("projectCode", "项目编号与地址中的不一致");
        }
        TradingImportApi.ProjectLine line = new TradingImportApi.ProjectLine(projectCode, body.type(), body.title(),
                body.buyerCode(), body.supervisorCode(), body.agencyCode(), body.budgetFen(), body.ceilingFen(),
                body.reserveFen(), body.bidderCodes(), body.evaluationAt(), body.dealFen(), body.winnerCode(),
                body.dealOn());
        return new Saved(commands.dispatch(new SaveProject(line.input(), true)));
    }

    record ProjectJson(String projectCode, String type, String title, String buyerCode, String supervisorCode,
            String agencyCode, long budgetFen, Long ceilingFen, Long reserveFen, List<String> bidderCodes,
            Instant evaluationAt, Instant evaluationStartedAt, Long dealFen, String winnerCode,
            java.time.LocalDate dealOn, List<String> drawIds) {}

    @GetMapping("/api/v1/staff/trading/projects/{projectCode}")
    ProjectJson project(@PathVariable String projectCode) {
        Project p = draws.project(Actor.require(), projectCode);
        return new ProjectJson(p.code(), p.type().name(), p.title(), p.buyerCode(), p.supervisorCode(),
                p.agencyCode(), p.budgetFen(), p.ceilingFen(), p.reserveFen(), p.bidderCodes(), p.evaluationAt(),
                p.evaluationStartedAt(), p.dealFen(), p.winnerCode(), p.dealOn(),
                draws.ofProject(p.id()).stream().map(DrawRecord::drawId).toList());
    }

    record DrawBody(String specialty, Integer count, Integer committeeSize, Boolean replacement) {}

    @PostMapping("/api/v1/staff/trading/projects/{projectCode}/draws")
    @ResponseStatus(HttpStatus.CREATED)
    DrawCommands.Drawn draw(@PathVariable String projectCode, @RequestBody DrawBody body) {
        return commands.dispatch(new DrawCommands.DrawExperts(projectCode, body.specialty(), body.count(),
                body.committeeSize(), Boolean.TRUE.equals(body.replacement())));
    }

    @PostMapping("/api/v1/staff/trading/projects/{projectCode}/evaluation-start")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void startEvaluation(@PathVariable String projectCode) {
        commands.dispatch(new DrawCommands.StartEvaluation(projectCode));
    }

    record DeclineBody(String expertId, String reason) {}

    @PostMapping("/api/v1/staff/trading/draws/{drawId}/declines")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void decline(@PathVariable String drawId, @RequestBody DeclineBody body) {
        commands.dispatch(new DrawCommands.RecordDecline(drawId, body.expertId(), body.reason()));
    }

    record StaffDrawJson(String drawId, String specialty, int count, int committeeSize, boolean replacement,
            String commitment, String poolDigest, int poolSize, Instant drawnAt,
            List<ExpertRepository.Contact> selected, List<DrawRecord.Decline> declines) {}

    /** The operator's view: names and phones of the selected experts, to notify them (sealed from everyone else). */
    @GetMapping("/api/v1/staff/trading/draws/{drawId}")
    StaffDrawJson staffDraw(@PathVariable String drawId) {
        DrawRecord d = draws.staffDraw(Actor.require(), drawId);
        audit.success("VIEW_DRAW_CONTACTS", "TradingDraw", d.drawId(), "查看抽中专家的联系方式以通知");
        return new StaffDrawJson(d.drawId(), d.specialty(), d.count(), d.committeeSize(), d.replacement(),
                d.commitment(), d.poolDigest(), d.pool().size(), d.drawnAt(), experts.contacts(d.selected()),
                d.declines());
    }
}
