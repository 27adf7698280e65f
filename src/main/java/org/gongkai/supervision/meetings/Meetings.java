package org.gongkai.supervision.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.common.Actor;
import org.gongkai.common.ErrorCode;
import org.gongkai.common.GongkaiException;
import org.gongkai.common.Role;
import org.gongkai.supervision.meetings.MeetingCommands.ChangeMeeting;
import org.gongkai.supervision.meetings.MeetingCommands.RecordMeetingDecision;
import org.gongkai.supervision.meetings.MeetingCommands.ScheduleMeeting;
import org.gongkai.supervision.meetings.MeetingCommands.SubmitMeetingItem;
import org.gongkai.supervision.meetings.MeetingLifecycle.Action;
import org.gongkai.supervision.submissions.SubmissionDates;
import org.gongkai.supervision.submissions.SupervisionOffice;
import org.springframework.stereotype.Service;

/**
 * The office's monthly briefing meeting (碰头会): scheduling, the sections' items before the deadline, the combined
 * report (read with the meeting, in report order), and the decisions, each handed to {@link DecisionTasks}.
 */
@Service
public class Meetings {

    static final Set<Role> SECTION_ROLES = EnumSet.of(Role.EDITOR, Role.LEADER);
    /** The deadline's time when only a date is given. */
    static final LocalTime DEFAULT_DEADLINE = LocalTime.of(17, 30);

    private final MeetingRepository repository;
    private final SupervisionOffice office;
    private final DecisionTasks tasks;
    private final Clock clock;

    Meetings(MeetingRepository repository, SupervisionOffice office, DecisionTasks tasks, Clock clock) {
        this.repository = repository;
        this.office = office;
        this.tasks = tasks;
        this.clock = clock;
    }

    // ---- access

    void requireOffice(Actor actor) {
        if (!office.isSupervisor(actor)) {
            throw new GongkaiException(ErrorCode.FORBIDDEN);
        }
    }

    void requireOffice(Actor actor, long meetingId) {
        requireOffice(actor);
        repository.find(meetingId).orElseThrow(GongkaiException::notFound);
    }

    void requireSection(Actor actor, long meetingId) {
        if (actor == null || SECTION_ROLES.stream().noneMatch(actor::hasRole)) {
            throw new GongkaiException(ErrorCode.FORBIDDEN);
        }
        repository.find(meetingId).orElseThrow(GongkaiException::notFound);
    }

    public boolean mayRead(Actor actor) {
        return actor != null && (office.isSupervisor(actor) || SECTION_ROLES.stream().anyMatch(actor::hasRole));
    }

    public Meeting meeting(Actor actor, long id) {
        if (!mayRead(actor)) {
            throw new GongkaiException(ErrorCode.FORBIDDEN);
        }
        return repository.find(id).orElseThrow(GongkaiException::notFound);
    }

    public List<Meeting> list(Actor actor) {
        if (!mayRead(actor)) {
            throw new GongkaiException(ErrorCode.FORBIDDEN);
        }
        return repository.list(100);
    }

    public boolean deadlinePassed(Meeting m) {
        return clock.instant().isAfter(m.deadline());
    }

    // ---- commands

    Meeting schedule(ScheduleMeeting c, Actor actor) {
        LocalDate today = LocalDate.now(clock);
        LocalDate heldOn = SubmissionDates.parse(c.heldOn(), "heldOn", today, today.plusYears(1));
        Instant deadline = deadline(c.deadline(), heldOn);
        String title = c.title() == null || c.title().isBlank()
                ? heldOn.getYear() + "年" + heldOn.getMonthValue() + "月碰头会" : c.title().strip();
        String place = c.place() == null || c.place().isBlank() ? null : c.place().strip();
        long id = repository.insert(title, heldOn, deadline, place, actor.staffId(), clock.instant());
        return repository.find(id).orElseThrow();
    }

    private Instant deadline(String text, LocalDate heldOn) {
        LocalDateTime at;
        try {
            String t = text.strip();
            at = t.length() <= 10 ? LocalDate.parse(t).atTime(DEFAULT_DEADLINE) : LocalDateTime.parse(t);
        } catch (DateTimeParseException e) {
            throw new GongkaiException(ErrorCode.INVALID_DATE, "截止时间格式为 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM", "deadline");
        }
        Instant deadline = at.atZone(clock.getZone()).toInstant();
        if (deadline.isBefore(clock.instant())) {
            throw new GongkaiException(ErrorCode.INVALID_DATE, "报送截止时间不能早于现在", "deadline");
        }
        if (at.toLocalDate().isAfter(heldOn)) {
            throw new GongkaiException(ErrorCode.INVALID_DATE, "报送截止时间不能晚于召开日期", "deadline");
        }
        return deadline;
    }

    Meeting submitItem(SubmitMeetingItem c, Actor actor) {
        Meeting m = repository.find(c.meetingId()).orElseThrow();
        var unit = office.actingUnit(actor, c.unitCode(), SECTION_ROLES, "unitCode");
        Urgency urgency;
        try {
            urgency = Urgency.valueOf(c.urgency().strip());
        } catch (IllegalArgumentException e) {
            throw GongkaiException.invalid("urgency", "紧急程度只能是特急、急或一般");
        }
        MeetingLifecycle.TABLE.require(m.status(), Action.SUBMIT_ITEM);
        if (deadlinePassed(m)) {
            throw new GongkaiException(ErrorCode.MEETING_DEADLINE_PASSED);
        }
        repository.insertItem(m.id(), unit.id(), c.workDone().strip(), blankToNull(c.progress()),
                blankToNull(c.problems()), urgency, actor.staffId(), clock.instant());
        return repository.find(m.id()).orElseThrow();
    }

    Meeting change(ChangeMeeting c) {
        if (!EnumSet.of(Action.HOLD, Action.CLOSE, Action.CANCEL).contains(c.action())) {
            throw GongkaiException.invalid("action", "不能执行此操作");
        }
        Meeting m = repository.find(c.meetingId()).orElseThrow();
        repository.status(m.id(), MeetingLifecycle.TABLE.require(m.status(), c.action()));
        return repository.find(m.id()).orElseThrow();
    }

    Meeting decide(RecordMeetingDecision c, Actor actor) {
        Meeting m = repository.find(c.meetingId()).orElseThrow();
        List<String> codes = new ArrayList<>();
        for (String code : c.unitCodes()) {
            var unit = office.unit(code).orElseThrow(() -> GongkaiException.invalid("unitCodes", "没有单位 " + code));
            if (!codes.contains(unit.creditCode())) {
                codes.add(unit.creditCode());
            }
        }
        LocalDate dueOn = SubmissionDates.parse(c.dueOn(), "dueOn", m.heldOn(), m.heldOn().plusYears(1));
        MeetingLifecycle.TABLE.require(m.status(), Action.RECORD_DECISION);
        String task = tasks.createTask(actor, m.title(), c.text().strip(), codes, dueOn).orElse(null);
        repository.insertDecision(m.id(), c.text().strip(), codes, dueOn, task, actor.staffId(), clock.instant());
        return repository.find(m.id()).orElseThrow();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
