package org.gongkai.supervision.inspections.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.supervision.inspections.FindingKind;
import org.gongkai.supervision.inspections.FindingStatus;
import org.gongkai.supervision.inspections.InspectionCommands;
import org.gongkai.supervision.inspections.InspectionCommands.DismissFinding;
import org.gongkai.supervision.inspections.InspectionCommands.NewFinding;
import org.gongkai.supervision.inspections.InspectionCommands.RecordFinding;
import org.gongkai.supervision.inspections.InspectionCommands.RecordInspection;
import org.gongkai.supervision.inspections.InspectionCommands.RunPatrol;
import org.gongkai.supervision.inspections.InspectionKind;
import org.gongkai.supervision.inspections.Inspections;
import org.gongkai.supervision.inspections.PatrolRun;
import org.gongkai.supervision.tasks.TaskCommands;
import org.gongkai.supervision.tasks.TaskCommands.CreateTask;
import org.gongkai.supervision.tasks.TaskType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff contract of inspections (issue #15), supervisors and the office head only: record an inspection
 * (日常巡查 ROUTINE, 明察暗访 UNANNOUNCED, 专项督查 SPECIAL) with its findings, list and read them, add a finding, make
 * a finding a task (the tasks' own {@code CreateTask} with the finding as its source; the finding becomes 已转督办 and
 * follows the task), dismiss it (不需督办, with a reason); the patrol list and a patrol run on demand.
 */
@RestController
class InspectionApi {

    static final String BASE = "/api/v1/staff/supervision/inspections";
    static final String PATROL = "/api/v1/staff/supervision/patrol";

    private final CommandDispatcher commands;
    private final Inspections inspections;

    InspectionApi(CommandDispatcher commands, Inspections inspections) {
        this.commands = commands;
        this.inspections = inspections;
    }

    record FindingJson(@Size(max = InspectionCommands.UNIT_CODE_MAX) String unitCode,
            @Size(max = InspectionCommands.DESCRIPTION_MAX) String description) {}

    record InspectionJson(@Size(max = 32) String kind, @Size(max = InspectionCommands.TITLE_MAX) String title,
            @Size(max = InspectionCommands.DATE_MAX) String heldOn,
            @Size(max = InspectionCommands.NOTES_MAX) String notes,
            @Size(max = InspectionCommands.FINDINGS_MAX) List<@Valid FindingJson> findings) {}

    @PostMapping(BASE)
    ResponseEntity<Inspections.InspectionView> record(@Valid @RequestBody InspectionJson body) {
        InspectionKind kind = parse(InspectionKind.class, body.kind(), "kind",
                "巡查方式应为 ROUTINE（日常巡查）、UNANNOUNCED（明察暗访）或 SPECIAL（专项督查）");
        List<NewFinding> findings = body.findings() == null ? List.of() : body.findings().stream()
                .filter(f -> f != null).map(f -> new NewFinding(f.unitCode(), f.description())).toList();
        String number = commands.dispatch(new RecordInspection(kind, body.title(), body.heldOn(), body.notes(),
                findings));
        return ResponseEntity.created(URI.create(BASE + "/" + number)).body(inspections.view(Actor.require(), number));
    }

    @GetMapping(BASE)
    List<Inspections.InspectionView> list() {
        return inspections.list(Actor.require());
    }

    @GetMapping(BASE + "/{n}")
    Inspections.InspectionView view(@PathVariable String n) {
        return inspections.view(Actor.require(), n);
    }

    @PostMapping(BASE + "/{n}/findings")
    ResponseEntity<Inspections.FindingView> addFinding(@PathVariable String n, @Valid @RequestBody FindingJson body) {
        long id = commands.dispatch(new RecordFinding(n, body.unitCode(), body.description()));
        return ResponseEntity.created(URI.create(BASE + "/" + n + "/findings/" + id))
                .body(inspections.findingView(Actor.require(), n, id));
    }

    @GetMapping(BASE + "/{n}/findings/{id}")
    Inspections.FindingView finding(@PathVariable String n, @PathVariable long id) {
        return inspections.findingView(Actor.require(), n, id);
    }

    record TaskJson(@Size(max = TaskCommands.TITLE_MAX) String title,
            @Size(max = TaskCommands.REQUIREMENT_MAX) String requirement,
            @Size(max = TaskCommands.EVIDENCE_MAX) String requiredEvidence,
            @Size(max = TaskCommands.UNITS_MAX) List<@Size(max = TaskCommands.UNIT_CODE_MAX) String> unitCodes,
            Integer limitWorkingDays) {}

    /** The finding as a 督查任务: title and requirement default to the finding, the unit to the finding's unit. */
    @PostMapping(BASE + "/{n}/findings/{id}/task")
    ResponseEntity<Inspections.FindingView> makeTask(@PathVariable String n, @PathVariable long id,
            @Valid @RequestBody(required = false) TaskJson body) {
        Inspections.FindingView f = inspections.findingView(Actor.require(), n, id);
        TaskJson b = body == null ? new TaskJson(null, null, null, null, null) : body;
        String description = f.description();
        String title = blank(b.title()) ? shorten(f.kindLabel() + "：" + description, TaskCommands.TITLE_MAX)
                : b.title();
        String requirement = blank(b.requirement()) ? "请对以下问题进行整改并报送整改情况：" + description
                : b.requirement();
        List<String> unitCodes = b.unitCodes() == null || b.unitCodes().isEmpty()
                ? (f.unitCode() == null ? List.of() : List.of(f.unitCode())) : b.unitCodes();
        String task = commands.dispatch(new CreateTask(TaskType.SUPERVISION, title, shorten(requirement,
                TaskCommands.REQUIREMENT_MAX), b.requiredEvidence(), unitCodes, b.limitWorkingDays(),
                shorten(f.inspectionNumber() + " " + (f.inspectionKind() == null ? "" : f.inspectionKind().label()),
                        TaskCommands.SOURCE_MAX), id));
        return ResponseEntity.created(URI.create("/api/v1/staff/supervision/tasks/" + task))
                .body(inspections.findingView(Actor.require(), n, id));
    }

    record DismissJson(@Size(max = InspectionCommands.REASON_MAX) String reason) {}

    @PostMapping(BASE + "/{n}/findings/{id}/dismiss")
    Inspections.FindingView dismiss(@PathVariable String n, @PathVariable long id,
            @Valid @RequestBody(required = false) DismissJson body) {
        inspections.findingView(Actor.require(), n, id);
        commands.dispatch(new DismissFinding(id, body == null ? null : body.reason()));
        return inspections.findingView(Actor.require(), n, id);
    }

    /** The patrol list; {@code status} OPEN|TASKED|DISMISSED, {@code kind} STALE_COLUMN|DEAD_LINK|… */
    @GetMapping(PATROL)
    List<Inspections.FindingView> patrol(@RequestParam(required = false) String status,
            @RequestParam(required = false) String kind) {
        FindingStatus s = blank(status) ? null : parse(FindingStatus.class, status, "status",
                "状态应为 OPEN、TASKED 或 DISMISSED");
        FindingKind k = blank(kind) ? null : parse(FindingKind.class, kind, "kind",
                "问题类型应为 STALE_COLUMN、DEAD_LINK、EXPIRED_VALID 或 PERSONAL_DATA");
        return inspections.patrolList(Actor.require(), s, k);
    }

    /** Runs the patrol now. */
    @PostMapping(PATROL + "/runs")
    ResponseEntity<PatrolRun> run() {
        PatrolRun r = commands.dispatch(new RunPatrol());
        return ResponseEntity.created(URI.create(BASE + "/" + r.inspectionNumber())).body(r);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String shorten(String s, int max) {
        return s.length() > max ? s.substring(0, max - 1) + "…" : s;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String message) {
        if (blank(value)) {
            throw GongkaiException.invalid(field, message);
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw GongkaiException.invalid(field, message);
        }
    }
}
