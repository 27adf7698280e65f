package org.gongkai.supervision.tasks.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongkai.commands.Command;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.files.AttachmentPolicy;
import org.gongkai.files.AttachmentPurpose;
import org.gongkai.files.FileStore;
import org.gongkai.organisation.UnitDirectory;
import org.gongkai.supervision.tasks.TaskAction;
import org.gongkai.supervision.tasks.TaskCommands;
import org.gongkai.supervision.tasks.TaskCommands.AcceptTask;
import org.gongkai.supervision.tasks.TaskCommands.AssignTask;
import org.gongkai.supervision.tasks.TaskCommands.CloseTask;
import org.gongkai.supervision.tasks.TaskCommands.CreateTask;
import org.gongkai.supervision.tasks.TaskCommands.ReportProgress;
import org.gongkai.supervision.tasks.TaskCommands.ReturnTask;
import org.gongkai.supervision.tasks.TaskCommands.UrgeTask;
import org.gongkai.supervision.tasks.TaskScope;
import org.gongkai.supervision.tasks.TaskService;
import org.gongkai.supervision.tasks.TaskStatus;
import org.gongkai.supervision.tasks.TaskType;
import org.gongkai.web.FailedAction;
import org.gongkai.web.FormFields;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Supervision tasks in the console: the list (filters status, type, unit, deadline light and "my unit's"; overdue
 * rows marked 超期 in words) with the supervisors' form for a new task, and a task's page — its units, the units'
 * reports with their evidence, the ledger, and exactly the actions the lifecycle and the viewer's part allow
 * (supervisors: assign, accept, return with a reason, close, urge; the assigned units' staff: report progress with
 * evidence files of purpose SUPERVISION_EVIDENCE). A task outside the viewer's scope is 404.
 */
@Controller
class TaskConsolePages {

    static final String BASE = "/console/supervision/tasks";
    static final Map<String, TaskAction> FORMS = new LinkedHashMap<>();

    static {
        for (TaskAction a : List.of(TaskAction.ASSIGN, TaskAction.REPORT, TaskAction.ACCEPT, TaskAction.RETURN,
                TaskAction.CLOSE, TaskAction.URGE)) {
            FORMS.put(a.path(), a);
        }
    }

    /** The ledger's entry types in Chinese. */
    static final Map<String, String> LEDGER = Map.of("CREATED", "立项", "ASSIGNED", "交办", "REPORT", "报送整改情况",
            "ACCEPT", "验收通过", "RETURN", "退回整改", "CLOSE", "办结销号", "URGE", "催办", "ESCALATE", "逾期通报");

    private final CommandDispatcher commands;
    private final TaskService tasks;
    private final TaskScope scope;
    private final UnitDirectory units;
    private final FileStore files;
    private final AttachmentPolicy policy;

    TaskConsolePages(CommandDispatcher commands, TaskService tasks, TaskScope scope, UnitDirectory units,
            FileStore files, AttachmentPolicy policy) {
        this.commands = commands;
        this.tasks = tasks;
        this.scope = scope;
        this.units = units;
        this.files = files;
        this.policy = policy;
    }

    @GetMapping(BASE)
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String type,
            @RequestParam(required = false) String unitCode, @RequestParam(required = false) String light,
            @RequestParam(defaultValue = "false") boolean mine, Model model) {
        return listPage(model, FailedAction.NONE, status, type, unitCode, light, mine);
    }

    @PostMapping(BASE)
    String create(@RequestParam Map<String, String> p,
            @RequestParam(name = "unitCodes", required = false) List<String> unitCodes, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        p.remove("_csrf");
        p.put("unitCodes", join(unitCodes));
        try {
            String number = commands.dispatch(new CreateTask(parse(TaskType.class, p.get("type")), p.get("title"),
                    p.get("requirement"), p.get("requiredEvidence"), codes(p.get("unitCodes")),
                    number(p.get("limitWorkingDays")), p.get("source"), null));
            redirect.addFlashAttribute("notice", "已创建督办任务 " + number);
            return "redirect:" + BASE + "/" + number;
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.FORBIDDEN) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            return listPage(model, FailedAction.of("create", p).refusedWith(e), null, null, null, null, false);
        }
    }

    private String listPage(Model model, FailedAction failed, String status, String type, String unitCode,
            String light, boolean mine) {
        Actor actor = Actor.require();
        TaskStatus s = parse(TaskStatus.class, status);
        TaskType t = parse(TaskType.class, type);
        String l = light == null || light.isBlank() ? null : light.trim().toUpperCase(Locale.ROOT);
        if (l != null && !List.of("NORMAL", "DUE_SOON", "OVERDUE").contains(l)) {
            l = null;
        }
        Long unit = unitCode == null || unitCode.isBlank() ? null
                : units.findByCreditCode(unitCode.trim()).map(UnitDirectory.UnitView::id).orElse(-1L);
        model.addAttribute("rows", tasks.list(actor, new TaskService.Filter(s, t, l, unit, false, mine)));
        model.addAttribute("supervisor", scope.isSupervisor(actor));
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("types", TaskType.values());
        model.addAttribute("units", unitOptions());
        model.addAttribute("lights", List.of(new FormFields.Option("NORMAL", "正常"),
                new FormFields.Option("DUE_SOON", "临期"), new FormFields.Option("OVERDUE", "超期")));
        model.addAttribute("filter", Map.of("status", s == null ? "" : s.name(), "type", t == null ? "" : t.name(),
                "unitCode", unitCode == null ? "" : unitCode, "light", l == null ? "" : l));
        model.addAttribute("mine", mine);
        model.addAttribute("failed", failed);
        return "supervision/tasks/list";
    }

    @GetMapping(BASE + "/{n}")
    String page(@PathVariable String n, Model model) {
        return render(n, model, FailedAction.NONE);
    }

    @PostMapping(BASE + "/{n}/{form}")
    String act(@PathVariable String n, @PathVariable String form, @RequestParam Map<String, String> params,
            @RequestParam(name = "unitCodes", required = false) List<String> unitCodes,
            @RequestParam(name = "evidence", required = false) List<MultipartFile> evidence, Model model,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        TaskAction action = FORMS.get(form);
        if (action == null) {
            throw GongkaiException.notFound();
        }
        params.remove("_csrf");
        params.put("unitCodes", join(unitCodes));
        try {
            commands.dispatch(command(n, action, params, evidence(evidence)));
            redirect.addFlashAttribute("notice", "已" + action.label());
            return "redirect:" + BASE + "/" + n;
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.NOT_FOUND || e.code() == ErrorCode.FORBIDDEN) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            return render(n, model, FailedAction.of(form, params).refusedWith(e));
        }
    }

    @GetMapping(BASE + "/{n}/evidence/{id}")
    ResponseEntity<InputStreamResource> evidence(@PathVariable String n, @PathVariable long id) {
        TaskService.EvidenceFile e = tasks.evidence(Actor.require(), n, id);
        InputStream in = files.open(e.fileId());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(e.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(e.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(in));
    }

    static Command command(String n, TaskAction action, Map<String, String> p, List<TaskCommands.Evidence> evidence) {
        return switch (action) {
            case ASSIGN -> new AssignTask(n, codes(p.get("unitCodes")));
            case REPORT -> new ReportProgress(n, p.get("unitCode"), p.get("text"), evidence);
            case ACCEPT -> new AcceptTask(n, p.get("opinion"));
            case RETURN -> new ReturnTask(n, p.get("reason"));
            case CLOSE -> new CloseTask(n, p.get("note"));
            case URGE -> new UrgeTask(n, p.get("note"));
            case ESCALATE -> throw GongkaiException.notFound();
        };
    }

    private String render(String n, Model model, FailedAction failed) {
        Actor actor = Actor.require();
        TaskService.TaskView t = tasks.view(actor, n);
        model.addAttribute("t", t);
        model.addAttribute("offered", t.actions().stream().map(TaskAction::path).toList());
        model.addAttribute("units", unitOptions());
        model.addAttribute("failed", failed);
        model.addAttribute("ledgerLabels", LEDGER);
        model.addAttribute("fileHint", policy.hint(AttachmentPurpose.SUPERVISION_EVIDENCE));
        model.addAttribute("accept", AttachmentPurpose.SUPERVISION_EVIDENCE.accept());
        return "supervision/tasks/page";
    }

    private List<FormFields.Option> unitOptions() {
        return units.findAll().stream().filter(u -> !u.isExternalIssuer())
                .map(u -> new FormFields.Option(u.creditCode(), u.name())).toList();
    }

    private static List<TaskCommands.Evidence> evidence(List<MultipartFile> uploaded) throws IOException {
        List<TaskCommands.Evidence> out = new ArrayList<>();
        if (uploaded != null) {
            for (MultipartFile f : uploaded) {
                if (f != null && !f.isEmpty()) {
                    out.add(new TaskCommands.Evidence(f.getOriginalFilename(), f.getBytes()));
                }
            }
        }
        return out;
    }

    /** Unit codes from a multi-select (comma-joined by Spring) or a comma/space separated field; at most 21 kept. */
    static List<String> codes(String value) {
        return value == null ? List.of() : Arrays.stream(value.split("[,，\\s]+")).filter(s -> !s.isBlank())
                .limit(TaskCommands.UNITS_MAX + 1L).toList();
    }

    static String join(List<String> values) {
        return values == null ? "" : String.join(",", values.stream().limit(TaskCommands.UNITS_MAX + 1L).toList());
    }

    static Integer number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw GongkaiException.invalid("limitWorkingDays", "办理时限应为工作日数");
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
