package org.gongkai.supervision.meetings;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gongkai.supervision.meetings.MeetingLifecycle.Status;
import org.gongkai.supervision.submissions.SupervisionOffice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The meeting tables (JdbcClient); reads a meeting with its items in report order. */
@Repository
class MeetingRepository {

    private final JdbcClient jdbc;
    private final SupervisionOffice office;

    MeetingRepository(JdbcClient jdbc, SupervisionOffice office) {
        this.jdbc = jdbc;
        this.office = office;
    }

    long insert(String title, LocalDate heldOn, Instant deadline, String place, long staffId, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO supervision_meeting (title, held_on, deadline_at, place, status, scheduled_by, "
                        + "scheduled_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(title, heldOn, Timestamp.from(deadline), place, Status.SCHEDULED.name(), staffId,
                        Timestamp.from(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    void status(long id, Status status) {
        jdbc.sql("UPDATE supervision_meeting SET status = ? WHERE id = ?").params(status.name(), id).update();
    }

    void insertItem(long meetingId, long unitId, String workDone, String progress, String problems, Urgency urgency,
            long staffId, Instant at) {
        jdbc.sql("INSERT INTO supervision_meeting_item (meeting_id, unit_id, work_done, progress, problems, urgency, "
                        + "submitted_by, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(meetingId, unitId, workDone, progress, problems, urgency.name(), staffId, Timestamp.from(at))
                .update();
    }

    int insertDecision(long meetingId, String text, List<String> unitCodes, LocalDate dueOn, String taskNumber,
            long staffId, Instant at) {
        int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) FROM supervision_meeting_decision WHERE meeting_id = ?")
                .param(meetingId).query(Integer.class).single() + 1;
        jdbc.sql("INSERT INTO supervision_meeting_decision (meeting_id, position, decision_text, unit_codes, due_on, "
                        + "task_number, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(meetingId, position, text, String.join(",", unitCodes), dueOn, taskNumber, staffId,
                        Timestamp.from(at))
                .update();
        return position;
    }

    List<Meeting> list(int limit) {
        return jdbc.sql("SELECT id FROM supervision_meeting ORDER BY held_on DESC, id DESC LIMIT ?").param(limit)
                .query(Long.class).list().stream().map(id -> find(id).orElseThrow()).toList();
    }

    Optional<Meeting> find(long id) {
        return jdbc.sql("SELECT id, title, held_on, deadline_at, place, status FROM supervision_meeting WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Meeting(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), Status.valueOf(rs.getString(6)), List.of(),
                        List.of()))
                .optional().map(m -> new Meeting(m.id(), m.title(), m.heldOn(), m.deadline(), m.place(), m.status(),
                        items(m.id()), decisions(m.id())));
    }

    private List<Meeting.Item> items(long meetingId) {
        List<Meeting.Item> items = jdbc.sql("SELECT id, unit_id, work_done, progress, problems, urgency, submitted_at "
                        + "FROM supervision_meeting_item WHERE meeting_id = ?").param(meetingId)
                .query((rs, n) -> {
                    long unitId = rs.getLong(2);
                    var unit = office.unit(unitId);
                    return new Meeting.Item(rs.getLong(1), unitId, unit.map(u -> u.creditCode()).orElse(""),
                            unit.map(u -> u.name()).orElse(""), rs.getString(3), rs.getString(4), rs.getString(5),
                            Urgency.valueOf(rs.getString(6)), rs.getTimestamp(7).toInstant());
                }).list();
        return items.stream().sorted(Comparator.comparing(Meeting.Item::urgency)
                .thenComparingLong(Meeting.Item::unitId).thenComparing(Meeting.Item::submittedAt)
                .thenComparingLong(Meeting.Item::id)).toList();
    }

    private List<Meeting.Decision> decisions(long meetingId) {
        return jdbc.sql("SELECT position, decision_text, unit_codes, due_on, task_number FROM supervision_meeting_decision "
                        + "WHERE meeting_id = ? ORDER BY position").param(meetingId)
                .query((rs, n) -> new Meeting.Decision(rs.getInt(1), rs.getString(2),
                        Arrays.asList(rs.getString(3).split(",")), rs.getObject(4, LocalDate.class), rs.getString(5)))
                .list();
    }
}
