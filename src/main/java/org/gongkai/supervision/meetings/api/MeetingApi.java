package org.gongkai.supervision.meetings.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.gongkai.commands.CommandDispatcher;
import org.gongkai.common.Actor;
import org.gongkai.common.GongkaiException;
import org.gongkai.supervision.meetings.Meeting;
import org.gongkai.supervision.meetings.MeetingCommands;
import org.gongkai.supervision.meetings.MeetingCommands.ChangeMeeting;
import org.gongkai.supervision.meetings.MeetingCommands.RecordMeetingDecision;
import org.gongkai.supervision.meetings.MeetingCommands.ScheduleMeeting;
import org.gongkai.supervision.meetings.MeetingCommands.SubmitMeetingItem;
import org.gongkai.supervision.meetings.MeetingLifecycle;
import org.gongkai.supervision.meetings.MeetingReportDocx;
import org.gongkai.supervision.meetings.Meetings;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The briefing meeting's JSON API: the office schedules, holds, closes or cancels and records decisions; sections
 * submit items; everyone concerned reads the meeting with its combined report (items in report order) and its DOCX.
 */
@RestController
@Validated
class MeetingApi {

    static final String BASE = "/api/v1/staff/supervision/meetings";

    private final CommandDispatcher commands;
    private final Meetings meetings;
    private final Clock clock;

    MeetingApi(CommandDispatcher commands, Meetings meetings, Clock clock) {
        this.commands = commands;
        this.meetings = meetings;
        this.clock = clock;
    }

    record ScheduleJson(@Size(max = 200) String title, @Size(max = 10) String heldOn, @Size(max = 16) String deadline,
            @Size(max = 200) String place) {}

    record ItemJson(@Size(max = 40) String unitCode, @Size(max = MeetingCommands.TEXT_MAX) String workDone,
            @Size(max = MeetingCommands.TEXT_MAX) String progress,
            @Size(max = MeetingCommands.TEXT_MAX) String problems, @Size(max = 10) String urgency) {}

    record DecisionJson(@Size(max = 1000) String text, @Size(max = 20) List<@NotBlank @Size(max = 40) String> unitCodes,
            @Size(max = 10) String dueOn) {}

    @PostMapping(BASE)
    ResponseEntity<Meeting> schedule(@RequestBody @Valid ScheduleJson body) {
        Meeting m = commands.dispatch(new ScheduleMeeting(body.title(), body.heldOn(), body.deadline(), body.place()));
        return ResponseEntity.created(URI.create(BASE + "/" + m.id())).body(m);
    }

    @GetMapping(BASE)
    List<Meeting> list() {
        return meetings.list(Actor.require());
    }

    @GetMapping(BASE + "/{id}")
    Meeting one(@PathVariable long id) {
        return meetings.meeting(Actor.require(), id);
    }

    @PostMapping(BASE + "/{id}/items")
    ResponseEntity<Meeting> item(@PathVariable long id, @RequestBody @Valid ItemJson body) {
        Meeting m = commands.dispatch(new SubmitMeetingItem(id, body.unitCode(), body.workDone(), body.progress(),
                body.problems(), body.urgency()));
        return ResponseEntity.status(201).body(m);
    }

    @PostMapping(BASE + "/{id}/{action:hold|close|cancel}")
    Meeting change(@PathVariable long id, @PathVariable String action) {
        return commands.dispatch(new ChangeMeeting(id, MeetingLifecycle.Action.valueOf(action.toUpperCase(
                java.util.Locale.ROOT))));
    }

    @PostMapping(BASE + "/{id}/decisions")
    ResponseEntity<Meeting> decide(@PathVariable long id, @RequestBody @Valid DecisionJson body) {
        Meeting m = commands.dispatch(new RecordMeetingDecision(id, body.text(),
                body.unitCodes() == null ? List.of() : body.unitCodes(), body.dueOn()));
        return ResponseEntity.status(201).body(m);
    }

    @GetMapping(BASE + "/{id}/report.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        Meeting m = meetings.meeting(Actor.require(), id);
        return docxResponse(m, MeetingReportDocx.write(m, clock.getZone()));
    }

    static ResponseEntity<byte[]> docxResponse(Meeting m, byte[] bytes) {
        if (m == null) {
            throw GongkaiException.notFound();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"meeting-" + m.id() + "-report.docx\"")
                .body(bytes);
    }
}
