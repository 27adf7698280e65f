package org.gongkai.supervision.tasks.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.files.FileStore;
import org.gongkai.supervision.tasks.TaskCommands;
import org.gongkai.supervision.tasks.TaskCommands.AcceptTask;
import org.gongkai.supervision.tasks.TaskCommands.AssignTask;
import org.gongkai.supervision.tasks.TaskCommands.CloseTask;
import org.gongkai.supervision.tasks.TaskCommands.CreateTask;
import org.gongkai.supervision.tasks.TaskCommands.ReportProgress;
import org.gongkai.supervision.tasks.TaskCommands.ReturnTask;
import org.gongkai.supervision.tasks.TaskCommands.UrgeTask;
import org.gongkai.supervision.tasks.TaskService;
import org.gongkai.supervision.tasks.TaskStatus;
import org.gongkai.supervision.tasks.TaskType;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff contract of supervision tasks (issue #15): create, assign, report progress (evidence as base64 files),
 * accept, return, close and urge, each dispatching its command of {@link TaskCommands}; the list (filters
 * {@code status}, {@code type}, {@code light} = NORMAL|DUE_SOON|OVERDUE, {@code unitCode}, {@code mine}) and one task
 * with its reports and ledger; an evidence file. Tasks outside the caller's scope are 404.
 */
@RestController
@RequestMapping("/api/v1/staff/supervision/tasks")
class TaskApi {

    private final CommandDispatcher commands;
    private final TaskService service;
    private final FileStore files;
    private final org.gongkai.organisation.UnitDirectory units;

    TaskApi(CommandDispatcher commands, TaskService service, FileStore files,
            org.gongkai.organisation.UnitDirectory units) {
        this.commands = commands;
        this.service = service;
        this.files = files;
        this.units = units;
    }

    record CreateJson(@Size(max = 32) String type, @Size(max = TaskCommands.TITLE_MAX) String title,
            @Size(max = TaskCommands.REQUIREMENT_MAX) String requirement,
            @Size(max = TaskCommands.EVIDENCE_MAX) String requiredEvidence,
            @Size(max = TaskCommands.UNITS_MAX) List<@Size(max = TaskCommands.UNIT_CODE_MAX) String> unitCodes,
            Integer limitWorkingDays, @Size(max = TaskCommands.SOURCE_MAX) String source, Long findingId) {}

    @PostMapping
    ResponseEntity<TaskService.TaskView> create(@Valid @RequestBody CreateJson body) {
        String number = commands.dispatch(new CreateTask(type(body.type()), body.title(), body.requirement(),
                body.requiredEvidence(), body.unitCodes(), body.limitWorkingDays(), body.source(), body.findingId()));
        return ResponseEntity.created(URI.create("/api/v1/staff/supervision/tasks/" + number))
                .body(service.view(Actor.require(), number));
    }

    @GetMapping
    List<TaskService.Row> list(@RequestParam(required = false) String status,
            @RequestParam(required = false) String type, @RequestParam(required = false) String light,
            @RequestParam(required = false) String unitCode, @RequestParam(defaultValue = "false") boolean mine) {
        TaskStatus s = status == null || status.isBlank() ? null : parse(TaskStatus.class, status, "status", "状态不正确");
        TaskType t = type == null || type.isBlank() ? null : type(type);
        String l = light == null || light.isBlank() ? null : light.trim().toUpperCase(Locale.ROOT);
        if (l != null && !List.of("NORMAL", "DUE_SOON", "OVERDUE").contains(l)) {
            throw GongkaiException.invalid("light", "期限状态应为 NORMAL、DUE_SOON 或 OVERDUE");
        }
        Long unit = unitCode == null || unitCode.isBlank() ? null : units.findByCreditCode(unitCode.trim())
                .map(org.gongkai.organisation.UnitDirectory.UnitView::id)
                .orElseThrow(() -> GongkaiException.invalid("unitCode", "未找到该单位"));
        return service.list(Actor.require(), new TaskService.Filter(s, t, l, unit, false, mine));
    }

    @GetMapping("/{n}")
    TaskService.TaskView view(@PathVariable String n) {
        return service.view(Actor.require(), n);
    }

    record UnitsJson(@Size(max = TaskCommands.UNITS_MAX) List<@Size(max = TaskCommands.UNIT_CODE_MAX) String> unitCodes) {}

    @PostMapping("/{n}/assign")
    TaskService.TaskView assign(@PathVariable String n, @Valid @RequestBody UnitsJson body) {
        commands.dispatch(new AssignTask(n, body.unitCodes()));
        return view(n);
    }

    record EvidenceJson(@Size(max = TaskCommands.FILE_NAME_MAX) String name, byte[] content) {}

    record ProgressJson(@Size(max = TaskCommands.UNIT_CODE_MAX) String unitCode,
            @Size(max = TaskCommands.TEXT_MAX) String text,
            @Size(max = TaskCommands.FILES_MAX) List<@Valid EvidenceJson> evidence) {}

    /** A unit's progress report; each evidence file is {@code {"name", "content": base64}}. */
    @PostMapping("/{n}/progress")
    TaskService.TaskView progress(@PathVariable String n, @Valid @RequestBody ProgressJson body) {
        List<TaskCommands.Evidence> evidence = body.evidence() == null ? List.of() : body.evidence().stream()
                .map(e -> new TaskCommands.Evidence(e.name(), e.content())).toList();
        commands.dispatch(new ReportProgress(n, body.unitCode(), body.text(), evidence));
        return view(n);
    }

    record NoteJson(@Size(max = TaskCommands.REASON_MAX) String opinion, @Size(max = TaskCommands.REASON_MAX) String reason,
            @Size(max = TaskCommands.REASON_MAX) String note) {}

    @PostMapping("/{n}/accept")
    TaskService.TaskView accept(@PathVariable String n, @Valid @RequestBody(required = false) NoteJson body) {
        commands.dispatch(new AcceptTask(n, body == null ? null : body.opinion()));
        return view(n);
    }

    @PostMapping("/{n}/return")
    TaskService.TaskView giveBack(@PathVariable String n, @Valid @RequestBody(required = false) NoteJson body) {
        commands.dispatch(new ReturnTask(n, body == null ? null : body.reason()));
        return view(n);
    }

    @PostMapping("/{n}/close")
    TaskService.TaskView close(@PathVariable String n, @Valid @RequestBody(required = false) NoteJson body) {
        commands.dispatch(new CloseTask(n, body == null ? null : body.note()));
        return view(n);
    }

    @PostMapping("/{n}/urge")
    TaskService.TaskView urge(@PathVariable String n, @Valid @RequestBody(required = false) NoteJson body) {
        commands.dispatch(new UrgeTask(n, body == null ? null : body.note()));
        return view(n);
    }

    @GetMapping("/{n}/evidence/{id}")
    ResponseEntity<InputStreamResource> evidence(@PathVariable String n, @PathVariable long id) {
        TaskService.EvidenceFile e = service.evidence(Actor.require(), n, id);
        InputStream in = files.open(e.fileId());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(e.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(e.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(in));
    }

    static TaskType type(String value) {
        return parse(TaskType.class, value, "type", "任务类型应为 SUPERVISION、NPC_SUGGESTION 或 CPPCC_PROPOSAL");
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw GongkaiException.invalid(field, message);
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw GongkaiException.invalid(field, message);
        }
    }
}
