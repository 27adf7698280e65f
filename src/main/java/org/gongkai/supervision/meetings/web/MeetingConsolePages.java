package org.gongkai.supervision.meetings.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.commands.Command;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.supervision.meetings.Meeting;
import org.gongkai.supervision.meetings.MeetingCommands.ChangeMeeting;
import org.gongkai.supervision.meetings.MeetingCommands.RecordMeetingDecision;
import org.gongkai.supervision.meetings.MeetingCommands.ScheduleMeeting;
import org.gongkai.supervision.meetings.MeetingCommands.SubmitMeetingItem;
import org.gongkai.supervision.meetings.MeetingLifecycle;
import org.gongkai.supervision.meetings.MeetingLifecycle.Action;
import org.gongkai.supervision.meetings.MeetingReportDocx;
import org.gongkai.supervision.meetings.Meetings;
import org.gongkai.supervision.meetings.Urgency;
import org.gongkai.supervision.submissions.SupervisionOffice;
import org.gongkai.web.FailedAction;
import org.gongkai.web.FormFields;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The briefing meeting in the console: the list with the office's scheduling form, and a meeting's page — the
 * combined report (by urgency, then section), the section's item form until the deadline, the office's actions the
 * lifecycle allows (hold, record a decision, close, cancel) and the report as DOCX.
 */
@Controller
class MeetingConsolePages {

    static final String BASE = "/console/supervision/meetings";
    static final Map<String, Action> FORMS = new LinkedHashMap<>();

    static {
        FORMS.put("item", Action.SUBMIT_ITEM);
        FORMS.put("hold", Action.HOLD);
        FORMS.put("decision", Action.RECORD_DECISION);
        FORMS.put("close", Action.CLOSE);
        FORMS.put("cancel", Action.CANCEL);
    }

    private final CommandDispatcher commands;
    private final Meetings meetings;
    private final SupervisionOffice office;
    private final Clock clock;

    MeetingConsolePages(CommandDispatcher commands, Meetings meetings, SupervisionOffice office, Clock clock) {
        this.commands = commands;
        this.meetings = meetings;
        this.office = office;
        this.clock = clock;
    }

    @GetMapping(BASE)
    String list(Model model) {
        return listPage(model, FailedAction.NONE);
    }

    @PostMapping(BASE)
    String schedule(@RequestParam Map<String, String> p, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        p.remove("_csrf");
        try {
            Meeting m = commands.dispatch(new ScheduleMeeting(p.get("title"), p.get("heldOn"), p.get("deadline"),
                    p.get("place")));
            redirect.addFlashAttribute("notice", "已安排" + m.title());
            return "redirect:" + BASE + "/" + m.id();
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.FORBIDDEN) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            return listPage(model, FailedAction.of("schedule", p).refusedWith(e));
        }
    }

    private String listPage(Model model, FailedAction failed) {
        Actor actor = Actor.require();
        model.addAttribute("meetings", meetings.list(actor));
        model.addAttribute("maySchedule", commands.permits(actor, new ScheduleMeeting(null, "", "", null)));
        model.addAttribute("failed", failed);
        model.addAttribute("today", LocalDate.now(clock));
        return "supervision/meetings/list";
    }

    @GetMapping(BASE + "/{id}")
    String page(@PathVariable long id, Model model) {
        return render(id, model, FailedAction.NONE);
    }

    @PostMapping(BASE + "/{id}/{form}")
    String act(@PathVariable long id, @PathVariable String form, @RequestParam Map<String, String> params,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!FORMS.containsKey(form)) {
            throw GongkaiException.notFound();
        }
        params.remove("_csrf");
        try {
            commands.dispatch(command(id, form, params));
            redirect.addFlashAttribute("notice", "已保存");
            return "redirect:" + BASE + "/" + id;
        } catch (GongkaiException e) {
            if (e.code() == ErrorCode.NOT_FOUND || e.code() == ErrorCode.FORBIDDEN) {
                throw e;
            }
            response.setStatus(e.code().status().value());
            return render(id, model, FailedAction.of(form, params).refusedWith(e));
        }
    }

    static Command command(long id, String form, Map<String, String> p) {
        return switch (form) {
            case "item" -> new SubmitMeetingItem(id, p.get("unitCode"), p.get("workDone"), p.get("progress"),
                    p.get("problems"), p.get("urgency"));
            case "decision" -> new RecordMeetingDecision(id, p.get("text"), p.get("unitCodes") == null ? List.of()
                    : Arrays.stream(p.get("unitCodes").split("[,，\\s]+")).filter(s -> !s.isBlank()).limit(21).toList(),
                    p.get("dueOn"));
            default -> new ChangeMeeting(id, FORMS.get(form));
        };
    }

    private String render(long id, Model model, FailedAction failed) {
        Actor actor = Actor.require();
        Meeting m = meetings.meeting(actor, id);
        var allowed = MeetingLifecycle.TABLE.allowedActions(m.status());
        List<String> offered = FORMS.entrySet().stream().filter(e -> allowed.contains(e.getValue()))
                .filter(e -> !(e.getKey().equals("item") && meetings.deadlinePassed(m)))
                .filter(e -> commands.permits(actor, command(id, e.getKey(), Map.of())))
                .map(Map.Entry::getKey).toList();
        List<FormFields.Option> sections = java.util.stream.Stream.of(Role.EDITOR, Role.LEADER)
                .flatMap(r -> actor.unitsWithRole(r).stream()).distinct().sorted()
                .map(u -> office.unit(u).orElseThrow()).map(u -> new FormFields.Option(u.creditCode(), u.name()))
                .toList();
        model.addAttribute("m", m);
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("offered", offered);
        model.addAttribute("sections", sections);
        model.addAttribute("failed", failed);
        model.addAttribute("deadlinePassed", meetings.deadlinePassed(m));
        model.addAttribute("deadline", java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(m.deadline().atZone(clock.getZone())));
        model.addAttribute("names", names());
        return "supervision/meetings/page";
    }

    @GetMapping(BASE + "/{id}/report.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        Meeting m = meetings.meeting(Actor.require(), id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"meeting-" + m.id() + "-report.docx\"")
                .body(MeetingReportDocx.write(m, clock.getZone()));
    }

    private Map<String, String> names() {
        Map<String, String> names = new java.util.HashMap<>();
        office.allUnits().forEach(u -> names.put(u.creditCode(), u.name()));
        return names;
    }
}
